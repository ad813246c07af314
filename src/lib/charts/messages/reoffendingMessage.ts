import type { MessageInputs } from './messageInputs.ts';
import { publishedExactly } from './publishedExactly.ts';
import { wholeCohort } from './messageFigures.ts';

/** The follow-up windows the chart draws, longest first: the message gives the longest. */
const WINDOWS = [12, 6, 3] as const;

/**
 * "61% of clients followed up for 12 months had an offence recorded by the service": the longest
 * window drawn, and only when its share is published exactly. A shorter window is never put in
 * its place, so a protected longest window leaves the descriptive title.
 */
export function reoffendingMessage({ figures }: MessageInputs): string | null {
  const months = WINDOWS.find((window) => wholeCohort(figures, `reoffended-within-${window}-months`) !== undefined);
  if (months === undefined) return null;
  const share = publishedExactly(wholeCohort(figures, `reoffended-within-${months}-months`));
  return share ? `${share.shown} of clients followed up for ${months} months had an offence recorded by the service` : null;
}
