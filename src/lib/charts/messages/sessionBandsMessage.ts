import type { MessageInputs } from './messageInputs.ts';
import { extremes, listLabels } from './extremes.ts';
import { publishedExactly } from './publishedExactly.ts';
import { byOneDimension } from './messageFigures.ts';

/** "The largest group of clients had 21 or more sessions (34)"; bands that tie are named together. */
export function sessionBandsMessage({ figures }: MessageInputs): string | null {
  const found = extremes(byOneDimension(figures, 'clients-by-sessions', 'sessions').map(({ label, figure }) => ({ label, shown: publishedExactly(figure) })));
  if (!found) return null;
  const { highest } = found;
  const shown = highest[0]?.shown.shown ?? '';
  return highest.length === 1 ? `The largest group of clients had ${listLabels(highest)} (${shown})` : `The largest groups of clients had ${listLabels(highest)} (${shown} each)`;
}
