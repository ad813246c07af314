import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { DatasetKind, Provenance } from '../manifest/manifestSchema.ts';
import { isSmallBase } from '../figures/smallBase.ts';
import { formatFigure } from '../figures/formatFigure.ts';

export interface LimitationsInput {
  readonly datasets: ReadonlyArray<{ readonly kind: DatasetKind; readonly provenance: Provenance }>;
  readonly figures: readonly PublishedFigure[];
}

const OUTCOME_METRICS = new Set(['improved', 'score-change-mean', 'reduced-frequency', 'reoffended-within-12-months', 'reoffended-within-6-months', 'reoffended-within-3-months']);

/**
 * The limitations a reader must weigh, worked out from what the data are rather than written by
 * hand: no comparison group, self-reported measures, attrition between reviews, synthetic or
 * illustrative data, incomplete follow-up, published figures without bases, small bases. Each is
 * one plain sentence; the findings pages state them before the charts.
 */
export function limitations({ datasets, figures }: LimitationsInput): string[] {
  const said: string[] = [];
  const has = (kind: DatasetKind) => datasets.some((dataset) => dataset.kind === kind);
  const metric = (id: string) => figures.filter((figure) => figure.metric === id);

  if (figures.some((figure) => OUTCOME_METRICS.has(figure.metric))) {
    said.push('There is no comparison group: changes in outcomes or offending cannot be attributed to the service alone, because other services, time and chance also play a part.');
  }
  if (has('assessments') || has('feedback')) {
    const measures = [has('assessments') ? 'assessment scores' : '', has('feedback') ? 'feedback answers' : ''].filter(Boolean).join(' and ');
    said.push(`${measures.charAt(0).toUpperCase()}${measures.slice(1)} are self-reported, usually completed with a worker, and may lean towards what the client thinks the service hopes to hear.`);
  }
  // Counts come from the figures after disclosure control: a protected count is said as shown.
  const assessed = metric('assessed').filter((figure) => figure.disclosure === null);
  if (assessed.length > 0) {
    const byReview = new Map<string, number>();
    for (const figure of assessed) {
      const review = figure.breakdowns.find((part) => part.dimension === 'review')?.value ?? '';
      byReview.set(review, Math.max(byReview.get(review) ?? 0, figure.value));
    }
    const reviews = [...byReview.keys()].sort((a, b) => Number(a) - Number(b));
    const first = byReview.get(reviews[0] ?? '') ?? 0;
    const last = byReview.get(reviews.at(-1) ?? '') ?? 0;
    if (reviews.length > 1 && last < first) {
      said.push(`Fewer clients were assessed at later reviews (at most ${first} at review ${reviews[0] ?? ''}, ${last} at review ${reviews.at(-1) ?? ''}): those who stayed may differ from those who left, so later scores can look better than the whole cohort would.`);
    }
  }
  const synthetic = datasets.filter((dataset) => dataset.provenance === 'synthetic-reconstruction').map((dataset) => dataset.kind);
  if (synthetic.length > 0) {
    said.push(`The ${list(synthetic)} data are a synthetic reconstruction: rows made up so that their totals reproduce published figures. They describe no real person, and any figure the source did not publish is the reconstruction's, not the source's.`);
  }
  const illustrative = datasets.filter((dataset) => dataset.provenance === 'illustrative').map((dataset) => dataset.kind);
  if (illustrative.length > 0) {
    said.push(`The ${list(illustrative)} data are illustrative: they show how the site presents such data and are not findings.`);
  }
  const waiting = metric('not-yet-eligible-12-months').find((figure) => figure.breakdowns.length === 0);
  if (waiting && waiting.value > 0) {
    said.push(`Follow-up is incomplete: ${formatFigure(waiting).value} clients had not yet had 12 months since starting by the data as-of date, so they are left out of the 12-month re-offending rate.`);
  }
  const excluded = metric('excluded-no-offences-before').find((figure) => figure.breakdowns.length === 0);
  if (excluded && excluded.value > 0) {
    const count = formatFigure(excluded).value;
    said.push(`${count.charAt(0).toUpperCase()}${count.slice(1)} clients had no recorded offences before starting and cannot show a reduction, so the before-and-after comparison leaves them out.`);
  }
  if (figures.some((figure) => figure.bound !== null || (figure.unit === 'percent' && figure.denominator === null))) {
    said.push('Some figures are published aggregates whose base was not published; they are shown as published and cannot be checked against the data.');
  }
  const small = figures.filter((figure) => isSmallBase(figure)).length;
  if (small > 0) {
    said.push(`${small} ${small === 1 ? 'figure rests' : 'figures rest'} on fewer than 20 people and ${small === 1 ? 'is' : 'are'} marked "small base": a single person moves ${small === 1 ? 'it' : 'them'} by several points.`);
  }
  return said;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
