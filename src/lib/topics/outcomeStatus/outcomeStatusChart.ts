import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { indicatorId } from '../../figures/indicatorId.ts';
import type { ChartContext } from '../../charts/chartContext.ts';
import type { ChartResult } from '../../charts/chartResult.ts';
import { drawable } from '../../figures/figureLookup.ts';
import { STATUSES, statusBarsChart, type Status, type StatusRow } from './statusBarsChart.ts';

/**
 * Outcome status per domain (optionally per group within each domain), drawn as
 * `statusBarsChart` draws shares of statuses: deteriorated left of zero, improved right of it,
 * maintained in its own column, a merged "maintained or deteriorated" in the merged grey there.
 */
export function outcomeStatusChart(figures: readonly PublishedFigure[], context: ChartContext, { group }: { group?: string } = {}): ChartResult | undefined {
  const rows = statusRows(figures, group);
  const groupName = group?.replace(/-/g, ' ');
  const reviewedTotals = rows.filter((row) => drawable(row.reviewed)).map((row) => row.reviewed.value);
  const title = groupName ? `Outcome status by domain and ${groupName}` : 'Outcome status by domain';
  return statusBarsChart(
    rows,
    {
      id: group ? `chart-improved-by-domain-and-${group}` : 'chart-improved-by-domain',
      kind: 'outcome-status',
      options: group ? { group } : {},
      title,
      subtitle: `${reviewedSubtitle(reviewedTotals, rows.length)} · ${context.period}`,
      caption: title,
      rowHeading: group ? 'Domain and group' : 'Domain',
      baseHeading: 'Reviewed',
      rowsWord: `${rows.length} ${group ? 'domain and group combinations' : 'domains'}`,
      rowHeight: group ? 38 : 30,
      axisLabel: 'share of clients reviewed (%)',
      note: 'Each bar has its own base: not every client was reviewed in every domain. Deteriorated is drawn left of zero and improved right of it; maintained (no change) has its own column on the right.',
      tableNote: 'Each row has its own base: not every client was reviewed in every domain.',
      tooFew: 'Too few clients had most of these outcomes',
    },
    context,
  );
}

/**
 * How many were reviewed per bar, from the bases that are published. A base not published may be
 * hidden to protect another figure rather than small, so it is said to be unpublished, not few.
 */
function reviewedSubtitle(shown: readonly number[], bars: number): string {
  if (shown.length === 0) return 'Number of clients reviewed per bar not published exactly';
  const low = Math.min(...shown);
  const high = Math.max(...shown);
  const range = low === high ? `${low}` : `${low} to ${high}`;
  const hidden = bars - shown.length;
  return `${range} clients reviewed per bar${hidden > 0 ? `, the number not published exactly for ${hidden} bar${hidden === 1 ? '' : 's'}` : ''}`;
}

/** The bars, from the `reviewed` and status figures; a bar needs all four. */
function statusRows(figures: readonly PublishedFigure[], group: string | undefined): StatusRow[] {
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
          reviewed,
          shares: shares as Record<Status, PublishedFigure>,
          merged: byId.get(indicatorId('maintained-or-deteriorated', parts)),
        },
      ];
    });
}
