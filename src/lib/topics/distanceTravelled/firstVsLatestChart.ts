import { lineRadial, scaleLinear, select } from 'd3';
import { formatBaseCount, formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { Scale } from '../../manifest/manifestSchema.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { describeExtremes } from '../../charts/describeExtremes.ts';
import { drawable, figuresOf, partLabel, partValue } from '../../figures/figureLookup.ts';
import { GRID, INK, MUTED_INK, SERIES_COLOURS } from '../../theme/palette.ts';
import type { ChartLayout } from '../../charts/chartLayout.ts';
import { wrapText } from '../../text/wrapText.ts';
import { drawingDocument } from '../../charts/drawingDocument.ts';

const ID = 'chart-assessment-mean-first-vs-latest';
/** Each layout's height, the radar's radius and the size of its ring labels, px: the narrow one never sets text under 12 px. */
const SIZES = { wide: { height: 560, radius: 190, tickFont: 10 }, narrow: { height: 270, radius: 62, tickFont: 12 } } as const;
/** Distance from the outer ring to a domain's label, and between a label's lines, px. */
const LABEL_GAP = 18;
const LINE_HEIGHT = 14;

/**
 * A radar of domain means at the first and the latest review, drawn with d3 (Plot has no polar
 * scale). The better end of the scale is always outward, so a larger shape is better whichever
 * way the scale runs. The two reviews differ by line style as well as colour.
 */
export function firstVsLatestChart(figures: readonly PublishedFigure[], scale: Scale, context: ChartContext): ChartResult | undefined {
  const allMeans = figuresOf(figures, 'assessment-mean', ['domain', 'review']);
  const means = allMeans.filter(drawable);
  const domains = [...new Set(means.map((figure) => partLabel(figure, 'domain')))];
  if (domains.length < 3) return undefined;
  const pick = (domain: string, which: 'first' | 'latest') => {
    const own = means.filter((figure) => partLabel(figure, 'domain') === domain).sort((a, b) => Number(partValue(a, 'review')) - Number(partValue(b, 'review')));
    return which === 'first' ? own[0] : own.at(-1);
  };
  const rows = domains.flatMap((domain) => {
    const first = pick(domain, 'first');
    const latest = pick(domain, 'latest');
    return first && latest && first !== latest ? [{ domain, first, latest }] : [];
  });
  if (rows.length < 3) return undefined;

  const series = [
    { label: `Review ${partValue(rows[0]?.first ?? (means[0] as PublishedFigure), 'review')} (first)`, values: rows.map((row) => row.first), colour: SERIES_COLOURS[1], dash: '6 4' },
    { label: 'Latest review', values: rows.map((row) => row.latest), colour: SERIES_COLOURS[0], dash: null },
  ];
  const angle = (index: number) => (2 * Math.PI * index) / rows.length;
  // The same radar in both layouts; narrow, it is smaller, and each domain's label wraps to the room beside it.
  const draw = (layout: ChartLayout) => {
    const { height, radius: outer, tickFont } = SIZES[layout.name];
    const width = layout.width;
    const radius = scaleLinear()
      .domain(scale.better === 'higher' ? [scale.min, scale.max] : [scale.max, scale.min])
      .range([0, outer]);
    // A label beside the radar has the room between the ring and the drawing's edge.
    const labelWidth = width / 2 - outer - LABEL_GAP - 4;
    const svgElement = drawingDocument(context).createElementNS('http://www.w3.org/2000/svg', 'svg');
    const svg = select(svgElement)
      .attr('viewBox', `0 0 ${width} ${height}`)
      .attr('width', width)
      .attr('height', height)
      .attr('class', 'evalsite-chart')
      .attr('font-family', context.fonts.family)
      .attr('font-size', 12);
    const centre = svg
      .append('g')
      .attr('transform', `translate(${width / 2},${height / 2 - (layout.name === 'wide' ? 20 : 0)})`)
      .attr('aria-hidden', 'true');
    for (const tick of radius.ticks(layout.name === 'wide' ? 4 : 2)) {
      centre.append('circle').attr('r', radius(tick)).attr('fill', 'none').attr('stroke', GRID);
      centre.append('text').attr('class', 'tick').attr('x', 4).attr('y', -radius(tick)).attr('fill', MUTED_INK).attr('font-size', tickFont).text(String(tick));
    }
    rows.forEach((row, index) => {
      const x = Math.sin(angle(index)) * (outer + LABEL_GAP);
      const y = -Math.cos(angle(index)) * (outer + LABEL_GAP);
      centre
        .append('line')
        .attr('x2', Math.sin(angle(index)) * outer)
        .attr('y2', -Math.cos(angle(index)) * outer)
        .attr('stroke', GRID);
      // A label at the top or bottom is centred on its spoke and may be twice as wide.
      const lines = wrapText(context.fonts.regular, row.domain, { fontSize: 12, maxWidth: Math.abs(x) < 1 ? 2 * labelWidth : labelWidth }).lines;
      const label = centre
        .append('text')
        .attr('x', x)
        .attr('y', y - ((lines.length - 1) * LINE_HEIGHT) / 2)
        .attr('text-anchor', Math.abs(x) < 1 ? 'middle' : x > 0 ? 'start' : 'end')
        .attr('dominant-baseline', 'middle')
        .attr('fill', INK);
      lines.forEach((line, lineIndex) =>
        label
          .append('tspan')
          .attr('x', x)
          .attr('dy', lineIndex === 0 ? 0 : LINE_HEIGHT)
          .text(line),
      );
    });
    const shape = lineRadial<PublishedFigure>()
      .angle((_figure, index) => angle(index))
      .radius((figure) => radius(figure.value));
    for (const { values, colour, dash } of series) {
      const path = centre
        .append('path')
        .attr('d', `${shape(values) ?? ''}Z`)
        .attr('fill', 'none')
        .attr('stroke', colour)
        .attr('stroke-width', 2.5);
      if (dash) path.attr('stroke-dasharray', dash);
    }
    return svgElement;
  };

  const table: ChartTable = {
    caption: 'Mean score at the first and the latest review, by domain',
    columns: ['Domain', 'First review', 'Latest review'],
    rows: rows.map((row) => [
      row.domain,
      `${formatFigure(row.first).inline} at review ${partValue(row.first, 'review')}`,
      `${formatFigure(row.latest).inline} at review ${partValue(row.latest, 'review')}`,
    ]),
  };
  const gains = rows.map((row) => {
    const gain = (row.latest.value - row.first.value) * (scale.better === 'higher' ? 1 : -1);
    return { label: row.domain, value: gain, shown: gain.toFixed(1) };
  });
  const title = 'First and latest review compared';
  const description = `Radar chart of the mean score in ${rows.length} domains at the first and the latest review, with the better end of the ${scale.min} to ${scale.max} scale outward. The difference between the two means was ${describeExtremes(gains, { highest: 'largest', lowest: 'smallest' })}.`;
  const drawn = rows.flatMap((row) => [row.first, row.latest]);
  return assembleChart(
    {
      id: ID,
      kind: 'first-vs-latest',
      options: {},
      title,
      subtitle: `${largestBase(rows.map((row) => row.first))} clients at the first review, ${largestBase(rows.map((row) => row.latest))} at the latest · ${context.period}`,
      description,
      note: 'Each shape joins the mean scores of everyone assessed at that review; fewer people were assessed later, so the shapes describe slightly different groups.',
      draw,
      // The legend is written beside the chart in the page and drawn into the downloadable file.
      legend: series.map(({ label, colour, dash }) => ({ label, colour, mark: dash ? ('dashed-line' as const) : ('line' as const) })),
      table,
      drawn: drawn,
      // A spoke per domain: a domain whose means are protected is left off the radar.
      rows: { total: new Set(allMeans.map((figure) => partLabel(figure, 'domain'))).size, undrawn: new Set(allMeans.map((figure) => partLabel(figure, 'domain'))).size - rows.length },
      tooFew: 'Most of these means describe too few clients',
    },
    context,
  );
}

/** The largest base among the figures, as its figure writes it ("about 50" under rounding). */
function largestBase(figures: readonly PublishedFigure[]): string {
  const largest = figures.reduce<PublishedFigure | undefined>((best, figure) => ((figure.denominator ?? 0) > (best?.denominator ?? -1) ? figure : best), undefined);
  return formatBaseCount(largest) || '0';
}
