import type { ClientRow, Datasets } from '../datasets/datasetRows.ts';
import type { ReadText } from '../datasets/loadDatasets.ts';
import { loadUnitCosts } from '../topics/reoffending/loadUnitCosts.ts';
import type { PublishedFigure } from '../figures/publishedFigure.ts';
import { slugify } from '../figures/indicatorId.ts';
import type { Manifest } from '../manifest/manifestSchema.ts';
import { aggregateFigures } from '../topics/aggregates/aggregateFigures.ts';
import { clientEngagement, engagedForMoreThan, type ClientEngagement } from '../topics/engagement/clientEngagement.ts';
import { DEFAULT_UNIT_COSTS } from '../topics/reoffending/defaultUnitCosts.ts';
import { distanceFigures } from '../topics/distanceTravelled/distanceFigures.ts';
import { distanceTravelled, type DomainTravel } from '../topics/distanceTravelled/distanceTravelled.ts';
import { cohortGroups, cohortShareFigures, engagementFigures, NOT_RECORDED } from '../topics/engagement/engagementFigures.ts';
import { feedbackDistribution } from '../topics/feedback/feedbackDistribution.ts';
import { feedbackFigures } from '../topics/feedback/feedbackFigures.ts';
import { timeOffences } from '../topics/reoffending/offenceTimeline.ts';
import { caseStudyFigures } from '../topics/caseStudies/caseStudyFigures.ts';
import { outcomeStatusByDomain, type ClientStatus } from '../topics/outcomeStatus/outcomeStatus.ts';
import { outcomeStatusFigures } from '../topics/outcomeStatus/outcomeStatusFigures.ts';
import { reoffendingFigures, type CostingNotes } from '../topics/reoffending/reoffendingFigures.ts';
import type { SignTestResult } from '../topics/distanceTravelled/signTest.ts';
import type { Problem } from '../problems/problem.ts';

/** A paired test of first against latest score in one domain. */
export interface DomainSignTest extends SignTestResult {
  readonly domain: string;
}

export interface Findings {
  readonly figures: PublishedFigure[];
  readonly signTests: DomainSignTest[];
  readonly costing: CostingNotes | null;
  readonly problems: Problem[];
}

/**
 * Every figure an evaluation publishes, topic by topic: engagement and cohort, outcome status,
 * distance travelled, re-offending and costs, feedback, and published aggregates.
 */
