import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { DatasetKind, Provenance } from '../manifest/manifestSchema.ts';
import { isSmallBase } from '../figures/smallBase.ts';

export interface LimitationsInput {
  readonly datasets: ReadonlyArray<{ readonly kind: DatasetKind; readonly provenance: Provenance }>;
  readonly figures: readonly PublishedFigure[];
  /** Metrics that measure an outcome of the service (declared `outcome` by their topics). */
  readonly outcomeMetrics: ReadonlySet<string>;
  /** The topics' own limitations, in the topics' order. */
  readonly topics: readonly string[];
}

/**
 * The limitations a reader must weigh, worked out from what the data are rather than written by
 * hand: no comparison group, self-reported measures, synthetic or illustrative data, what each
 * topic adds (attrition, incomplete follow-up), published figures
 * without bases, small bases. Each is one plain sentence; the findings pages state them before
 * the charts.
 */
export function limitations({ datasets, figures, outcomeMetrics, topics }: LimitationsInput): string[] {
  const said: string[] = [];
  const has = (kind: DatasetKind) => datasets.some((dataset) => dataset.kind === kind);

  if (figures.some((figure) => outcomeMetrics.has(figure.metric))) {
    said.push('There is no comparison group: changes in outcomes or offending cannot be attributed to the service alone, because other services, time and chance also play a part.');
  }
  if (has('assessments') || has('feedback')) {
    const measures = [has('assessments') ? 'assessment scores' : '', has('feedback') ? 'feedback answers' : ''].filter(Boolean).join(' and ');
    said.push(`${measures.charAt(0).toUpperCase()}${measures.slice(1)} are self-reported, usually completed with a worker, and may lean towards what the client thinks the service hopes to hear.`);
  }
  const synthetic = datasets.filter((dataset) => dataset.provenance === 'synthetic-reconstruction').map((dataset) => dataset.kind);
  if (synthetic.length > 0) {
    said.push(
      `The ${list(synthetic)} data are a synthetic reconstruction: rows made up so that their totals reproduce published figures. They describe no real person, and any figure the source did not publish is the reconstruction's, not the source's.`,
    );
  }
  const illustrative = datasets.filter((dataset) => dataset.provenance === 'illustrative').map((dataset) => dataset.kind);
  if (illustrative.length > 0) {
    said.push(`The ${list(illustrative)} data are illustrative: they show how the site presents such data and are not findings.`);
  }
  said.push(...topics);
  if (figures.some((figure) => figure.bound !== null || (figure.unit === 'percent' && figure.denominator === null))) {
    said.push('Some figures are published aggregates whose base was not published; they are shown as published and cannot be checked against the data.');
  }
  const small = figures.filter((figure) => isSmallBase(figure)).length;
  if (small > 0) {
    said.push(
      `${small} ${small === 1 ? 'figure rests' : 'figures rest'} on fewer than 20 people and ${small === 1 ? 'is' : 'are'} marked "small base": a single person moves ${small === 1 ? 'it' : 'them'} by several points.`,
    );
  }
  return said;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
