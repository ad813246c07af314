import * as Plot from '@observablehq/plot';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { indicatorId } from '../../figures/indicatorId.ts';
import { ENGAGEMENT_METRICS } from './metrics.ts';
import type { AgeBand } from '../../manifest/manifestSchema.ts';
import { AGE_BAND_DIMENSION } from './engagementFigures.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartResult } from '../../charts/chartResult.ts';
import { PRIMARY, SERIES_COLOURS } from '../../theme/palette.ts';
import type { ChartLayout } from '../../charts/chartLayout.ts';
import { describeExtremes } from '../../charts/describeExtremes.ts';
import { drawable } from '../../figures/figureLookup.ts';
import { drawingDocument } from '../../charts/drawingDocument.ts';

const CHART_ID = 'chart-engaged-by-age-band';
/** Said with the chart and with its table alone: bands that overlap make the rows add up to more than the cohort. */
const OVERLAP = 'Age bands are defined by the evaluation and may overlap, so a client can count in more than one band.';
const MEASURES = ['engaged', 'engaged-over-3-months', 'engaged-over-6-months'] as const;
const MEASURE_COLOURS: Record<(typeof MEASURES)[number], string> = { engaged: PRIMARY, 'engaged-over-3-months': SERIES_COLOURS[0], 'engaged-over-6-months': SERIES_COLOURS[2] };
const MEASURE_LABELS: Record<(typeof MEASURES)[number], string> = {
  engaged: 'Engaged',
  'engaged-over-3-months': 'Over 3 months',
  'engaged-over-6-months': 'Over 6 months',
};

/**
 * Engagement by age band: for each band, the share engaged, engaged over three months and over
 * six months, as horizontal bars labelled with the published (rounded) figure. The document drawn
 * into is a server-side DOM supplied by the caller, so this stays pure.
 */
export function engagementByAgeBandChart(figures: readonly PublishedFigure[], ageBands: readonly AgeBand[], context: ChartContext): ChartResult | undefined {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const data = ageBands.flatMap((band) =>
    MEASURES.flatMap((measure) => {
      const figure = byId.get(indicatorId(measure, [{ dimension: AGE_BAND_DIMENSION, value: band.id }]));
      return figure ? [{ band: band.label, measure: MEASURE_LABELS[measure], percent: figure.value, figure }] : [];
    }),
  );
  if (data.length === 0) return undefined;
  // Protected figures appear in the table as shown ("over 95%"), never drawn at their true value.
  const visible = data.filter((datum) => drawable(datum.figure));
  const bands = [...new Set(data.map((datum) => datum.band))];
  // Wide: age bands named on the right. Narrow: each band named above its three bars, and room on the right only for the values.
  const draw = (layout: ChartLayout) => {
    const narrow = layout.name === 'narrow';
    const marginLeft = narrow ? 96 : 110;
    return Plot.plot({
      document: drawingDocument(context),
      className: 'evalsite-chart',
      style: { fontFamily: context.fonts.family, fontSize: '12px' },
      width: layout.width,
      height: narrow ? 74 + bands.length * 104 : 70 + bands.length * 96,
      ...(narrow ? { marginTop: 30 } : {}),
      marginLeft,
      // Room on the right for the value labels ("100%") and, beyond them, the age-band names.
      marginRight: narrow ? 44 : 150,
      x: { domain: [0, 100], label: 'Share of clients in the band (%)', labelAnchor: narrow ? 'left' : 'center', grid: true, ...(narrow ? { ticks: 5 } : {}) },
      y: { domain: Object.values(MEASURE_LABELS), label: null },
      fy: narrow ? { domain: bands, label: null, axis: null, padding: 0.28 } : { domain: bands, label: null, axis: 'right', tickPadding: 46 },
      color: { domain: Object.values(MEASURE_LABELS), range: MEASURES.map((measure) => MEASURE_COLOURS[measure]) },
      marks: [
        // The band's name over its bars, from the drawing's left edge.
        ...(narrow
          ? [
              Plot.text(bands, {
                fy: (band: string) => band,
                text: (band: string) => band,
                frameAnchor: 'top-left',
                lineAnchor: 'bottom',
                dx: 4 - marginLeft,
                dy: -6,
                fontWeight: 'bold',
                fill: 'currentColor',
                ariaHidden: 'true',
              }),
            ]
          : []),
        // Marks are hidden from assistive technology: the SVG is one image with a description and a
        // data table beside it, and Plot's per-mark aria-labels on role-less groups fail axe.
        Plot.barX(visible, { x: 'percent', y: 'measure', fy: 'band', fill: 'measure', ariaHidden: 'true' }),
        Plot.text(data, {
          x: (datum: (typeof data)[number]) => (drawable(datum.figure) ? datum.percent : 0),
          y: 'measure',
          fy: 'band',
          text: (datum: (typeof data)[number]) => formatFigure(datum.figure).value,
          dx: 4,
          textAnchor: 'start',
          fill: 'currentColor',
          ariaHidden: 'true',
        }),
        Plot.ruleX([0], { ariaHidden: 'true' }),
      ],
    });
  };
  const table = {
    caption: 'Engagement by age band (share of clients in each band)',
    columns: ['Age band', 'Clients', ...MEASURES.map((measure) => ENGAGEMENT_METRICS[measure].label)],
    rows: ageBands.flatMap((band) => {
      const referred = byId.get(indicatorId('referred', [{ dimension: AGE_BAND_DIMENSION, value: band.id }]));
      if (!referred) return [];
      const cells = MEASURES.map((measure) => {
        const figure = byId.get(indicatorId(measure, [{ dimension: AGE_BAND_DIMENSION, value: band.id }]));
        return figure ? formatFigure(figure).inline : '';
      });
      return [[band.label, formatFigure(referred).value, ...cells]];
    }),
  };
  const sixMonths = visible.filter((datum) => datum.measure === MEASURE_LABELS['engaged-over-6-months']);
  const title = 'Engagement by age band';
  const ranked = sixMonths.map((datum) => ({ label: datum.band, value: datum.figure.value, shown: formatFigure(datum.figure).value }));
  const description = `Bar chart of the share of clients who engaged, engaged for over three months and engaged for over six months, in each of ${bands.length} age band${bands.length === 1 ? '' : 's'}. The share engaged for over six months was ${describeExtremes(ranked, { unranked: bands.length - ranked.length })}.`;
  const drawn = data.map((datum) => datum.figure);
  const everyone = byId.get('referred');
  return assembleChart(
    {
      id: CHART_ID,
      kind: 'engagement-by-age-band',
      options: {},
      title,
      subtitle: `${everyone ? `${formatFigure(everyone).value} clients referred` : 'Clients referred'} · ${context.period}`,
      description,
      note: `Age is whole years at the start of mentoring. ${OVERLAP}`,
      tableNote: OVERLAP,
      draw,
      legend: MEASURES.map((measure) => ({ label: MEASURE_LABELS[measure], colour: MEASURE_COLOURS[measure], mark: 'bar' as const })),
      table,
      drawn: drawn,
      rows: { total: data.length, undrawn: data.length - visible.length },
      tooFew: 'Most of these shares describe too few clients',
    },
    context,
  );
}
