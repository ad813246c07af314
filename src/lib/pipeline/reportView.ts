import type { MetricEntry } from './metricEntries.ts';
import type { KeyFinding } from './keyFindings.ts';
import { evidenceLevelText, type EvidenceStrength } from '../figures/evidenceStrength.ts';

/** The most charts the report prints: the lead chart of each findings section, the hero chart and the charts the summary text places, so a board paper stays about 10 to 20 pages. */
export const REPORT_CHART_LIMIT = 8;

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
  /**
   * Ids of the charts it prints, in the findings page's order: the first drawn chart of every
   * findings section, the hero chart and the charts the summary text places, each once, at most
   * REPORT_CHART_LIMIT (the sections' lead charts first, so every part of the findings, favourable
   * or not, is shown).
   */
  readonly charts: readonly string[];
  /** The method note's definitions: only the metrics of the figures the report shows (cards, key findings, charts), in the methodology page's order. */
  readonly metrics: readonly MetricEntry[];
  /** The evidence strength of the outcome figures, one line per design, strongest first, for the cover; empty when none is stated. */
  readonly evidence: readonly string[];
  /** What disclosure control did to the evaluation's published figures, as the method note's sentence: "In all, 1 figure is shown as …". */
  readonly protectedFigures: string;
  /** How the theory-of-change diagram is printed: on a landscape page when it is wider than tall, so its words stay legible; null when there is none. */
  readonly diagramPage: 'landscape' | 'portrait' | null;
}

/** What the report is chosen from: the parts of an evaluation's published results (EvaluationResult) it reads. */
export interface ReportInputs {
  readonly heroChart: string | null;
  readonly summaryCharts: readonly string[];
  readonly sections: ReadonlyArray<{ readonly charts: readonly string[] }>;
  readonly charts: ReadonlyArray<{ readonly id: string; readonly notDrawn: string | null; readonly figureIds: readonly string[] }>;
  readonly headline: readonly string[];
  readonly keyFindings: readonly KeyFinding[];
  readonly figures: ReadonlyArray<{ readonly id: string; readonly metric: string }>;
  readonly metrics: readonly MetricEntry[];
  readonly evidenceDesigns: readonly EvidenceStrength[];
  readonly theoryOfChange: { readonly svg: { readonly width: number; readonly height: number } | null } | null;
  readonly journeys: readonly unknown[];
  readonly disclosure: { readonly threshold: number; readonly suppressed: number; readonly bounded: number; readonly withheld: number; readonly collapsed: number };
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
    protectedFigures: protectedFiguresSentence(evaluation.disclosure),
    diagramPage: evaluation.theoryOfChange?.svg ? (evaluation.theoryOfChange.svg.width > evaluation.theoryOfChange.svg.height ? 'landscape' : 'portrait') : null,
  };
}

/**
 * Every findings section's lead chart (its first drawn one), then the hero chart and the charts
 * the summary text places (what the author chose to show), each once; cut to the limit in that
 * order of priority, then printed in the findings page's order. Choosing by section, not by
 * result, keeps an unfavourable finding in the report as surely as a favourable one.
 */
function reportCharts(evaluation: ReportInputs): string[] {
  const drawn = (id: string) => evaluation.charts.find((chart) => chart.id === id)?.notDrawn === null;
  const leads = evaluation.sections.flatMap((section) => section.charts.find(drawn) ?? []);
  const authored = [...(evaluation.heroChart ? [evaluation.heroChart] : []), ...evaluation.summaryCharts].filter(drawn);
  const chosen = [...new Set([...leads, ...authored])].slice(0, REPORT_CHART_LIMIT);
  // The findings page's order; a chart in no section (none today) after those, in the charts' order.
  const order = [...new Set([...evaluation.sections.flatMap((section) => section.charts), ...evaluation.charts.map((chart) => chart.id)])];
  return chosen.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** "1 figure" or "22 figures". */
const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * What disclosure control did, across all the evaluation's published figures, in one sentence
 * naming only what happened: figures shown as "fewer than N", shares as a range, figures merged
 * with a neighbouring category, figures not shown.
 */
function protectedFiguresSentence(disclosure: ReportInputs['disclosure']): string {
  const parts = [
    disclosure.suppressed > 0 && `${counted(disclosure.suppressed, 'figure is', 'figures are')} shown as "fewer than ${disclosure.threshold}"`,
    disclosure.bounded > 0 && `${counted(disclosure.bounded, 'share is', 'shares are')} shown as a range`,
    disclosure.collapsed > 0 &&
      `${counted(disclosure.collapsed, 'figure is', 'figures are')} merged with a neighbouring category (such as "maintained or deteriorated") because one of them was too small to show`,
    disclosure.withheld > 0 && `${counted(disclosure.withheld, 'figure is', 'figures are')} not shown at all`,
  ].filter((part): part is string => part !== false);
  if (parts.length === 0) return 'No figure in this evaluation needed protecting: every group shown is large enough.';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1]}`;
  return `In all, of the evaluation's published figures, ${list}.`;
}

/**
 * The tallest narrow drawing (320 px wide, 12 px text) printed on a portrait page: drawn at most
 * 200 mm (756 px) high there, so it fits on a page with its title, a taller one would print its
 * text below about 7.5 pt (12 px × 756 / 900 × 0.75 pt).
 */
const NARROW_PRINT_MAX_HEIGHT = 900;

/**
 * How a chart is printed, from its narrow drawing's height: 'portrait', the narrow drawing
 * enlarged with its words beside it; 'landscape', for a chart too tall for that (a long list of
 * targets or domains), the wide drawing on a landscape page of its own, its words in a column beside.
 */
export function reportChartPage(svgNarrow: string): 'portrait' | 'landscape' {
  const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svgNarrow);
  if (!box) return 'portrait';
  return (Number(box[2]) * 320) / Number(box[1]) > NARROW_PRINT_MAX_HEIGHT ? 'landscape' : 'portrait';
}
