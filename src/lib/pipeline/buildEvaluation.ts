import type { ChartContext } from '../charts/chartContext.ts';
import { figuresCsv } from '../charts/figuresCsv.ts';
import { formatPeriod } from '../dates/formatDate.ts';
import { checkNarrative } from '../narrative/checkNarrative.ts';
import { loadDatasets } from '../datasets/loadDatasets.ts';
import type { ProjectEffects } from './projectEffects.ts';
import { renderTheoryOfChange } from '../toc/renderTheoryOfChange.ts';
import { parseManifest } from '../manifest/parseManifest.ts';
import type { Manifest } from '../manifest/manifestSchema.ts';
import { isSlug } from '../text/slug.ts';
import { computeFindings } from './computeFindings.ts';
import { bindEvidence } from '../toc/bindEvidence.ts';
import { parseTheoryOfChange } from '../toc/parseTheoryOfChange.ts';
import type { TheoryOfChangeResult } from './evaluationResult.ts';
import type { LeakToken } from '../identifierScan/scanTable.ts';
import { buildJourneys } from '../journeys/buildJourneys.ts';
import type { PublishedFigure } from '../figures/publishedFigure.ts';
import { applyDisclosureControl } from '../disclosure/applyDisclosureControl.ts';
import { PRIVACY_PRESETS, ROUNDING_BASES } from '../manifest/manifestSchema.ts';
import { limitations } from './limitations.ts';
import { indicatorTargets, outcomeTargets } from '../topics/targets/outcomeTargets.ts';
import { isWarning, separateWarnings, sortProblems, type Problem, type Warning } from '../problems/problem.ts';
import { protectedInline, type ProtectedInline } from '../narrative/protectedInline.ts';
import type { EvaluationResult } from './evaluationResult.ts';
import { disclosureRules, METRICS, TOPICS } from '../topics/index.ts';
import { evidenceDesigns, figureEvidence } from './figureEvidence.ts';
import type { Topic } from '../topics/topic.ts';
import { recordsShown } from './recordsShown.ts';
import { findingsSections } from './findingsSections.ts';
import { publicFigure } from './publicFigure.ts';
import { caseStudyNote } from './caseStudyNote.ts';
import { quasiIdentifierNote } from './quasiIdentifierNote.ts';
import { citeSource } from './citeSource.ts';
import { problem } from '../problems/problem.ts';
import { notMeasuredFor, type NotMeasured } from '../figures/notMeasured.ts';
import { describeInputs } from '../figures/describeDerivation.ts';
import { FALLBACK_RULES } from '../figures/derivation.ts';
import { authorTextProblems } from './authorTextProblems.ts';
import { evaluationPages } from './evaluationPages.ts';
import { keyFindings } from './keyFindings.ts';
import { evaluationItems } from './evaluationItems.ts';
import { mapDomains } from '../taxonomy/mapDomains.ts';
import { heroChart } from './heroChart.ts';
import { unusedIndicators } from './unusedIndicators.ts';
import { chartTitles, unknownChartTitles } from './chartTitles.ts';
import { metricEntries } from './metricEntries.ts';
import { narrativePlacements, repeatedPlacements } from '../narrative/narrativePlacements.ts';
import { isUnreadable, unreadableProblem } from '../problems/unreadableProblem.ts';
import { parsePreviousRelease, type PreviousReleaseFile } from './previousRelease.ts';
import { releaseChanges } from './releaseChanges.ts';
import { releaseStatements } from './releaseStatements.ts';
import { pairedResults } from '../topics/justiceDataLab/index.ts';
import type { JdlPair } from './siteJusticeDataLab.ts';
import { locateInWorkbooks } from '../xlsx/locateInWorkbooks.ts';
import { datasetSource } from '../manifest/datasetSource.ts';
import type { SheetPlace } from '../xlsx/workbookTable.ts';

/** Headline cards a summary leads with before it reads as a list (issue 14: three or four). */
const MOST_HEADLINES = 4;

/**
 * The whole data step for one evaluation: manifest → datasets → each topic's figures →
 * disclosure control → charts, sections and the other views pages lay out, plus a check of its MDX
 * narrative. Pure: files, the chart document and the font come in through `effects`. Returns
 * every problem found; a result only when there are none. What it returns may be published:
 * protected figures carry their treatment, never their true values.
 */
