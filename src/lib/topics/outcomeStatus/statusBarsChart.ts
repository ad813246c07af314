import * as Plot from '@observablehq/plot';
import { undrawnRowsSentence } from '../../charts/undrawnRowsSentence.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { describeExtremes } from '../../charts/describeExtremes.ts';
import { INK, MERGED_STATUS_COLOUR, MUTED_INK, PAGE, SEGMENT_GAP, STATUS_COLOURS } from '../../theme/palette.ts';
import { plotDefaults } from '../../charts/plotDefaults.ts';
import { leftAxisLabels } from '../../charts/leftAxisLabels.ts';
import { NARROW, type ChartLayout } from '../../charts/chartLayout.ts';
import { rowLabelsAbove, rulesAcrossRows, widestText } from '../../charts/rowLabelsAbove.ts';
import type { LegendEntry } from '../../charts/chartLegend.ts';
import { textColourOn } from '../../theme/contrast.ts';
import { drawable } from '../../figures/figureLookup.ts';

export const STATUSES = ['deteriorated', 'maintained', 'improved'] as const;
export type Status = (typeof STATUSES)[number];
const STATUS_LABELS: Record<Status, string> = { deteriorated: 'Deteriorated', maintained: 'Maintained (no change)', improved: 'Improved' };
/** The table's heading for the merged figure: the metric's own label. */
const MERGED_LABEL = 'Maintained or deteriorated';
/** The merged share as the legend names it: what it holds, and why. */
const MERGED_LEGEND = 'No change or worse, combined to protect privacy';
/**
 * Where the no-change column starts on the x scale: the change panel runs from -100 to 100, a gap,
 * then the no-change column from NO_CHANGE to NO_CHANGE + 100. One scale, so a share is as long
 * in either panel.
 */
const NO_CHANGE = 115;
/** Narrowest segment, in percentage points, that has room for its figure written inside it. */
const LABEL_MIN = 15;
/** Narrowest combined segment, in percentage points, with room for "67% combined" inside it. */
const COMBINED_INSIDE = 55;
/** Room for the row labels, px. */
const MARGIN_LEFT = 240;
/** Thickness of a bar in the narrow drawing, px. */
const NARROW_BAR = 20;

/** One bar: a domain, a domain within one group, or a scale's total score. */
export interface StatusRow {
  readonly label: string;
  /** The clients the shares are of: shown in the table's second column. */
  readonly reviewed: PublishedFigure;
  readonly shares: Record<Status, PublishedFigure>;
  /** "Maintained or deteriorated", where disclosure control merged the two. */
  readonly merged: PublishedFigure | undefined;
}

type SegmentStatus = Status | 'merged';

/** What tells one chart of outcome statuses from another: everything but the bars. */
export interface StatusBarsSpec {
  readonly id: string;
  readonly kind: string;
  readonly options: Readonly<Record<string, string>>;
  readonly title: string;
  readonly subtitle: string;
  /** The table's caption and its first two columns' headings. */
  readonly caption: string;
  readonly rowHeading: string;
  readonly baseHeading: string;
  /** What the bars are, counted, for the description: "12 domains". */
  readonly rowsWord: string;
  /** Height of one bar's band, px. */
  readonly rowHeight: number;
  /** The x axis's label: who the shares are of. */
  readonly axisLabel: string;
  /** The note's first sentences, before what is said of merged and undrawn rows. */
  readonly note: string;
  readonly tableNote?: string;
  readonly tooFew: string;
}

/**
 * Shares improved, maintained and deteriorated, one bar each (outcome status per domain, or the
 * change in a scale's total score), with the neutral category drawn apart: deterioration to the left of zero and improvement to the right, so the two
 * directions read against each other, and "maintained" in its own column on the right, starting
 * from its own zero. Where disclosure control has combined maintained and deteriorated, the
 * combined share ("no change or worse") goes in that column in a colour no single status uses,
 * and the deteriorated side of its row says where it went: a combined share is never drawn as if
 * everyone in it got worse. Segments are labelled with their published figures when wide enough,
 * and a legend names every colour, so colour is never the only cue.
 */
