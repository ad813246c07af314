import * as Plot from '@observablehq/plot';
import { undrawnRowsSentence } from '../../charts/undrawnRowsSentence.ts';
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
import { COMBINED_COLOURS, divergingColours, INK, PAGE, SEGMENT_GAP } from '../../theme/palette.ts';
import { plotDefaults } from '../../charts/plotDefaults.ts';
import { leftAxisLabels } from '../../charts/leftAxisLabels.ts';
import { NARROW, type ChartLayout } from '../../charts/chartLayout.ts';
import { rowLabelsAbove, rulesAcrossRows } from '../../charts/rowLabelsAbove.ts';

const ID = 'chart-response-share-by-question';
/** Room for the questions, px. */
const MARGIN_LEFT = 250;
/** Narrowest segment, in percentage points, with its share written inside: 12 wide, 24 narrow (where a point is about 1.5 px and "100%" needs 32). */
const LABEL_MIN = { wide: 12, narrow: 24 } as const;
/** Thickness of a bar in the narrow drawing, px. */
const NARROW_BAR = 22;

/** The segment names of responses published together (`mergeSmallResponses`): no single response is called this. */
const COMBINED = { against: 'Did not agree (combined)', for: 'Agreed (combined)' } as const;
/** The same as the legend names them: what each holds, and why. */
const COMBINED_LEGEND = { against: 'Did not agree, combined to protect privacy', for: 'Agreed, combined to protect privacy' } as const;

interface Segment {
  readonly row: string;
  readonly response: string;
  readonly x1: number;
  readonly x2: number;
  readonly figure: PublishedFigure;
  readonly colour: string;
}

/**
 * Diverging Likert bars: one bar per question, negative responses to the left of zero, positive
 * to the right, and a neutral middle response (on odd scales) centred on zero. Segments are
 * labelled with their share when wide enough. Where disclosure control published a side of the
 * scale as one figure (too few gave one of its responses), that side is one segment in a colour of
 * its own: "did not agree" (neutral answers included) left of zero, or "agreed" right of it.
 * `agreeIndex` is where agreeing starts on the scale (as in `feedbackDistribution`).
 */