export function buildEvaluation(
  slug: string,
  effects: ProjectEffects,
  topics: readonly Topic[] = TOPICS,
): { result?: EvaluationResult; problems: Problem[]; warnings: Warning[]; tokens?: LeakToken[]; jdl?: readonly JdlPair[] } {
  const unsorted = buildUnsorted(slug, effects, topics);
  // Likely mistakes that do not stop the build come back beside it (problem.ts, `Warning`).
  const { errors, warnings } = separateWarnings(unsorted.problems);
  const built = { ...unsorted, problems: errors, warnings: sortProblems(warnings) };
  // Text the author writes is scanned for identifiers whatever else fails, so one run reports all.
  const textProblems = isSlug(slug) ? authorTextProblems(slug, effects) : [];
  if (textProblems.length === 0) return { ...built, problems: sortProblems(built.problems) };
  return { problems: sortProblems([...built.problems, ...textProblems]), warnings: built.warnings, ...(built.tokens === undefined ? {} : { tokens: built.tokens }) };
}

function buildUnsorted(slug: string, effects: ProjectEffects, topics: readonly Topic[]): { result?: EvaluationResult; problems: Problem[]; tokens?: LeakToken[]; jdl?: readonly JdlPair[] } {
  const { places, ...built } = buildInFolder(slug, effects, topics);
  // A dataset read from a sheet of a workbook is checked under a name of its own; each of its problems, from any step, is put at the cell Excel shows.
  return places === undefined ? built : { ...built, problems: locateInWorkbooks(built.problems, places) };
}

