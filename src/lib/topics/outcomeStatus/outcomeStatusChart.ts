import * as Plot from '@observablehq/plot';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { indicatorId } from '../../figures/indicatorId.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import { assembleChart } from '../../charts/assembleChart.ts';
import type { ChartResult, ChartTable } from '../../charts/chartResult.ts';
import { describeExtremes } from '../../charts/describeExtremes.ts';
import { INK, PAGE, SEGMENT_GAP, STATUS_COLOURS } from '../../theme/palette.ts';
import { SITE_FONT_FAMILY } from '../../theme/siteFont.ts';
import { textColourOn } from '../../theme/contrast.ts';
import { drawable } from '../../figures/figureLookup.ts';

const STATUSES = ['deteriorated', 'maintained', 'improved'] as const;
type Status = (typeof STATUSES)[number];
const STATUS_LABELS: Record<Status, string> = { deteriorated: 'Deteriorated', maintained: 'Maintained', improved: 'Improved' };
const MERGED_LABEL = 'Maintained or deteriorated';

/** One bar: a domain, or a domain within one group. */
interface Row {
  readonly label: string;
  readonly domain: string;
  readonly group: string | null;
  readonly reviewed: PublishedFigure;
  readonly shares: Record<Status, PublishedFigure>;
  /** "Maintained or deteriorated", where disclosure control merged the two. */
  readonly merged: PublishedFigure | undefined;
}

type SegmentStatus = Status | 'merged';

/**
 * Diverging stacked bars of improved / maintained / deteriorated per domain (optionally per group
 * within each domain): improvement to the right of zero, deterioration to the left, and
 * "maintained" centred on zero so the two directions read against each other. Every segment is
 * labelled with its published figure when it is wide enough, so colour is never the only cue.
 */
