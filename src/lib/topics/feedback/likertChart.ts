import * as Plot from '@observablehq/plot';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { indicatorId } from '../../figures/indicatorId.ts';
import { slugify } from '../../text/slug.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { textColourOn } from '../../theme/contrast.ts';
import { describeExtremes } from '../../charts/describeExtremes.ts';
import { drawable, figuresOf, partLabel, partValue } from '../../figures/figureLookup.ts';
import { divergingColours, INK, PAGE, SEGMENT_GAP } from '../../theme/palette.ts';
import { plotDefaults } from '../../charts/plotDefaults.ts';

const ID = 'chart-response-share-by-question';

/**
 * Diverging Likert bars: one bar per question, negative responses to the left of zero, positive
 * to the right, and a neutral middle response (on odd scales) centred on zero. Segments are
 * labelled with their share when wide enough.
 */
export function likertChart(figures: readonly PublishedFigure[], responses: readonly string[], context: ChartContext): ChartResult | undefined {
  const totals = figuresOf(figures, 'responses', ['question']);
  if (totals.length === 0 || responses.length < 2 || responses.length > 7) return undefined;
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const colours = divergingColours(responses.length);
  const middle = responses.length % 2 === 1 ? (responses.length - 1) / 2 : -1;
  const rows = totals.flatMap((total) => {
    const question = { dimension: 'question', value: partValue(total, 'question') };
    const shares = responses.map((response) => byId.get(indicatorId('response-share', [question, { dimension: 'response', value: slugify(response) }])));
    const agreed = byId.get(indicatorId('agreed', [question]));
    if (shares.some((share) => share === undefined) || !agreed) return [];
    return [{ label: partLabel(total, 'question'), total, agreed, shares: shares as PublishedFigure[] }];
  });
  if (rows.length === 0) return undefined;
  // A question with a protected response is not drawn (its segments would measure it): table only.
  const segments = rows
    .filter((row) => row.shares.every(drawable))
    .flatMap((row) => {
      const neutral = middle >= 0 ? (row.shares[middle]?.value ?? 0) : 0;
      const negatives = middle >= 0 ? middle : responses.length / 2;
      let left = -neutral / 2 - row.shares.slice(0, negatives).reduce((sum, share) => sum + share.value, 0);
      return row.shares.map((share, index) => {
        const segment = { row: row.label, response: responses[index] ?? '', x1: left, x2: left + share.value, figure: share, colour: colours[index] ?? INK };
        left += share.value;
        return segment;
      });
    });
  const svg = Plot.plot({
    ...plotDefaults(context),
    width: 680,
    height: 70 + rows.length * 40,
    marginLeft: 250,
    marginRight: 20,
    x: { domain: [-100, 100], label: '← disagree · share of responses (%) · agree →', labelAnchor: 'center', tickFormat: (value: number) => `${Math.abs(value)}`, grid: true },
    y: { domain: rows.map((row) => row.label), label: null, axis: null },
    color: { domain: [...responses], range: [...colours], legend: false },
    marks: [
      // Questions wrap onto several lines rather than being cut off.
      Plot.axisY({ lineWidth: 22, tickSize: 0, fontSize: 11, ariaHidden: 'true' }),
      Plot.barX(segments, { x1: 'x1', x2: 'x2', y: 'row', fill: 'response', stroke: PAGE, strokeWidth: SEGMENT_GAP, ariaHidden: 'true' }),
      Plot.text(
        segments.filter((segment) => segment.x2 - segment.x1 >= 12),
        {
          x: (segment: (typeof segments)[number]) => (segment.x1 + segment.x2) / 2,
          y: 'row',
          text: (segment: (typeof segments)[number]) => formatFigure(segment.figure).value,
          fill: (segment: (typeof segments)[number]) => textColourOn(segment.colour),
          ariaHidden: 'true',
        },
      ),
      Plot.text(
        rows.filter((row) => !row.shares.every(drawable)),
        { x: 0, y: 'label', text: () => 'not drawn: small numbers (see the table)', fill: 'currentColor', ariaHidden: 'true' },
      ),
      Plot.ruleX([0], { stroke: INK, ariaHidden: 'true' }),
    ],
  });
  const table: ChartTable = {
    caption: 'Responses to each feedback question',
    columns: ['Question', 'Answered', ...responses, 'Agreed'],
    rows: rows.map((row) => [row.label, formatFigure(row.total).value, ...row.shares.map((share) => formatFigure(share).inline), formatFigure(row.agreed).inline]),
  };
  const ranked = rows.filter((row) => drawable(row.agreed)).map((row) => ({ label: `“${row.label}”`, value: row.agreed.value, shown: formatFigure(row.agreed).value }));
  const title = 'What clients said';
  const description = `Diverging bar chart of responses on a ${responses.length}-point scale from "${responses[0] ?? ''}" to "${responses.at(-1) ?? ''}" for ${rows.length} questions. Agreement was ${describeExtremes(ranked)}.`;
  const drawn = rows.flatMap((row) => [row.total, row.agreed, ...row.shares]);
  return assembleChart(
    {
      id: ID,
      kind: 'likert',
      options: {},
      title,
      subtitle: `${
        rows
          .filter((row) => drawable(row.total))
          .map((row) => row.total.value)
          .reduce((a, b) => Math.max(a, b), 0) || 'Few'
      } responses at most per question · ${context.period}`,
      description,
      note: `Colours run from "${responses[0] ?? ''}" (left, darkest orange) to "${responses.at(-1) ?? ''}" (right, darkest blue)${middle >= 0 ? `; "${responses[middle] ?? ''}" is centred on zero` : ''}. The data table gives every share.`,
      svg: svg,
      // Only what is drawn needs explaining: a chart with no bars has no colours.
      legend: (segments.length === 0 ? [] : responses).map((response, index) => ({ label: response, colour: colours[index] ?? INK, mark: 'bar' as const })),
      table,
      drawn: drawn,
    },
    context,
  );
}
