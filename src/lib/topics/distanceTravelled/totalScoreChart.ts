import * as Plot from '@observablehq/plot';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { drawable, figuresOf, partValue } from '../../figures/figureLookup.ts';
import { MUTED_INK, PRIMARY } from '../../theme/palette.ts';
import { plotDefaults } from '../../charts/plotDefaults.ts';
import type { ChartLayout } from '../../charts/chartLayout.ts';
import { REVIEW_DIMENSION } from './distanceFigures.ts';
import { DISTANCE_METRICS } from './metrics.ts';

const M = DISTANCE_METRICS;
const ID = 'chart-total-score-by-review';
const NONE = '—';

/** The range of the total score and which end of it is better. */
export interface TotalRange {
  readonly min: number;
  readonly max: number;
  readonly better: 'higher' | 'lower';
}

/**
 * The mean total score across a scale's domains at each review, as one line over the whole range
 * of the total, with the clients who had a total written under each point (attrition in plain
 * sight). The better end is always up, as on the distance-travelled chart beside it: on a
 * lower-is-better inventory the axis is turned, so a rising line is an improvement either way.
 * The axis and the note say so.
 */
export function totalScoreChart(figures: readonly PublishedFigure[], range: TotalRange, context: ChartContext): ChartResult | undefined {
  // A protected mean is in the table as it is shown (a dash here), never drawn or described.
  const allMeans = figuresOf(figures, M['total-mean'].id, [REVIEW_DIMENSION]);
  const means = allMeans.filter(drawable);
  if (means.length === 0) return undefined;
  const review = (figure: PublishedFigure) => Number(partValue(figure, REVIEW_DIMENSION));
  const assessed = figuresOf(figures, M['total-assessed'].id, [REVIEW_DIMENSION]).filter(drawable);
  const clientsAt = (at: number) => assessed.find((figure) => review(figure) === at);
  const points = means.map((figure) => ({ review: review(figure), figure, clients: clientsAt(review(figure)) })).sort((a, b) => a.review - b.review);
  const reviews = points.map((point) => point.review);
  const direction = range.better === 'higher' ? 'higher is better, so a rising line is an improvement' : 'lower is better and drawn at the top, so a rising line is an improvement';
  // Narrow: the same line in less width, with fewer ticks and its "n=" as large as the rest of the text.
  const draw = (layout: ChartLayout) => {
    const narrow = layout.name === 'narrow';
    return Plot.plot({
      ...plotDefaults(context),
      width: layout.width,
      height: narrow ? 320 : 360,
      marginTop: 36,
      marginLeft: narrow ? 44 : 56,
      marginRight: narrow ? 16 : 20,
      marginBottom: 56,
      x: { domain: reviews, label: 'Review', type: 'point', inset: narrow ? 20 : 30 },
      y: {
        domain: range.better === 'higher' ? [range.min, range.max] : [range.max, range.min],
        label: `Mean total score (${range.better} is better)`,
        labelArrow: 'up',
        grid: true,
        ticks: narrow ? 4 : 5,
      },
      marks: [
        Plot.line(points, { x: 'review', y: (point: (typeof points)[number]) => point.figure.value, stroke: PRIMARY, strokeWidth: 2.5, ariaHidden: 'true' }),
        Plot.dot(points, { x: 'review', y: (point: (typeof points)[number]) => point.figure.value, fill: PRIMARY, r: 4, ariaHidden: 'true' }),
        Plot.text(points, {
          x: 'review',
          y: (point: (typeof points)[number]) => point.figure.value,
          text: (point: (typeof points)[number]) => formatFigure(point.figure).value,
          dy: -12,
          fill: 'currentColor',
          ariaHidden: 'true',
        }),
        // "n=" from the published count of clients with a total, and only where that count is shown.
        Plot.text(
          points.filter((point) => point.clients),
          {
            x: 'review',
            frameAnchor: 'bottom',
            dy: 34,
            text: (point: (typeof points)[number]) => `n=${point.clients ? formatFigure(point.clients).value : ''}`,
            fill: MUTED_INK,
            fontSize: narrow ? 12 : 10,
            ariaHidden: 'true',
          },
        ),
      ],
    });
  };
  const allReviews = [...new Set(allMeans.map(review))].sort((a, b) => a - b);
  const meanAt = (at: number) => allMeans.find((figure) => review(figure) === at);
  const everyCount = figuresOf(figures, M['total-assessed'].id, [REVIEW_DIMENSION]);
  const table: ChartTable = {
    caption: 'Mean total score across every domain, by review',
    columns: ['Review', 'Clients with a total', 'Mean total'],
    rows: allReviews.map((at) => {
      const count = everyCount.find((figure) => review(figure) === at);
      const mean = meanAt(at);
      return [`Review ${at}`, count ? formatFigure(count).value : NONE, mean ? formatFigure(mean).inline : NONE];
    }),
  };
  const change = figures.find((figure) => figure.metric === M['total-change-mean'].id && figure.breakdowns.length === 0);
  const first = points[0];
  const last = points.at(-1);
  const clients = (point: (typeof points)[number]) => (point.clients ? ` (${formatFigure(point.clients).value} clients)` : '');
  const journey =
    first && last && first !== last
      ? ` The mean total was ${formatFigure(first.figure).value} at review ${first.review}${clients(first)} and ${formatFigure(last.figure).value} at review ${last.review}${clients(last)}.`
      : '';
  const changeSentence =
    change && drawable(change)
      ? ` Among clients with a total at two reviews, the mean change from their first to their latest total was ${formatFigure(change).value}, counted so that an improvement is positive.`
      : '';
  const description = `Line chart of the mean total score at each of ${points.length} reviews, on a total of ${range.min} to ${range.max} where ${direction}.${journey}${changeSentence}`;
  const firstClients = first?.clients ? `${formatFigure(first.clients).value} clients with a total at review ${first.review}` : `From review ${first?.review ?? ''}`;
  const lastClients = last?.clients && last !== first ? `, ${formatFigure(last.clients).value} at review ${last.review}` : '';
  return assembleChart(
    {
      id: ID,
      kind: 'total-score',
      options: {},
      title: 'Total score by review',
      subtitle: `${firstClients}${lastClients} · ${context.period}`,
      description,
      note: `On this scale ${direction}. The number under each point is how many clients had a total at that review: later means describe fewer people.`,
      draw,
      table,
      drawn: [...means, ...points.flatMap((point) => (point.clients ? [point.clients] : []))],
      rows: { total: allMeans.length, undrawn: allMeans.length - means.length },
      tooFew: 'Most of these means describe too few clients',
    },
    context,
  );
}