function buildInFolder(
  slug: string,
  { readText, readBytes, listFiles, publicFileExists, document, fonts }: ProjectEffects,
  topics: readonly Topic[],
): { result?: EvaluationResult; problems: Problem[]; tokens?: LeakToken[]; jdl?: readonly JdlPair[]; places?: readonly SheetPlace[] } {
  const folder = `data/${slug}`;
  const manifestFile = `${folder}/evaluation.yaml`;
  const narrativeFile = `content/${slug}/summary.mdx`;
  if (!isSlug(slug)) {
    return { problems: [problem('folder-name-not-a-slug', { file: folder })] };
  }
  const manifestText = readText(manifestFile);
  if (manifestText === undefined) {
    return { problems: [problem('no-manifest', { file: manifestFile })] };
  }
  if (isUnreadable(manifestText)) return { problems: [unreadableProblem(manifestFile, manifestText)] };
  const { manifest, problems: manifestProblems } = parseManifest(manifestFile, manifestText);
  if (!manifest) return { problems: manifestProblems };

  // Journeys need the figures only for a consented client's own; their scripts are checked even
  // when the data are not, so one run reports every problem.
  const journeysWith = (figures: readonly PublishedFigure[]) =>
    buildJourneys({ files: listFiles(`content/${slug}/journeys`).filter((file) => /\.ya?ml$/.test(file)), readText, caseStudies: manifest.privacy.case_studies, figures, publicFileExists, fonts });

  const { datasets, problems, tokens, places } = loadDatasets(folder, manifest, readText, readBytes);
  if (!datasets) return { problems: [...problems, ...journeysWith([]).problems], places };

  const findings = computeFindings(folder, manifest, datasets, readText, topics);
  const threshold = manifest.privacy.threshold ?? PRIVACY_PRESETS[manifest.privacy.policy];
  const rounding = ROUNDING_BASES[manifest.privacy.policy];
  const attributeIds = Object.keys(manifest.datasets.clients?.attributes ?? {});
  const evaluationSums = findings.topics.flatMap(({ findings: found }) => found.sums ?? []);
  const evaluationMerges = findings.topics.flatMap(({ findings: found }) => found.merges ?? []);
  const unpublished = new Map(findings.topics.flatMap(({ findings: found }) => found.unpublished ?? []));
  const previous = previousRelease(folder, manifestFile, manifest, readText);
  const control = applyDisclosureControl(findings.figures, {
    threshold,
    rounding,
    dominance: { largest: manifest.privacy.dominance.largest, twoLargest: manifest.privacy.dominance.two_largest },
    rules: disclosureRules(topics, attributeIds, { sums: evaluationSums, merges: evaluationMerges, unpublished }),
    ...(previous.release === undefined ? {} : { previous: previous.release }),
  });
  const { figures } = control;
  // Justice Data Lab results with their figures after disclosure control: for the site-wide page, not this evaluation's result.
  const jdl = pairedResults(
    findings.topics.flatMap(({ findings: found }) => found.jdlResults ?? []),
    figures,
  );
  // With datasets, the datasets' problems are warnings only: they go on with the figures'.
  const figureProblems: Problem[] = [...problems, ...findings.problems, ...previous.problems];
  if (control.report.auditFailed && previous.release !== undefined) {
    // The two releases' figures could not be reasoned about together: most likely the wrong or an edited previous release.
    figureProblems.push(problem('release-differencing-unfinished', { file: manifestFile, column: 'release.previous' }, { previous: previous.release.version }));
  } else if (control.report.auditFailed) {
    figureProblems.push(problem('disclosure-audit-unfinished', { file: manifestFile, column: 'privacy' }, { figures: control.report.exposedFigures }));
  } else if (control.report.exposed.length > 0) {
    // What only the two releases together reveal is named with the previous release; anything else as before.
    const byDifferencing = new Set(control.report.exposedByDifferencing);
    if (previous.release !== undefined && byDifferencing.size > 0) {
      figureProblems.push(problem('release-differencing-not-achieved', { file: manifestFile, column: 'release.previous' }, { figures: [...byDifferencing], previous: previous.release.version }));
    }
    const alone = control.report.exposedFigures.filter((name) => !byDifferencing.has(name));
    if (alone.length > 0 || byDifferencing.size === 0)
      figureProblems.push(problem('disclosure-not-achieved', { file: manifestFile, column: 'privacy' }, { exposed: control.report.exposed.length, figures: alone }));
  }
  const release = manifest.release && {
    changes: previous.release === undefined ? null : releaseChanges(manifest.release, previous.release.version, previous.release.figures, figures, manifestFile, previous.release.rounding),
    statements: releaseStatements(manifest.release, { version: manifest.version, published: manifest.published, threshold, organisation: manifest.organisation }, manifestFile),
  };
  if (release) figureProblems.push(...(release.changes?.problems ?? []), ...release.statements.problems);
  if (manifest.release && !manifest.release.previous) {
    manifest.release.changes.forEach((change, index) =>
      figureProblems.push(problem('release-reason-unchanged', { file: manifestFile, column: `release.changes[${index}].figure` }, { figure: change.figure, previous: null })),
    );
  }
  const figureIds = new Set(figures.map((figure) => figure.id));
  figureProblems.push(...checkIndicatorSettings(manifestFile, manifest, figureIds, findings.notMeasured));
  const evidence = figureEvidence(figures, METRICS, manifest.indicators, manifestFile);
  figureProblems.push(...evidence.problems);
  const protectedFigures = protectedInline(figures);
  figureProblems.push(...headlinesByRule(manifestFile, manifest, figures), ...protectedHeadlines(manifestFile, manifest, protectedFigures), ...tooManyHeadlines(manifestFile, manifest));
  // A Justice Data Lab result that is not a significant improvement cannot bear causal wording, though it rests on a matched comparison.
  const verdicts = new Map(jdl.map(({ result }) => [result.figureId, result.verdict]));
  const keyFound = keyFindings(manifest.key_findings, { manifestFile, figures, notMeasured: findings.notMeasured, evidence: evidence.evidence, protectedFigures, verdicts });
  figureProblems.push(...keyFound.problems);
  // Findings and recommendations as addressable items, checked as key findings are (docs/manifest.md#findings-and-recommendations).
  const items = evaluationItems(manifest, { manifestFile, figures, notMeasured: findings.notMeasured, evidence: evidence.evidence, protectedFigures, verdicts });
  figureProblems.push(...items.problems);
  // The evaluation's own assessment domains, as its figures name them, mapped to the taxonomy (docs/taxonomy.md).
  const ownDomains = new Map(figures.flatMap((figure) => figure.breakdowns.filter((breakdown) => breakdown.dimension === 'domain').map((breakdown) => [breakdown.value, breakdown.label] as const)));
  const domains = mapDomains(
    manifestFile,
    manifest.domains,
    [...ownDomains].map(([value, label]) => ({ value, label })),
  );
  figureProblems.push(...domains.problems);
  const targetsOutcome = outcomeTargets(manifest.targets, figures, manifestFile, { unmeasured: findings.notMeasured, threshold });
  figureProblems.push(...targetsOutcome.problems);
  const authoredTitles = chartTitles(manifest.chart_titles, { manifestFile, figures, notMeasured: findings.notMeasured, evidence: evidence.evidence, protectedFigures, verdicts });
  figureProblems.push(...authoredTitles.problems);
  // The manifest does not say which of its documents each dataset draws on: no chart cites them; each page lists them once.
  const chartContext: ChartContext = { document, period: formatPeriod(manifest.period), sources: [], fonts, titles: authoredTitles.titles };
  const allTargets = [...indicatorTargets(manifest.indicators, figures, threshold), ...targetsOutcome.results];
  const presented = findings.topics.map(({ topic, findings: found }) => ({ topic, presentation: found.present?.({ figures, targets: allTargets, chart: chartContext }) ?? {} }));
  const charts = presented.flatMap(({ presentation }) => presentation.charts ?? []);
  figureProblems.push(...unknownChartTitles(manifest.chart_titles, charts, manifestFile));

  const tocFile = `content/${slug}/theory-of-change.yaml`;
  const tocText = readText(tocFile);
  let theoryOfChange: TheoryOfChangeResult | null = null;
  if (isUnreadable(tocText)) figureProblems.push(unreadableProblem(tocFile, tocText));
  else if (tocText !== undefined) {
    const parsed = parseTheoryOfChange(tocFile, tocText, figureIds, new Set(manifest.targets.map((target) => target.id)), findings.notMeasured);
    figureProblems.push(...parsed.problems);
    if (parsed.toc) {
      const bound = bindEvidence(parsed.toc, figures, allTargets, charts);
      theoryOfChange = { toc: parsed.toc, nodes: [...bound.nodes.values()], summary: bound.summary, svg: renderTheoryOfChange(parsed.toc, bound.nodes, fonts) };
    }
  }

  const journeys = journeysWith(figures);
  figureProblems.push(...journeys.problems);

  const narrativeText = readText(narrativeFile);
  if (isUnreadable(narrativeText)) figureProblems.push(unreadableProblem(narrativeFile, narrativeText));
  else if (narrativeText !== undefined) figureProblems.push(...checkNarrative(narrativeFile, narrativeText, figureIds, charts, protectedFigures, findings.notMeasured, evidence.evidence, verdicts));
  const sections = findingsSections(presented, figures, evidence.evidence);
  const placements = narrativeText === undefined || isUnreadable(narrativeText) ? { charts: [], cards: [], inline: [] } : narrativePlacements(narrativeFile, narrativeText, charts);
  const headlineIds = manifest.indicators.filter((setting) => setting.headline).map((setting) => setting.id);
  figureProblems.push(...repeatedPlacements(narrativeFile, placements, headlineIds));
  // An indicator the author listed but no page shows (unusedIndicators.ts): what each page puts before a reader.
  const shownIds = new Set([
    ...headlineIds,
    ...sections.flatMap((section) => section.cards),
    ...charts.flatMap((chart) => chart.figureIds),
    ...[...placements.cards, ...placements.inline].map((placed) => placed.id),
    ...keyFound.findings.flatMap((finding) => finding.segments.flatMap((segment) => (segment.kind === 'figure' ? [segment.id] : []))),
    ...items.items.flatMap((item) => item.figures),
    ...(theoryOfChange?.nodes ?? []).flatMap((node) => node.evidence.map((bound) => bound.figureId)),
    ...allTargets.flatMap((target) => target.measurements.map((measurement) => measurement.figureId)),
  ]);
  const tabled = new Set([...charts.flatMap((chart) => chart.metrics), ...presented.flatMap(({ topic, presentation }) => ((presentation.tables ?? []).length > 0 ? Object.keys(topic.metrics) : []))]);
  figureProblems.push(...unusedIndicators(manifestFile, manifest.indicators, figures, { ids: shownIds, metrics: tabled }));
  const hero = heroChart(
    manifest.hero_chart,
    sections,
    charts,
    placements.charts.map((placed) => placed.id),
    manifestFile,
  );
  figureProblems.push(...hero.problems);
  // Warnings (a protected figure in a sentence) do not stop the build; buildEvaluation sets them apart.
  const warnings = figureProblems.filter(isWarning);
  if (figureProblems.length > warnings.length) return { problems: figureProblems, places };

  const {
    datasets: _datasets,
    scales: _scales,
    age_bands: _ageBands,
    dosage: _dosage,
    indicators,
    targets: _targets,
    privacy: _privacy,
    key_findings: _keyFindings,
    hero_chart: _heroChart,
    chart_titles: _chartTitles,
    release: _release,
    domains: _domains,
    findings: _findings,
    recommendations: _recommendations,
    ...meta
  } = manifest;
  const datasetSummaries = (Object.keys(manifest.datasets) as Array<keyof typeof manifest.datasets>).flatMap((kind) => {
    const config = manifest.datasets[kind];
    const rows = datasets[kind];
    return config && rows
      ? [{ kind, file: datasetSource(folder, config), provenance: config.provenance ?? manifest.provenance, records: recordsShown(kind, rows.length, figures, threshold, rounding) }]
      : [];
  });
  const outcomeMetrics = new Set(
    topics.flatMap((topic) =>
      Object.values(topic.metrics)
        .filter((metric) => metric.outcome === true)
        .map((metric) => metric.id),
    ),
  );
  const definitions = presented.flatMap(({ presentation }) => (presentation.definition ? [presentation.definition] : []));
  const definitionOf = new Map(definitions.flatMap((definition) => definition.metrics.map((metric) => [metric, { id: definition.id, title: definition.title }] as const)));
  return {
    result: {
      slug,
      meta,
      sources: manifest.sources.map(citeSource),
      datasets: datasetSummaries,
      evidenceDesigns: evidenceDesigns(evidence.evidence),
      limitations: limitations({ datasets: datasetSummaries, figures, outcomeMetrics, topics: presented.flatMap(({ presentation }) => presentation.limitations ?? []) }),
      figures: figures.map((figure) => publicFigure(figure, allTargets, evidence.evidence.get(figure.id) ?? null, definitionOf.get(figure.metric) ?? null)),
      measureDefinitions: definitions,
      notMeasured: findings.notMeasured.filter((record) => record.notApplicable !== true).map((record) => ({ ...record, needs: describeInputs(record.missing) })),
      notApplicable: findings.notMeasured.filter((record) => record.notApplicable === true).map(({ id, label, reason }) => ({ id, label, reason })),
      headline: indicators.filter((setting) => setting.headline).map((setting) => setting.id),
      keyFindings: keyFound.findings,
      items: items.items,
      domains: domains.domains,
      heroChart: hero.chart,
      summaryCharts: placements.charts.map((placed) => placed.id),
      metrics: metricEntries(figures, evidence.evidence),
      sections,
      outcomeTargets: allTargets,
      disclosure: {
        policy: manifest.privacy.policy,
        customThreshold: threshold !== PRIVACY_PRESETS[manifest.privacy.policy],
        dominance: { largest: manifest.privacy.dominance.largest, twoLargest: manifest.privacy.dominance.two_largest },
        ...control.report,
        waivers: manifest.privacy.waivers,
        quasiIdentifierNote: quasiIdentifierNote(manifest.privacy.quasi_identifiers, threshold),
        partitions: attributeIds,
        sums: evaluationSums,
        unpublishedCells: [...unpublished.keys()],
        caseStudyNote: caseStudyNote([...new Set(figures.filter((figure) => figure.privacy.kind === 'consented').map((figure) => figure.breakdowns[0]?.label ?? ''))]),
      },
      theoryOfChange,
      charts,
      figuresCsv: figuresCsv(figures),
      narrative: narrativeText === undefined ? null : narrativeFile,
      journeys: journeys.journeys,
      pages: evaluationPages(slug, { findings: sections.length > 0, conclusions: items.items.length > 0, theoryOfChange: theoryOfChange !== null, stories: journeys.journeys.length > 0 }),
      release: release ? { changes: release.changes?.changes ?? null, statements: release.statements.statements } : null,
    },
    problems: warnings,
    tokens,
    jdl,
    places,
  };
}