export function computeFindings(folder: string, manifest: Manifest, datasets: Datasets, readText: ReadText): Findings {
  const manifestFile = `${folder}/evaluation.yaml`;
  const figures: PublishedFigure[] = [];
  const problems: Problem[] = [];
  const provenanceOf = (kind: keyof Manifest['datasets']) => manifest.datasets[kind]?.provenance ?? manifest.provenance;
  const sourceOf = (kind: keyof Manifest['datasets']) => `${folder}/${manifest.datasets[kind]?.file ?? ''}`;
  const attributeIds = Object.keys(manifest.datasets.clients?.attributes ?? {});
  const groupsOf = clientGroups(datasets.clients ?? [], attributeIds);
  const engagements = datasets.clients ? clientEngagement(datasets.clients, manifest.as_of, datasets.contacts) : [];

  if (datasets.clients && manifest.datasets.clients) {
    const context = { provenance: provenanceOf('clients'), source: sourceOf('clients') };
    const groups = cohortGroups(engagements, attributeIds, manifest.age_bands);
    if (manifest.datasets.clients.cohort === 'referred') {
      // Durations need dates: without any start date or contact, "over three months" would read as 0%.
      const hasDates = engagements.some((engagement) => engagement.start !== null);
      figures.push(...engagementFigures(groups, context).filter((figure) => hasDates || !figure.metric.startsWith('engaged-over')));
    }
    figures.push(...cohortShareFigures(groups, engagements.length, context, manifest.datasets.clients.cohort));
  }

  let travel: DomainTravel[] = [];
  if (datasets.assessments && manifest.datasets.assessments) {
    const scale = manifest.scales[manifest.datasets.assessments.scale];
    if (scale) {
      travel = distanceTravelled(datasets.assessments, { min: scale.min, max: scale.max, better: scale.better, ...(scale.min_change === undefined ? {} : { minimumChange: scale.min_change }) });
      const scaleNote = `Scored on ${scale.label}, ${scale.min} to ${scale.max}, where ${scale.better} is better.`;
      figures.push(...distanceFigures(travel, { provenance: provenanceOf('assessments'), source: sourceOf('assessments'), scaleNote }));
    }
  }

  for (const [index, dimension] of manifest.privacy.quasi_identifiers.entries()) {
    if (dimension !== 'age-band' && !attributeIds.includes(dimension)) {
      problems.push({ file: manifestFile, column: `privacy.quasi_identifiers[${index}]`, found: `"${dimension}", which is not a client attribute`, expected: `age-band or one of the attributes under datasets.clients.attributes: ${attributeIds.join(', ') || '(none declared)'}` });
    }
  }
  const splitBy = manifest.datasets.outcomes?.split_by;
  if (splitBy !== undefined && !attributeIds.includes(splitBy)) {
    problems.push({ file: manifestFile, column: 'datasets.outcomes.split_by', found: `"${splitBy}", which is not a client attribute`, expected: `one of the attributes under datasets.clients.attributes: ${attributeIds.join(', ') || '(none declared)'}` });
  }
  const statuses: readonly ClientStatus[] | undefined = datasets.outcomes ?? (travel.length > 0 ? travel.flatMap((domain) => domain.changes.map(({ clientId, status }) => ({ clientId, domain: domain.domain, status }))) : undefined);
  if (statuses) {
    const fromOutcomes = datasets.outcomes !== undefined;
    const minChange = manifest.datasets.assessments ? manifest.scales[manifest.datasets.assessments.scale]?.min_change : undefined;
    figures.push(
      ...outcomeStatusFigures(outcomeStatusByDomain(statuses, splitBy ? (clientId) => groupsOf(clientId).filter((group) => group.dimension === splitBy) : groupsOf), {
        provenance: provenanceOf(fromOutcomes ? 'outcomes' : 'assessments'),
        source: sourceOf(fromOutcomes ? 'outcomes' : 'assessments'),
        basis: fromOutcomes
          ? 'Statuses as recorded at review in the outcomes dataset.'
          : `Status from each client's first and latest assessment: ${minChange === undefined ? 'any change in the better direction' : `a change of at least ${minChange} in the better direction`} counts as improved.`,
        splitBy,
      }),
    );
  }

  let costing: CostingNotes | null = null;
  let timedOffences: ReturnType<typeof timeOffences> | undefined;
  if (datasets.offences && manifest.datasets.offences && datasets.clients) {
    const config = manifest.datasets.offences;
    for (const kind of config.counted_kinds ?? []) {
      if (config.kinds && !config.kinds.includes(kind)) {
        problems.push({ file: manifestFile, column: 'datasets.offences.counted_kinds', found: `"${kind}", which is not in datasets.offences.kinds`, expected: `kinds from the declared list: ${config.kinds.join(', ')}` });
      }
    }
    const startOf = new Map(engagements.map((engagement) => [engagement.client.clientId, engagement.start]));
    const offences = timeOffences(datasets.offences, (clientId) => startOf.get(clientId) ?? null, { countedKinds: config.counted_kinds ?? null });
    timedOffences = offences;
    const unitCostTable = loadCosting(folder, config.unit_costs, readText, problems);
    const costGroups = new Map(Object.entries(config.cost_groups).map(([type, group]) => [type.trim().toLowerCase(), group]));
    for (const [type, group] of Object.entries(config.cost_groups)) {
      if (unitCostTable && !unitCostTable.unitCosts.some((cost) => cost.group.toLowerCase() === group.trim().toLowerCase())) {
        problems.push({ file: manifestFile, column: `datasets.offences.cost_groups.${type}`, found: `cost group "${group}", which the unit-cost table does not list`, expected: `one of: ${unitCostTable.unitCosts.map((cost) => cost.group).join(', ')}` });
      }
    }
    const starts = engagements.flatMap((engagement) => (engagement.start === null ? [] : [{ clientId: engagement.client.clientId, start: engagement.start }]));
    const result = reoffendingFigures(
      {
        starts,
        engagedOverSixMonths: new Set(engagements.filter((engagement) => engagedForMoreThan(engagement, 6)).map((engagement) => engagement.client.clientId)),
        offences,
        asOf: manifest.as_of,
        beforeYears: config.before_years,
        minimumFollowUpMonths: config.minimum_follow_up_months,
        costing: costGroups.size > 0 && unitCostTable ? { unitCosts: unitCostTable.unitCosts, groupOf: (type) => costGroups.get(type.trim().toLowerCase()), source: unitCostTable.source } : undefined,
      },
      { provenance: provenanceOf('offences'), source: sourceOf('offences') },
    );
    figures.push(...result.figures);
    costing = result.costing;
  }

  if (datasets.feedback && manifest.datasets.feedback) {
    const { responses, agree_from: agreeFrom } = manifest.datasets.feedback;
    if (agreeFrom !== undefined && !responses.includes(agreeFrom)) {
      problems.push({ file: manifestFile, column: 'datasets.feedback.agree_from', found: `"${agreeFrom}", which is not on the response scale`, expected: `one of ${responses.map((response) => `"${response}"`).join(', ')}` });
    } else {
      const from = agreeFrom ?? responses[Math.ceil(responses.length / 2)] ?? '';
      const questions = feedbackDistribution(datasets.feedback, responses, agreeFrom === undefined ? {} : { agreeFrom });
      figures.push(...feedbackFigures(questions, { provenance: provenanceOf('feedback'), source: sourceOf('feedback'), agreeNote: `Agreeing means "${from}" or a more positive response.` }));
    }
  }

  if (datasets.indicators && manifest.datasets.indicators) {
    const config = manifest.datasets.indicators;
    const aggregated = aggregateFigures(datasets.indicators, manifest.indicators, {
      provenance: provenanceOf('indicators'),
      source: sourceOf('indicators'),
      file: sourceOf('indicators'),
      indicatorColumn: config.columns['indicator'] ?? 'indicator',
      manifestFile,
    });
    problems.push(...aggregated.problems);
    const computedIds = new Set(figures.map((figure) => figure.id));
    for (const figure of aggregated.figures) {
      if (computedIds.has(figure.id)) {
        problems.push({ file: figure.source, column: config.columns['indicator'] ?? 'indicator', found: `indicator ${figure.id}, which the evaluation's datasets already compute`, expected: 'an id of its own for a published aggregate' });
      } else {
        figures.push(figure);
      }
    }
  }

  if (manifest.privacy.case_studies.length > 0) {
    if (!datasets.clients) {
      problems.push({ file: manifestFile, column: 'privacy.case_studies', found: 'case studies without a clients dataset', expected: 'a clients dataset holding the consenting clients' });
    } else {
      const cases = caseStudyFigures(manifest.privacy.case_studies, engagements, timedOffences, { provenance: provenanceOf('clients'), source: sourceOf('clients'), manifestFile, asOf: manifest.as_of });
      figures.push(...cases.figures);
      problems.push(...cases.problems);
    }
  }

  const signTests = travel.map((domain) => ({ domain: domain.domain, ...domain.signTest }));
  return { figures, signTests, costing, problems };
}

