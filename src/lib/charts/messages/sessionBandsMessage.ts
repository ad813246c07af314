import type { MessageInputs } from './messageInputs.ts';
import { listLabels } from './extremes.ts';
import { largestRecordedGroups } from './largestRecordedGroups.ts';
import { byOneDimension } from './messageFigures.ts';

/** "The largest group of clients had 21 or more sessions (34 clients)"; bands that tie are named together ("7 clients each"). */
export function sessionBandsMessage({ figures }: MessageInputs): string | null {
  const largest = largestRecordedGroups(byOneDimension(figures, 'clients-by-sessions', 'sessions'));
  const first = largest?.[0];
  if (!largest || !first) return null;
  const clients = `${first.shown.shown} ${first.shown.number === 1 ? 'client' : 'clients'}`;
  return largest.length === 1 ? `The largest group of clients had ${listLabels(largest)} (${clients})` : `The largest groups of clients had ${listLabels(largest)} (${clients} each)`;
}
