import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { extremes, type NamedFigure } from './extremes.ts';
import { NOT_RECORDED_VALUE } from './notRecorded.ts';
import { publishedExactly } from './publishedExactly.ts';

/**
 * The largest groups a message may name: never the group with nothing recorded ("Not recorded" is
 * not a kind of client), and only when that group, if drawn, is published exactly and smaller, so
 * "the largest group" is true of every bar the chart draws. Null when no group can honestly be named.
 */
export function largestRecordedGroups(groups: ReadonlyArray<{ readonly label: string; readonly figure: PublishedFigure }>): readonly NamedFigure[] | null {
  const isNotRecorded = (figure: PublishedFigure) => figure.breakdowns.some((part) => part.value === NOT_RECORDED_VALUE);
  const found = extremes(groups.filter(({ figure }) => !isNotRecorded(figure)).map(({ label, figure }) => ({ label, shown: publishedExactly(figure) })));
  const largest = found?.highest[0]?.shown.number;
  if (!found || largest === undefined) return null;
  const notRecordedSmaller = groups.filter(({ figure }) => isNotRecorded(figure)).every(({ figure }) => (publishedExactly(figure)?.number ?? Infinity) < largest);
  return notRecordedSmaller ? found.highest : null;
}