export function outcomeStatusChart(figures: readonly PublishedFigure[], context: ChartContext, { group }: { group?: string } = {}): ChartResult | undefined {
  const rows = statusRows(figures, group);
  if (rows.length === 0) return undefined;
  const id = group ? `chart-improved-by-domain-and-${group}` : 'chart-improved-by-domain';
  const groupName = group?.replace(/-/g, ' ');
  const segments = rows.flatMap((row): Array<{ row: string; status: SegmentStatus; x1: number; x2: number; figure: PublishedFigure }> => {
    const { improved, maintained, deteriorated } = row.shares;
    if (row.merged && drawable(row.merged) && drawable(improved)) {
      // Merged by disclosure control: everything not improved sits left of zero, in one segment.
      return [
        { row: row.label, status: 'merged', x1: -row.merged.value, x2: 0, figure: row.merged },
        { row: row.label, status: 'improved', x1: 0, x2: improved.value, figure: improved },
      ];
    }
    // A row with any protected status is not drawn: its bars would show what the table hides.
    if (![improved, maintained, deteriorated].every(drawable)) return [];
    const starts: Record<Status, number> = { deteriorated: -maintained.value / 2 - deteriorated.value, maintained: -maintained.value / 2, improved: maintained.value / 2 };
    return STATUSES.map((status) => ({ row: row.label, status, x1: starts[status], x2: starts[status] + row.shares[status].value, figure: row.shares[status] }));
  });
  const fillOf = (status: SegmentStatus) => (status === 'merged' ? STATUS_COLOURS.maintained : STATUS_COLOURS[status]);
  const hiddenRows = rows.filter((row) => !segments.some((segment) => segment.row === row.label));
  const labels = rows.map((row) => row.label);
  const svg = Plot.plot({
    document: context.document,
    className: 'evalsite-chart',
    style: { fontFamily: SITE_FONT_FAMILY, fontSize: '12px' },
    width: 680,
    height: 60 + rows.length * (group ? 38 : 30),
    marginLeft: 260,
    marginRight: 20,
    x: { domain: [-100, 100], label: '← deteriorated · share of clients reviewed (%) · improved →', labelAnchor: 'center', tickFormat: (value: number) => `${Math.abs(value)}`, grid: true },
    y: { domain: labels, label: null, axis: null },
    color: { domain: [...STATUSES.map((status) => STATUS_LABELS[status]), MERGED_LABEL], range: [...STATUSES.map((status) => STATUS_COLOURS[status]), STATUS_COLOURS.maintained] },
    marks: [
      // Long domain names wrap onto two lines rather than being cut off.
      Plot.axisY({ lineWidth: 24, tickSize: 0, fontSize: 11, ariaHidden: 'true' }),
      Plot.barX(segments, {
        x1: 'x1',
        x2: 'x2',
        y: 'row',
        fill: (segment: (typeof segments)[number]) => (segment.status === 'merged' ? MERGED_LABEL : STATUS_LABELS[segment.status]),
        stroke: PAGE,
        strokeWidth: SEGMENT_GAP,
        ariaHidden: 'true',
      }),
      Plot.text(
        segments.filter((segment) => segment.x2 - segment.x1 >= 12),
        {
          x: (segment: (typeof segments)[number]) => (segment.x1 + segment.x2) / 2,
          y: 'row',
          text: (segment: (typeof segments)[number]) => formatFigure(segment.figure).value,
          fill: (segment: (typeof segments)[number]) => textColourOn(fillOf(segment.status)),
          ariaHidden: 'true',
        },
      ),
      Plot.text(hiddenRows, { x: 0, y: 'label', text: () => 'not drawn: small numbers (see the table)', fill: 'currentColor', ariaHidden: 'true' }),
      Plot.ruleX([0], { stroke: INK, ariaHidden: 'true' }),
    ],
  });
  const anyMerged = rows.some((row) => row.merged !== undefined);
  const table: ChartTable = {
    caption: groupName ? `Outcome status by domain and ${groupName}` : 'Outcome status by domain',
    columns: [group ? 'Domain and group' : 'Domain', 'Reviewed', 'Improved', 'Maintained', 'Deteriorated', ...(anyMerged ? [MERGED_LABEL] : [])],
    rows: rows.map((row) => [
      row.label,
      formatFigure(row.reviewed).value,
      ...(['improved', 'maintained', 'deteriorated'] as const).map((status) => formatFigure(row.shares[status]).inline),
      ...(anyMerged ? [row.merged ? formatFigure(row.merged).inline : '—'] : []),
    ]),
  };
  const ranked = rows.filter((row) => drawable(row.shares.improved)).map((row) => ({ label: row.label, value: row.shares.improved.value, shown: formatFigure(row.shares.improved).value }));
  const title = groupName ? `Outcome status by domain and ${groupName}` : 'Outcome status by domain';
  const description = `Diverging bar chart of the share of clients who improved, maintained or deteriorated in ${rows.length} ${group ? 'domain and group combinations' : 'domains'}. ${ranked.length > 0 ? ` The share improved was ${describeExtremes(ranked)}.` : ''}`;
  const reviewedTotals = rows.filter((row) => drawable(row.reviewed)).map((row) => row.reviewed.value);
  const drawn = rows.flatMap((row) => [row.reviewed, ...STATUSES.map((status) => row.shares[status]), ...(row.merged ? [row.merged] : [])]);
  const protectedNote =
    anyMerged || hiddenRows.length > 0 ? ' Where a status describes fewer people than the privacy threshold, it is merged with its neighbour or the row is not drawn; the table says which.' : '';
  return assembleChart(
    {
      id: id,
      kind: 'outcome-status',
      options: group ? { group } : {},
      title,
      subtitle: `${reviewedTotals.length === 0 ? 'Small numbers of' : Math.min(...reviewedTotals) === Math.max(...reviewedTotals) ? Math.min(...reviewedTotals) : `${Math.min(...reviewedTotals)} to ${Math.max(...reviewedTotals)}`} clients reviewed per bar · ${context.period}`,
      description,
      note: `Each bar has its own base: not every client was reviewed in every domain. Maintained is centred on zero.${protectedNote}`,
      svg: svg,
      table,
      drawn: drawn,
      rows: { total: rows.length, undrawn: hiddenRows.length },
      tooFew: 'Too few clients had most of these outcomes',
    },
    context,
  );
}

/** The bars, from the `reviewed` and status figures; a bar needs all four. */
function statusRows(figures: readonly PublishedFigure[], group: string | undefined): Row[] {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  return figures
    .filter((figure) => figure.metric === 'reviewed' && figure.breakdowns[0]?.dimension === 'domain')
    .filter((figure) => (group ? figure.breakdowns.length === 2 && figure.breakdowns[1]?.dimension === group : figure.breakdowns.length === 1))
    .flatMap((reviewed) => {
      const parts = reviewed.breakdowns.map(({ dimension, value }) => ({ dimension, value }));
      const shares = Object.fromEntries(STATUSES.map((status) => [status, byId.get(indicatorId(status, parts))])) as Record<Status, PublishedFigure | undefined>;
      if (!shares.improved || !shares.maintained || !shares.deteriorated) return [];
      const [domain, inGroup] = reviewed.breakdowns;
      return [
        {
          label: inGroup ? `${domain?.label ?? ''} — ${inGroup.label}` : (domain?.label ?? ''),
          domain: domain?.label ?? '',
          group: inGroup?.label ?? null,
          reviewed,
          shares: shares as Record<Status, PublishedFigure>,
          merged: byId.get(indicatorId('maintained-or-deteriorated', parts)),
        },
      ];
    });
}