export function statusBarsChart(rows: readonly StatusRow[], spec: StatusBarsSpec, context: ChartContext): ChartResult | undefined {
  if (rows.length === 0) return undefined;
  const mergedRows = new Set<string>();
  const segments = rows.flatMap((row): Array<{ row: string; status: SegmentStatus; x1: number; x2: number; figure: PublishedFigure }> => {
    const { improved, maintained, deteriorated } = row.shares;
    if (row.merged && drawable(row.merged) && drawable(improved)) {
      mergedRows.add(row.label);
      return [
        { row: row.label, status: 'improved', x1: 0, x2: improved.value, figure: improved },
        { row: row.label, status: 'merged', x1: NO_CHANGE, x2: NO_CHANGE + row.merged.value, figure: row.merged },
      ];
    }
    // A row with any protected status is not drawn: its bars would show what the table hides.
    if (![improved, maintained, deteriorated].every(drawable)) return [];
    return [
      { row: row.label, status: 'deteriorated', x1: -deteriorated.value, x2: 0, figure: deteriorated },
      { row: row.label, status: 'improved', x1: 0, x2: improved.value, figure: improved },
      { row: row.label, status: 'maintained', x1: NO_CHANGE, x2: NO_CHANGE + maintained.value, figure: maintained },
    ];
  });
  const fillOf = (status: SegmentStatus) => (status === 'merged' ? MERGED_STATUS_COLOUR : STATUS_COLOURS[status]);
  const hiddenRows = rows.filter((row) => !segments.some((segment) => segment.row === row.label));
  const labels = rows.map((row) => row.label);
  const anyMerged = mergedRows.size > 0;
  // Only the colours drawn: a chart whose rows are all combined draws no "deteriorated" or "maintained" bar.
  const legend: LegendEntry[] = (['deteriorated', 'improved', 'maintained', 'merged'] as const)
    .filter((status) => segments.some((segment) => segment.status === status))
    .map((status) => ({ label: status === 'merged' ? MERGED_LEGEND : STATUS_LABELS[status], colour: fillOf(status), mark: 'bar' }));
  // Wide: labels in a left margin. Narrow: each label above its bar, fewer ticks, wider segments before a figure is written inside, and no text under 12 px.
  const draw = (layout: ChartLayout) => {
    const narrow = layout.name === 'narrow';
    // Narrow, where a percentage point is under a pixel, a segment is wide enough for its figure when the figure, as the site font sets it, fits with a little room.
    const pixelsPerPoint = (NARROW.width - 28) / (NO_CHANGE + 200);
    const fits = (segment: (typeof segments)[number]) =>
      narrow ? widestText(context, [formatFigure(segment.figure).value]) + 6 <= (segment.x2 - segment.x1) * pixelsPerPoint : segment.x2 - segment.x1 >= LABEL_MIN;
    // Narrow, "combined" is never written beside the grey bar (there is no room after a long one): the row's "combined →", the column's heading and the legend say it.
    const combinedInside = narrow ? Infinity : COMBINED_INSIDE;
    const small = narrow ? 12 : 10;
    const segmentText = (segment: (typeof segments)[number]) => {
      const value = formatFigure(segment.figure).value;
      return segment.status === 'merged' && segment.x2 - segment.x1 >= combinedInside ? `${value} combined` : value;
    };
    const above = narrow ? rowLabelsAbove(context, labels, { maxWidth: NARROW.width - 28, bar: NARROW_BAR }) : undefined;
    const marginTop = narrow ? 44 + (above?.top ?? 0) : 34;
    return Plot.plot({
      ...plotDefaults(context),
      width: layout.width,
      height: above ? marginTop + above.height + 40 : 84 + rows.length * spec.rowHeight,
      marginTop,
      marginLeft: narrow ? 14 : MARGIN_LEFT,
      marginRight: narrow ? 14 : 24,
      marginBottom: 40,
      x: {
        domain: [-100, NO_CHANGE + 100],
        // Narrow, the no-change column's zero is left to its rule: its label would run into the 100 beside it.
        ticks: narrow ? [-100, -50, 0, 50, 100, NO_CHANGE + 50, NO_CHANGE + 100] : [-100, -50, 0, 50, 100, NO_CHANGE, NO_CHANGE + 50, NO_CHANGE + 100],
        label: spec.axisLabel,
        labelArrow: 'none',
        labelAnchor: 'center',
        tickFormat: (value: number) => `${value >= NO_CHANGE ? value - NO_CHANGE : Math.abs(value)}`,
        grid: true,
      },
      y: above ? above.y : { domain: labels, label: null, axis: null },
      marks: [
        // Long domain names wrap onto two lines rather than being cut off.
        ...(above ? above.marks : [leftAxisLabels(context, MARGIN_LEFT)]),
        // What each side means, over the panels: the words carry the direction, not only the colour.
        Plot.text(
          [
            { x: -50, text: '← deteriorated' },
            { x: 50, text: 'improved →' },
            { x: NO_CHANGE + 50, text: anyMerged ? (narrow ? 'no change\n(or worse)' : 'no change (or worse)') : 'no change' },
          ],
          { x: 'x', text: 'text', frameAnchor: 'top', lineAnchor: 'bottom', dy: narrow ? -6 - (above?.top ?? 0) : -10, fontWeight: 'bold', fill: 'currentColor', ariaHidden: 'true' },
        ),
        Plot.barX(segments, { x1: 'x1', x2: 'x2', y: 'row', fill: (segment: (typeof segments)[number]) => fillOf(segment.status), stroke: PAGE, strokeWidth: SEGMENT_GAP, ariaHidden: 'true' }),
        Plot.text(segments.filter(fits), {
          x: (segment: (typeof segments)[number]) => (segment.x1 + segment.x2) / 2,
          y: 'row',
          text: segmentText,
          fill: (segment: (typeof segments)[number]) => textColourOn(fillOf(segment.status)),
          ariaHidden: 'true',
        }),
        // A combined bar too narrow to say so inside says it just after its end, so no grey bar passes for "maintained" alone.
        Plot.text(
          segments.filter((segment) => segment.status === 'merged' && segment.x2 - segment.x1 < combinedInside && !(narrow && fits(segment))),
          {
            x: 'x2',
            y: 'row',
            dx: 4,
            textAnchor: 'start',
            // Too narrow for its figure as well: the figure goes outside with the word.
            text: (segment: (typeof segments)[number]) => (fits(segment) ? 'combined' : narrow ? formatFigure(segment.figure).value : `${formatFigure(segment.figure).value} combined`),
            fill: MUTED_INK,
            fontSize: small,
            ariaHidden: 'true',
          },
        ),
        // On a merged row the deteriorated side is empty because its people are in the combined bar, not because there are none.
        // Narrow, the short form fits left of zero; the legend says what is combined.
        Plot.text([...mergedRows], {
          x: 0,
          y: (label: string) => label,
          dx: -6,
          textAnchor: 'end',
          text: () => (narrow ? 'combined →' : 'combined with no change →'),
          fill: MUTED_INK,
          fontSize: small,
          ariaHidden: 'true',
        }),
        // Narrow, from the left edge, clear of the rule at zero.
        Plot.text(hiddenRows, {
          x: narrow ? -100 : 0,
          y: 'label',
          textAnchor: narrow ? 'start' : 'end',
          dx: narrow ? 0 : -6,
          text: () => 'not drawn: small numbers',
          fill: 'currentColor',
          ariaHidden: 'true',
        }),
        ...(narrow ? rulesAcrossRows(labels, [0, NO_CHANGE], { stroke: INK }) : [Plot.ruleX([0, NO_CHANGE], { stroke: INK, ariaHidden: 'true' })]),
      ],
    });
  };
  const anyMergedFigure = rows.some((row) => row.merged !== undefined);
  const table: ChartTable = {
    caption: spec.caption,
    columns: [spec.rowHeading, spec.baseHeading, 'Improved', 'Maintained', 'Deteriorated', ...(anyMergedFigure ? [MERGED_LABEL] : [])],
    rows: rows.map((row) => [
      row.label,
      formatFigure(row.reviewed).value,
      ...(['improved', 'maintained', 'deteriorated'] as const).map((status) => formatFigure(row.shares[status]).inline),
      ...(anyMergedFigure ? [row.merged ? formatFigure(row.merged).inline : '—'] : []),
    ]),
  };
  const ranked = rows.filter((row) => drawable(row.shares.improved)).map((row) => ({ label: row.label, value: row.shares.improved.value, shown: formatFigure(row.shares.improved).value }));
  const combined = anyMerged ? ` In ${mergedRows.size} of them maintained and deteriorated are combined as "no change or worse" to protect privacy.` : '';
  const description = `Bar chart of the share of clients who deteriorated (left of zero), improved (right of zero) or maintained (in a column of its own) in ${spec.rowsWord}.${combined}${undrawnRowsSentence(hiddenRows.length)}${improvedSentence(ranked, rows.length)}`;
  const drawn = rows.flatMap((row) => [row.reviewed, ...STATUSES.map((status) => row.shares[status]), ...(row.merged ? [row.merged] : [])]);
  const mergedNote = anyMerged
    ? ' Where deteriorated or maintained describes fewer people than the privacy threshold, the two are combined as "no change or worse" and drawn in light grey in the no-change column, never on the deteriorated side.'
    : '';
  const hiddenNote = hiddenRows.length > 0 ? ' A row whose statuses are too small to show, even combined, is not drawn; the table gives its figures.' : '';
  return assembleChart(
    {
      id: spec.id,
      kind: spec.kind,
      options: spec.options,
      title: spec.title,
      subtitle: spec.subtitle,
      description,
      note: `${spec.note}${mergedNote}${hiddenNote}`,
      draw,
      legend,
      table,
      drawn: drawn,
      rows: { total: rows.length, undrawn: hiddenRows.length },
      tooFew: spec.tooFew,
      ...(spec.tableNote === undefined ? {} : { tableNote: spec.tableNote }),
    },
    context,
  );
}

/** The share improved in words: the highest and lowest among several bars, or the one bar's own share. */
function improvedSentence(ranked: ReadonlyArray<{ readonly label: string; readonly value: number; readonly shown: string }>, bars: number): string {
  if (ranked.length === 0) return '';
  if (bars === 1) return ` The share improved was ${ranked[0]?.shown ?? ''}.`;
  return ` The share improved was ${describeExtremes(ranked, { unranked: bars - ranked.length })}.`;
}