/**
 * The previous release's published figures, when the manifest names them: read through the
 * project's effects, checked once, their problems located in that file (or the manifest field
 * naming it), never quoting it.
 */
function previousRelease(folder: string, manifestFile: string, manifest: Manifest, readText: ProjectEffects['readText']): { release?: PreviousReleaseFile; problems: Problem[] } {
  const named = manifest.release?.previous;
  if (named === undefined) return { problems: [] };
  const file = `${folder}/${named.file}`;
  const text = readText(file);
  if (text === undefined) return { problems: [problem('release-previous-missing', { file: manifestFile, column: 'release.previous.file' }, { path: named.file })] };
  if (isUnreadable(text)) return { problems: [unreadableProblem(file, text)] };
  return parsePreviousRelease(file, text, named.version);
}

/**
 * A headline computed by a documented rule standing in for a whole absent column (engaged from
 * contacts, say) is published, but it is the figure a reader will quote: warn, so that an author
 * whose export named the column differently maps it rather than publishing the rule's figure.
 */
/**
 * A headline card whose figure disclosure control does not show at all (or shows only merged)
 * leads the summary with no number: warn, suggesting a figure of the same people that is shown.
 */
function protectedHeadlines(manifestFile: string, manifest: Manifest, protectedFigures: ReadonlyMap<string, ProtectedInline>): Problem[] {
  return manifest.indicators.flatMap((setting, index): Problem[] => {
    const found = setting.headline ? protectedFigures.get(setting.id) : undefined;
    return found ? [problem('headline-protected', { file: manifestFile, column: `indicators[${index}].id` }, { id: setting.id, suggestion: found.suggestion })] : [];
  });
}

