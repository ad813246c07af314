import * as Plot from '@observablehq/plot';
import { formatBaseCount, formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { Scale } from '../../manifest/manifestSchema.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { describeExtremes } from '../../charts/describeExtremes.ts';
import { drawable, figuresOf, partLabel, partValue } from '../../figures/figureLookup.ts';
import { GRID, MUTED_INK, PRIMARY } from '../../theme/palette.ts';
import { plotDefaults } from '../../charts/plotDefaults.ts';
import type { ChartLayout } from '../../charts/chartLayout.ts';

const ID = 'chart-assessment-mean-by-domain-and-review';
/** Panels per row; fewer when there are more than three reviews, so that each point's label and "n=" keep clear of the next. */
const COLUMNS = 4;
const COLUMNS_FOR_MANY_REVIEWS = 3;

/**
 * Distance travelled by review, as small multiples: one panel per domain with the mean score at
 * each review, the number assessed written under each point (so attrition is in plain sight), and
 * the better end of the scale marked on the axis.
 */
export function distanceTravelledChart(figures: readonly PublishedFigure[], scale: Scale, context: ChartContext): ChartResult | undefined {
  // Means on too few people are withheld by disclosure control: they are in the table, not drawn.
  const allMeans = figuresOf(figures, 'assessment-mean', ['domain', 'review']);
  const means = allMeans.filter(drawable);
  if (means.length === 0) return undefined;
  const domains = [...new Set(means.map((figure) => partLabel(figure, 'domain')))];
  const reviews = [...new Set(means.map((figure) => Number(partValue(figure, 'review'))))].sort((a, b) => a - b);
  const points = means.map((figure) => ({ domain: partLabel(figure, 'domain'), review: Number(partValue(figure, 'review')), figure }));
  const arrow = scale.better === 'higher' ? '↑' : '↓';
  // Narrow: two panels a row (one with more than three reviews, so each point's label and "n=" keep clear of the next), three ticks, and no text under 12 px.
  const draw = (layout: ChartLayout) => {
    const narrow = layout.name === 'narrow';
    const columns = narrow ? (reviews.length > 3 ? 1 : 2) : reviews.length > 3 ? COLUMNS_FOR_MANY_REVIEWS : COLUMNS;
    const placed = points.map((point) => {
      const index = domains.indexOf(point.domain);
      return { ...point, column: index % columns, row: Math.floor(index / columns) };
    });
    const titles = domains.map((domain, index) => ({ domain, column: index % columns, row: Math.floor(index / columns) }));
    return Plot.plot({
      ...plotDefaults(context),
      width: layout.width,
      height: 70 + Math.ceil(domains.length / columns) * (narrow && columns === 1 ? 150 : 175),
      marginTop: 46,
      marginLeft: narrow ? 36 : 50,
      marginRight: narrow ? 8 : 20,
      marginBottom: 40,
      fx: { axis: null, padding: narrow ? 0.1 : 0.15 },
      fy: { axis: null, padding: 0.35 },
      x: { domain: reviews, label: 'Review', type: 'point', inset: 18 },
      y: { domain: scale.better === 'higher' ? [scale.min, scale.max] : [scale.max, scale.min], label: `Mean score (${scale.better} is better ${arrow})`, grid: true, ticks: narrow ? 3 : 4 },
      marks: [
        Plot.frame({ stroke: GRID, ariaHidden: 'true' }),
        // Panel titles wrap upwards from the panel's top edge, so long domain names never collide.
        Plot.text(titles, {
          fx: 'column',
          fy: 'row',
          text: 'domain',
          frameAnchor: 'top',
          lineAnchor: 'bottom',
          lineWidth: narrow && columns === 2 ? 11 : 12,
          dy: -6,
          fontWeight: 'bold',
          ariaHidden: 'true',
        }),
        Plot.line(placed, { x: 'review', y: (point: (typeof placed)[number]) => point.figure.value, fx: 'column', fy: 'row', z: 'domain', stroke: PRIMARY, strokeWidth: 2, ariaHidden: 'true' }),
        Plot.dot(placed, { x: 'review', y: (point: (typeof placed)[number]) => point.figure.value, fx: 'column', fy: 'row', fill: PRIMARY, r: 3.5, ariaHidden: 'true' }),
        Plot.text(placed, {
          x: 'review',
          y: (point: (typeof placed)[number]) => point.figure.value,
          fx: 'column',
          fy: 'row',
          text: (point: (typeof placed)[number]) => formatFigure(point.figure).value,
          dy: -10,
          fill: 'currentColor',
          ariaHidden: 'true',
        }),
        Plot.text(placed, {
          x: 'review',
          fx: 'column',
          fy: 'row',
          frameAnchor: 'bottom',
          dy: -4,
          text: (point: (typeof placed)[number]) => `n=${formatBaseCount(point.figure)}`,
          fill: MUTED_INK,
          fontSize: narrow ? 12 : 10,
          ariaHidden: 'true',
        }),
      ],
    });
  };
  const cell = (domain: string, review: number) => {
    const figure = points.find((point) => point.domain === domain && point.review === review)?.figure;
    return figure ? formatFigure(figure).inline : '—';
  };
  const changes = figuresOf(figures, 'score-change-mean', ['domain']).filter(drawable);
  const table: ChartTable = {
    caption: 'Mean score by domain and review',
    columns: ['Domain', ...reviews.map((review) => `Review ${review}`), 'Mean change, first to latest'],
    rows: domains.map((domain) => {
      const change = changes.find((figure) => partLabel(figure, 'domain') === domain);
      return [domain, ...reviews.map((review) => cell(domain, review)), change ? formatFigure(change).inline : '—'];
    }),
  };
  const ranked = changes.map((figure) => ({ label: partLabel(figure, 'domain'), value: figure.value, shown: formatFigure(figure).value }));
  const first = points.filter((point) => point.review === reviews[0]).map((point) => point.figure.denominator ?? 0);
  const last = points.filter((point) => point.review === reviews.at(-1)).map((point) => point.figure.denominator ?? 0);
  const title = 'Distance travelled by review';
  const description = `Small-multiple line charts of the mean score at each of ${reviews.length} reviews in ${domains.length} domains, on a scale of ${scale.min} to ${scale.max} where ${scale.better} is better.${ranked.length > 0 ? ` The mean change from first to latest score was ${describeExtremes(ranked, { unranked: figuresOf(figures, 'score-change-mean', ['domain']).length - ranked.length })}.` : ''}`;
  const drawn = [...means, ...changes];
  return assembleChart(
    {
      id: ID,
      kind: 'distance-travelled',
      options: {},
      title,
      subtitle: `${Math.max(...first)} clients at the first review, ${Math.max(...last)} at review ${reviews.at(-1) ?? ''} (largest domain) · ${context.period}`,
      description,
      note: 'The number under each point is how many clients were assessed at that review: a falling number is attrition, and later means describe fewer people.',
      draw,
      table,
      drawn: drawn,
      rows: { total: allMeans.length, undrawn: allMeans.length - means.length },
      tooFew: 'Most of these means describe too few clients',
    },
    context,
  );
}
