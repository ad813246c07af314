import type { ReadText } from '../datasets/loadDatasets.ts';
import type { PublishedFigure } from '../figures/publishedFigure.ts';
import { parseIndicatorId } from '../figures/indicatorId.ts';
import { isSlug, slugify } from '../text/slug.ts';
import type { CaseStudy } from '../manifest/manifestSchema.ts';
import { CASE_DIMENSION, CASE_METRICS } from '../topics/caseStudies/caseStudyFigures.ts';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { isUnreadable, unreadableProblem } from '../problems/unreadableProblem.ts';
import type { JourneyResult, RenderedPanel } from './journeyResult.ts';
import { checkPanelLayout } from './checkPanelLayout.ts';
import { layoutPanel, type PanelFonts } from './layoutPanel.ts';
import { layoutTimeline } from './layoutTimeline.ts';
import { parseJourney } from './parseJourney.ts';
import { renderPanel } from './renderPanel.ts';

export interface JourneyInputs {
  /** Journey files, `content/<slug>/journeys/<id>.yaml`, in any order. */
  readonly files: readonly string[];
  readonly readText: ReadText;
  readonly caseStudies: readonly CaseStudy[];
  /** The evaluation's published figures, after disclosure control. */
  readonly figures: readonly PublishedFigure[];
  readonly publicFileExists: (path: string) => boolean;
  readonly fonts: PanelFonts;
}

/**
 * Reads, lays out and draws every journey of an evaluation, collecting all problems: schema and
 * consent errors from parseJourney, and any panel whose balloons cannot be placed without
 * covering a face or each other (named by panel, with its line).
 */
export function buildJourneys({ files, readText, caseStudies, figures, publicFileExists, fonts }: JourneyInputs): { journeys: JourneyResult[]; problems: Problem[] } {
  const journeys: JourneyResult[] = [];
  const problems: Problem[] = [];
  const ids = new Set<string>();
  for (const file of [...files].sort()) {
    const id = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (ids.has(id)) {
      problems.push(problem('journey-duplicate-name', { file }, { name: id }));
      continue;
    }
    ids.add(id);
    const text = readText(file);
    if (text === undefined) continue;
    if (isUnreadable(text)) {
      problems.push(unreadableProblem(file, text));
      continue;
    }
    if (!isSlug(id)) {
      problems.push(problem('journey-file-name', { file }));
      continue;
    }
    const parsed = parseJourney(file, text, { caseStudies, publicFileExists });
    problems.push(...parsed.problems);
    const { journey } = parsed;
    if (!journey) continue;
    const panels: RenderedPanel[] = [];
    journey.panels.forEach((panel, index) => {
      const layout = layoutPanel(panel, journey.cast, fonts);
      // A panel problem names the panel's first line.
      const row = parsed.panelLines[index];
      if (!layout) {
        problems.push(problem('journey-panel-does-not-fit', { file, row, column: `panels[${index}].balloons` }, { panel: index + 1 }));
        return;
      }
      // The layout's promises, checked again as the build's last word: a caption too long for its
      // panel, say, covers a face, and is reported rather than drawn.
      const broken = checkPanelLayout(layout);
      if (broken.length > 0) {
        problems.push(problem('journey-panel-not-clean', { file, row, column: `panels[${index}]` }, { panel: index + 1, broken }));
        return;
      }
      panels.push(renderPanel(panel, index + 1, layout, journey.cast));
    });
    const study = journey.composite ? undefined : caseStudies.find((candidate) => candidate.consent === journey.consent);
    const caseFigures = study ? figures.filter((figure) => isCaseFigureOf(figure.id, slugify(study.pseudonym))).map((figure) => figure.id) : [];
    journeys.push({
      id,
      title: journey.title,
      pseudonym: journey.pseudonym,
      composite: journey.composite,
      illustrative: journey.illustrative,
      intro: journey.intro,
      weekZero: journey.week_zero,
      cast: journey.cast.map((member) => ({ id: member.id, name: member.name, role: member.role })),
      panels,
      timeline: layoutTimeline(journey.panels, fonts.bold),
      caseFigures,
    });
  }
  return { journeys, problems };
}

function isCaseFigureOf(id: string, pseudonym: string): boolean {
  const parsed = parseIndicatorId(id);
  return parsed !== undefined && CASE_METRICS.has(parsed.metric) && parsed.breakdowns.some((part) => part.dimension === CASE_DIMENSION && part.value === pseudonym);
}
