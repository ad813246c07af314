import type { MessageInputs } from './messageInputs.ts';
import { publishedExactly } from './publishedExactly.ts';
import { wholeCohort } from './messageFigures.ts';

/**
 * "Recorded offences per client a year fell from 1.5 to 1.0 after mentoring began", for
 * all the clients compared, compared as the chart shows the two rates. It says when, never why:
 * the chart has no comparison group.
 */
export function beforeAfterMessage({ figures }: MessageInputs): string | null {
  const before = publishedExactly(wholeCohort(figures, 'offences-per-year-before'));
  const after = publishedExactly(wholeCohort(figures, 'offences-per-year-after'));
  if (!before || !after) return null;
  if (before.number === after.number) return `Recorded offences per client a year were the same before and after mentoring began (${before.shown})`;
  const way = after.number < before.number ? 'fell' : 'rose';
  return `Recorded offences per client a year ${way} from ${before.shown} to ${after.shown} after mentoring began`;
}
