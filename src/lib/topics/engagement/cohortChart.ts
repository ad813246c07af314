import * as Plot from '@observablehq/plot';
import { formatBaseCount, formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { textColourOn } from '../../theme/contrast.ts';
import { describeExtremes } from '../../charts/describeExtremes.ts';
import { drawable, figuresOf } from '../../figures/figureLookup.ts';
import { PAGE, SEGMENT_GAP, SERIES_COLOURS } from '../../theme/palette.ts';
import { plotDefaults } from '../../charts/plotDefaults.ts';
import type { ChartLayout } from '../../charts/chartLayout.ts';
import { widestText } from '../../charts/rowLabelsAbove.ts';

/**
 * Cohort composition for one characteristic: a single 100% bar split into its values, each
 * segment labelled with its name and share (age bands are left out: they may overlap).
 */
export function cohortChart(figures: readonly PublishedFigure[], dimension: string, context: ChartContext): ChartResult | undefined {
  const shares = figuresOf(figures, 'cohort-share', [dimension]);
  if (shares.length < 2 || dimension === 'age-band') return undefined;
  // A composition bar with a protected segment would let a reader measure it: table only then.
  const drawAll = shares.every(drawable);
  const id = `chart-cohort-share-by-${dimension}`;
  const colours = shares.map((_share, index) => SERIES_COLOURS[index % SERIES_COLOURS.length] ?? SERIES_COLOURS[0]);
  let start = 0;
  const segments = (drawAll ? shares : []).map((figure, index) => {
    const segment = { label: figure.breakdowns[0]?.label ?? '', x1: start, x2: start + figure.value, figure, colour: colours[index] ?? SERIES_COLOURS[0] };
    start += figure.value;
    return segment;
  });
  const name = dimension.replace(/-/g, ' ');
  // Wide: a segment of 12 points or more carries its name and share. Narrow, where a point is about 3 px, a segment carries what fits of them: both, the share alone, or nothing (the legend and table name it).
  const draw = (layout: ChartLayout) => {
    const narrow = layout.name === 'narrow';
    const margin = narrow ? 14 : 20;
    const pixelsPerPoint = (layout.width - 2 * margin) / 100;
    const full = (segment: (typeof segments)[number]) => `${segment.label} ${formatFigure(segment.figure).value}`;
    const fits = (segment: (typeof segments)[number], text: string) => widestText(context, [text]) + 8 <= (segment.x2 - segment.x1) * pixelsPerPoint;
    const written = segments.flatMap((segment) => {
      if (!narrow) return segment.x2 - segment.x1 >= 12 ? [{ segment, text: full(segment) }] : [];
      if (fits(segment, full(segment))) return [{ segment, text: full(segment) }];
      return fits(segment, formatFigure(segment.figure).value) ? [{ segment, text: formatFigure(segment.figure).value }] : [];
    });
    return Plot.plot({
      ...plotDefaults(context),
      width: layout.width,
      height: 120,
      marginLeft: margin,
      // Room under the tick labels for the axis title: Plot's default margin sets it over them at this font size.
      marginBottom: 40,
      marginRight: margin,
      x: { domain: [0, 100], label: `Share of clients by ${name} (%)`, ...(narrow ? { ticks: 5 } : {}) },
      y: { axis: null },
      marks: [
        Plot.barX(segments, { x1: 'x1', x2: 'x2', y: () => name, fill: 'colour', stroke: PAGE, strokeWidth: SEGMENT_GAP, ariaHidden: 'true' }),
        Plot.text(written, {
          x: ({ segment }: (typeof written)[number]) => (segment.x1 + segment.x2) / 2,
          y: () => name,
          text: 'text',
          fill: ({ segment }: (typeof written)[number]) => textColourOn(segment.colour),
          ariaHidden: 'true',
        }),
      ],
    });
  };
  const table: ChartTable = {
    caption: `Clients by ${name}`,
    columns: [name.charAt(0).toUpperCase() + name.slice(1), 'Share of clients'],
    rows: shares.map((figure) => [figure.breakdowns[0]?.label ?? '', formatFigure(figure).inline]),
  };
  const ranked = shares.filter(drawable).map((figure) => ({ label: figure.breakdowns[0]?.label ?? '', value: figure.value, shown: formatFigure(figure).value }));
  const title = `Who the clients were: ${name}`;
  const description = `Stacked bar of the ${shares.length} ${name.endsWith('group') ? `${name}s` : `${name} groups`} among clients. The share was ${describeExtremes(ranked, { unranked: shares.length - ranked.length })}.`;
  return assembleChart(
    {
      id: id,
      kind: 'cohort',
      options: { dimension },
      title,
      subtitle: `${formatBaseCount(shares[0]) || '0'} clients · ${context.period}`,
      description,
      note: 'Segments too narrow to label are named in the data table.',
      draw,
      // Named left to right, as the segments run: narrow segments carry no label of their own.
      legend: segments.map((segment) => ({ label: segment.label, colour: segment.colour, mark: 'bar' as const })),
      table,
      drawn: shares,
      // One bar: with any segment protected, none is drawn.
      rows: { total: shares.length, undrawn: drawAll ? 0 : shares.length },
      tooFew: 'Too few clients are in some of these groups',
    },
    context,
  );
}