function loadCosting(folder: string, file: string | undefined, readText: ReadText, problems: Problem[]) {
  if (file === undefined) return { unitCosts: DEFAULT_UNIT_COSTS, source: 'national average unit costs from Home Office, The economic and social costs of crime, 2nd ed. (Heeks et al., 2018), as built into evalsite' };
  const path = `${folder}/${file}`;
  const text = readText(path);
  if (text === undefined) {
    problems.push({ file: `${folder}/evaluation.yaml`, column: 'datasets.offences.unit_costs', found: `no file ${file}`, expected: `the unit-cost CSV to exist at ${path}` });
    return undefined;
  }
  const loaded = loadUnitCosts(path, text);
  problems.push(...loaded.problems);
  if (!loaded.unitCosts) return undefined;
  const sources = [...new Set(loaded.unitCosts.map((cost) => cost.source))];
  return { unitCosts: loaded.unitCosts, source: `unit costs from the evaluation's own table (${path}), citing ${sources.join('; ')}` };
}

/** A client's breakdown groups (one per attribute with a value), looked up by client id. */
export function clientGroups(clients: readonly ClientRow[], attributeIds: readonly string[]) {
  const byId = new Map(clients.map((client) => [client.clientId, client]));
  return (clientId: string) => {
    const client = byId.get(clientId);
    if (!client) return [];
    return attributeIds.flatMap((dimension) => {
      const label = client.attributes[dimension] ?? null;
      // A blank is its own group, as in the engagement figures, so groups always add up to the whole.
      return label === null ? [{ dimension, value: NOT_RECORDED.value, label: NOT_RECORDED.label }] : [{ dimension, value: slugify(label), label }];
    });
  };
}

export type { ClientEngagement };
