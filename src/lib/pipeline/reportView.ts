import type { MetricEntry } from './metricEntries.ts';
import type { KeyFinding } from './keyFindings.ts';
import { evidenceLevelText, type EvidenceStrength } from '../figures/evidenceStrength.ts';

/** The most charts the report prints: the hero chart and one from each findings section, so a board paper stays about 10 to 20 pages. */
export const REPORT_CHART_LIMIT = 6;

/** The report's parts, in the order they are printed; one the evaluation has nothing for is left out. */
export type ReportPart = 'key-findings' | 'headline' | 'charts' | 'theory-of-change' | 'stories' | 'method';

const PART_TITLES: Readonly<Record<ReportPart, string>> = {
  'key-findings': 'Key findings',
  headline: 'Headline figures',
  charts: 'Main charts',
  'theory-of-change': 'How the service is meant to work',
  stories: 'Stories',
  method: 'About the figures',
};

/** What the single report page of an evaluation prints (`/<slug>/report/`), chosen from what the data step published. */
export interface ReportView {
  /** The parts it has, in order, with their headings: the cover lists them as the report's contents. */
  readonly parts: ReadonlyArray<{ readonly id: ReportPart; readonly title: string }>;
  /** Ids of the charts it prints, in order: the hero chart, then the first drawn chart of each findings section that has none yet, at most REPORT_CHART_LIMIT. */
  readonly charts: readonly string[];
  /** The method note's definitions: only the metrics of the figures the report shows (cards, key findings, charts), in the methodology page's order. */
  readonly metrics: readonly MetricEntry[];
  /** The evidence strength of the outcome figures, one line per design, strongest first, for the cover; empty when none is stated. */
  readonly evidence: readonly string[];
  /** How the theory-of-change diagram is printed: on a landscape page when it is wider than tall, so its words stay legible; null when there is none. */
  readonly diagramPage: 'landscape' | 'portrait' | null;
}

/** What the report is chosen from: the parts of an evaluation's published results (EvaluationResult) it reads. */
export interface ReportInputs {
  readonly heroChart: string | null;
  readonly sections: ReadonlyArray<{ readonly charts: readonly string[] }>;
  readonly charts: ReadonlyArray<{ readonly id: string; readonly notDrawn: string | null; readonly figureIds: readonly string[] }>;
  readonly headline: readonly string[];
  readonly keyFindings: readonly KeyFinding[];
  readonly figures: ReadonlyArray<{ readonly id: string; readonly metric: string }>;
  readonly metrics: readonly MetricEntry[];
  readonly evidenceDesigns: readonly EvidenceStrength[];
  readonly theoryOfChange: { readonly svg: { readonly width: number; readonly height: number } | null } | null;
  readonly journeys: readonly unknown[];
}

/**
 * The report of one evaluation, from its published results only (nothing here sees a protected
 * figure's value): which parts it has, which charts it prints and which definitions its method
 * note gives. A chart replaced by a sentence is not printed: a report shows pictures that can be read.
 */
export function reportView(evaluation: ReportInputs): ReportView {
  const charts = reportCharts(evaluation);
  const shownFigures = new Set([
    ...evaluation.headline,
    ...evaluation.keyFindings.flatMap((finding) => finding.segments.flatMap((segment) => (segment.kind === 'figure' ? [segment.id] : []))),
    ...charts.flatMap((id) => evaluation.charts.find((chart) => chart.id === id)?.figureIds ?? []),
  ]);
  const shownMetrics = new Set(evaluation.figures.filter((figure) => shownFigures.has(figure.id)).map((figure) => figure.metric));
  const has: Record<ReportPart, boolean> = {
    'key-findings': evaluation.keyFindings.length > 0,
    headline: evaluation.headline.length > 0,
    charts: charts.length > 0,
    'theory-of-change': evaluation.theoryOfChange !== null,
    stories: evaluation.journeys.length > 0,
    method: true,
  };
  return {
    parts: (Object.keys(PART_TITLES) as ReportPart[]).filter((part) => has[part]).map((id) => ({ id, title: PART_TITLES[id] })),
    charts,
    metrics: evaluation.metrics.filter((entry) => shownMetrics.has(entry.metric)),
    evidence: evaluation.evidenceDesigns.map((design) => evidenceLevelText(design)),
    diagramPage: evaluation.theoryOfChange?.svg ? (evaluation.theoryOfChange.svg.width > evaluation.theoryOfChange.svg.height ? 'landscape' : 'portrait') : null,
  };
}

/** The hero chart, then the first drawn chart of each findings section not yet represented, in the findings page's order. */
function reportCharts(evaluation: ReportInputs): string[] {
  const drawn = (id: string) => evaluation.charts.find((chart) => chart.id === id)?.notDrawn === null;
  const chosen: string[] = evaluation.heroChart && drawn(evaluation.heroChart) ? [evaluation.heroChart] : [];
  for (const section of evaluation.sections) {
    if (chosen.length >= REPORT_CHART_LIMIT) break;
    if (section.charts.some((id) => chosen.includes(id))) continue;
    const first = section.charts.find(drawn);
    if (first) chosen.push(first);
  }
  return chosen;
}