/** A summary leads with three or four headline cards; more read as a list. Located at the first one over four. */
function tooManyHeadlines(manifestFile: string, manifest: Manifest): Problem[] {
  const headlines = manifest.indicators.flatMap((setting, index) => (setting.headline ? [index] : []));
  const fifth = headlines[MOST_HEADLINES];
  return fifth === undefined ? [] : [problem('headline-too-many', { file: manifestFile, column: `indicators[${fifth}].headline` }, { count: headlines.length })];
}

function headlinesByRule(manifestFile: string, manifest: Manifest, figures: readonly PublishedFigure[]): Problem[] {
  return manifest.indicators.flatMap((setting, index): Problem[] => {
    if (!setting.headline) return [];
    const fallback = figures.find((figure) => figure.id === setting.id)?.derivation.fallbacks.find((candidate) => candidate.where === 'no-column' && FALLBACK_RULES[candidate.rule].column);
    return fallback
      ? [
          problem(
            'headline-by-rule',
            { file: manifestFile, column: `indicators[${index}].id` },
            { id: setting.id, rule: FALLBACK_RULES[fallback.rule].text, absent: FALLBACK_RULES[fallback.rule].absent },
          ),
        ]
      : [];
  });
}

function checkIndicatorSettings(manifestFile: string, manifest: Manifest, figureIds: ReadonlySet<string>, unmeasured: readonly NotMeasured[]): Problem[] {
  return manifest.indicators.flatMap((setting, index): Problem[] => {
    if (figureIds.has(setting.id)) return [];
    // A card or target on a figure the data cannot give: say why, not "unknown".
    const absent = notMeasuredFor(setting.id, unmeasured);
    if (absent)
      return setting.headline || setting.target ? [problem('indicator-not-measured', { file: manifestFile, column: `indicators[${index}].id` }, { id: setting.id, reason: absent.reason })] : [];
    // A bare metric name may carry the label of its broken-down figures, but a card or a target
    // needs one figure.
    const labelsBreakdowns = [...figureIds].some((id) => id.startsWith(`${setting.id}[`));
    if (labelsBreakdowns && !setting.headline && !setting.target) return [];
    const where = { file: manifestFile, column: `indicators[${index}].id` };
    return [
      labelsBreakdowns
        ? problem('indicator-setting-names-breakdowns', where, { id: setting.id, example: [...figureIds].find((id) => id.startsWith(`${setting.id}[`)) ?? setting.id })
        : problem('indicator-setting-unknown', where, { id: setting.id }),
    ];
  });
}