export function likertChart(figures: readonly PublishedFigure[], responses: readonly string[], context: ChartContext, agreeIndex = Math.ceil(responses.length / 2)): ChartResult | undefined {
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
    const notAgreed = byId.get(indicatorId('not-agreed', [question]));
    return [{ label: partLabel(total, 'question'), total, agreed, notAgreed, shares: shares as PublishedFigure[] }];
  });
  if (rows.length === 0) return undefined;
  const merged = (share: PublishedFigure) => share.disclosure?.treatment === 'collapsed';
  // A question with a protected response is not drawn (its segments would measure it), unless the
  // side holding it was published as one figure that can be drawn: table only otherwise.
  const segmentsOf = (row: (typeof rows)[number]): Segment[] | undefined => {
    if (row.shares.every(drawable)) {
      const neutral = middle >= 0 ? (row.shares[middle]?.value ?? 0) : 0;
      const negatives = middle >= 0 ? middle : responses.length / 2;
      let left = -neutral / 2 - row.shares.slice(0, negatives).reduce((sum, share) => sum + share.value, 0);
      return row.shares.map((share, index) => {
        const segment = { row: row.label, response: responses[index] ?? '', x1: left, x2: left + share.value, figure: share, colour: colours[index] ?? INK };
        left += share.value;
        return segment;
      });
    }
    const against = row.shares.slice(0, agreeIndex);
    const agreeing = row.shares.slice(agreeIndex);
    const againstMerged = against.length > 0 && against.every(merged);
    const forMerged = agreeing.length > 0 && agreeing.every(merged);
    if (!againstMerged && !forMerged) return undefined;
    if (againstMerged ? !row.notAgreed || !drawable(row.notAgreed) : !against.every(drawable)) return undefined;
    if (forMerged ? !drawable(row.agreed) : !agreeing.every(drawable)) return undefined;
    // With "did not agree" merged, zero is where agreeing starts; otherwise the neutral point is centred as usual.
    const neutral = !againstMerged && middle >= 0 && middle < agreeIndex ? (row.shares[middle]?.value ?? 0) : 0;
    const left: Segment[] = [];
    if (againstMerged && row.notAgreed) {
      left.push({ row: row.label, response: COMBINED.against, x1: -row.notAgreed.value, x2: 0, figure: row.notAgreed, colour: COMBINED_COLOURS.against });
    } else {
      let x = neutral / 2 - against.reduce((sum, share) => sum + share.value, 0);
      for (const [index, share] of against.entries()) {
        left.push({ row: row.label, response: responses[index] ?? '', x1: x, x2: x + share.value, figure: share, colour: colours[index] ?? INK });
        x += share.value;
      }
    }
    if (forMerged) return [...left, { row: row.label, response: COMBINED.for, x1: neutral / 2, x2: neutral / 2 + row.agreed.value, figure: row.agreed, colour: COMBINED_COLOURS.for }];
    let x = neutral / 2;
    return [
      ...left,
      ...agreeing.map((share, offset) => {
        const segment = { row: row.label, response: responses[agreeIndex + offset] ?? '', x1: x, x2: x + share.value, figure: share, colour: colours[agreeIndex + offset] ?? INK };
        x += share.value;
        return segment;
      }),
    ];
  };
  const drawnRows = new Map(
    rows.flatMap((row) => {
      const segments = segmentsOf(row);
      return segments ? [[row.label, segments] as const] : [];
    }),
  );
  const segments = [...drawnRows.values()].flat();
  const anyCombined = segments.some((segment) => segment.response === COMBINED.against || segment.response === COMBINED.for);
  // Wide: questions in a left margin. Narrow: each question above its bar, three ticks, a shorter axis title.
  const draw = (layout: ChartLayout) => {
    const narrow = layout.name === 'narrow';
    const above = narrow
      ? rowLabelsAbove(
          context,
          rows.map((row) => row.label),
          { maxWidth: NARROW.width - 28, bar: NARROW_BAR },
        )
      : undefined;
    const marginTop = 20 + (above?.top ?? 0);
    const wideLabel = anyCombined ? '← disagree (or did not agree) · share of responses (%) · agree →' : '← disagree · share of responses (%) · agree →';
    const narrowLabel = anyCombined ? '← did not agree · share (%) · agree →' : '← disagree · share (%) · agree →';
    return Plot.plot({
      ...plotDefaults(context),
      width: layout.width,
      height: above ? marginTop + above.height + 44 : 80 + rows.length * 40,
      ...(above ? { marginTop } : {}),
      marginLeft: narrow ? 14 : MARGIN_LEFT,
      marginRight: narrow ? 14 : 20,
      // Room under the tick labels for the axis title: Plot's default margin sets it over them at this font size.
      marginBottom: narrow ? 44 : 40,
      x: {
        domain: [-100, 100],
        ...(narrow ? { ticks: [-100, -50, 0, 50, 100] } : {}),
        label: narrow ? narrowLabel : wideLabel,
        labelAnchor: 'center',
        tickFormat: (value: number) => `${Math.abs(value)}`,
        grid: true,
      },
      y: above ? above.y : { domain: rows.map((row) => row.label), label: null, axis: null },
      color: {
        domain: [...responses, ...(anyCombined ? [COMBINED.against, COMBINED.for] : [])],
        range: [...colours, ...(anyCombined ? [COMBINED_COLOURS.against, COMBINED_COLOURS.for] : [])],
        legend: false,
      },
      marks: [
        // Questions wrap onto several lines rather than being cut off.
        ...(above ? above.marks : [leftAxisLabels(context, MARGIN_LEFT)]),
        Plot.barX(segments, { x1: 'x1', x2: 'x2', y: 'row', fill: 'response', stroke: PAGE, strokeWidth: SEGMENT_GAP, ariaHidden: 'true' }),
        Plot.text(
          segments.filter((segment) => segment.x2 - segment.x1 >= LABEL_MIN[layout.name]),
          {
            x: (segment: (typeof segments)[number]) => (segment.x1 + segment.x2) / 2,
            y: 'row',
            text: (segment: (typeof segments)[number]) => formatFigure(segment.figure).value,
            fill: (segment: (typeof segments)[number]) => textColourOn(segment.colour),
            ariaHidden: 'true',
          },
        ),
        Plot.text(
          rows.filter((row) => !drawnRows.has(row.label)),
          // Narrow, from the left edge, clear of the rule at zero.
          { x: narrow ? -100 : 0, y: 'label', textAnchor: narrow ? 'start' : 'middle', text: () => 'not drawn: small numbers', fill: 'currentColor', ariaHidden: 'true' },
        ),
        ...(narrow
          ? rulesAcrossRows(
              rows.map((row) => row.label),
              [0],
              { stroke: INK },
            )
          : [Plot.ruleX([0], { stroke: INK, ariaHidden: 'true' })]),
      ],
    });
  };
  const anyNotAgreed = rows.some((row) => row.notAgreed !== undefined);
  const table: ChartTable = {
    caption: 'Responses to each feedback question',
    columns: ['Question', 'Answered', ...responses, ...(anyNotAgreed ? ['Did not agree'] : []), 'Agreed'],
    rows: rows.map((row) => [
      row.label,
      formatFigure(row.total).value,
      ...row.shares.map((share) => formatFigure(share).inline),
      ...(anyNotAgreed ? [row.notAgreed ? formatFigure(row.notAgreed).inline : '—'] : []),
      formatFigure(row.agreed).inline,
    ]),
  };
  const ranked = rows.filter((row) => drawable(row.agreed)).map((row) => ({ label: `“${row.label}”`, value: row.agreed.value, shown: formatFigure(row.agreed).value }));
  const title = 'What clients said';
  const description = `Diverging bar chart of responses on a ${responses.length}-point scale from "${responses[0] ?? ''}" to "${responses.at(-1) ?? ''}" for ${rows.length} questions.${undrawnRowsSentence(rows.length - drawnRows.size)} Agreement was ${describeExtremes(ranked, { unranked: rows.length - ranked.length })}.`;
  // Said to be centred only where a neutral bar is drawn: merged into "did not agree", it is not.
  const neutralDrawn = middle >= 0 && segments.some((segment) => segment.response === responses[middle]);
  // Only the sides drawn combined are explained.
  const combinedSides = [
    ...(segments.some((segment) => segment.response === COMBINED.against) ? ['"did not agree" (every answer short of agreeing, neutral included)'] : []),
    ...(segments.some((segment) => segment.response === COMBINED.for) ? ['"agreed"'] : []),
  ];
  const drawn = rows.flatMap((row) => [row.total, row.agreed, ...(row.notAgreed ? [row.notAgreed] : []), ...row.shares]);
  return assembleChart(
    {
      id: ID,
      kind: 'likert',
      options: {},
      title,
      // A total not published may be hidden to protect another figure rather than small: said so, never "few".
      subtitle: `${responsesSubtitle(
        rows.filter((row) => drawable(row.total)).map((row) => row.total.value),
        rows.length,
      )} · ${context.period}`,
      description,
      // No colour is named, and no answer is said to be in the legend unless drawn: the legend gives the colours of those drawn.
      note: `The scale runs from "${responses[0] ?? ''}" at the left to "${responses.at(-1) ?? ''}" at the right${neutralDrawn ? `; "${responses[middle] ?? ''}" is centred on zero` : ''}; the legend gives the colour of each answer drawn.${
        combinedSides.length > 0 ? ` Where too few people gave one of the answers on a side of the scale, that side is one bar, so that no one can be picked out: ${combinedSides.join(' or ')}.` : ''
      } The data table gives every share.`,
      draw,
      // Only the colours drawn, in the scale's order: a legend naming a colour no bar has sends a reader looking for it.
      legend: [
        ...responses.map((response, index) => ({ response, label: response, colour: colours[index] ?? INK })),
        { response: COMBINED.against, label: COMBINED_LEGEND.against, colour: COMBINED_COLOURS.against },
        { response: COMBINED.for, label: COMBINED_LEGEND.for, colour: COMBINED_COLOURS.for },
      ]
        .filter((entry) => segments.some((segment) => segment.response === entry.response))
        .map(({ label, colour }) => ({ label, colour, mark: 'bar' as const })),
      table,
      drawn: drawn,
      rows: { total: rows.length, undrawn: rows.length - drawnRows.size },
      tooFew: 'Too few clients gave most of the answers',
    },
    context,
  );
}

/** The most responses to a question, from the totals that are published. */
function responsesSubtitle(shown: readonly number[], questions: number): string {
  if (shown.length === 0) return 'Number of responses per question not published exactly';
  const hidden = questions - shown.length;
  // A hidden total may be larger than the largest shown, so "at most" is said only when every total is shown.
  return hidden === 0
    ? `${Math.max(...shown)} responses at most per question`
    : `Up to ${Math.max(...shown)} responses per question shown, the number not published exactly for ${hidden} question${hidden === 1 ? '' : 's'}`;
}
