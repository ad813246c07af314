import type { MessageInputs } from './messageInputs.ts';
import { listLabels } from './extremes.ts';
import { groupInSentence } from './groupInSentence.ts';
import { largestRecordedGroups } from './largestRecordedGroups.ts';
import { byOneDimension } from './messageFigures.ts';

/**
 * "Most clients were male (70%)" when one group is over half; otherwise "The largest group of
 * clients was male (46%)", and groups that tie are "the largest groups … (40% each)". A label that
 * is not a plain word is quoted as written (groupInSentence). The group with nothing recorded is
 * never named (largestRecordedGroups).
 */
export function cohortMessage({ figures, options }: MessageInputs): string | null {
  const dimension = options['dimension'];
  if (dimension === undefined) return null;
  const largest = largestRecordedGroups(byOneDimension(figures, 'cohort-share', dimension));
  const first = largest?.[0];
  if (!largest || !first) return null;
  const names = listLabels(largest.map((group) => ({ ...group, label: groupInSentence(group.label) })));
  const shown = first.shown.shown;
  if (largest.length > 1) return `The largest groups of clients were ${names} (${shown} each)`;
  if (first.shown.number > 50) return `Most clients were ${names.startsWith('“') ? `in the group ${names}` : names} (${shown})`;
  return `The largest group of clients was ${names} (${shown})`;
}
