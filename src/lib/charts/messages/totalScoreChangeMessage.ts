import type { MessageInputs } from './messageInputs.ts';
import { publishedExactly } from './publishedExactly.ts';
import { wholeCohort } from './messageFigures.ts';

/** "57% of clients improved their total score from their first to their latest review", when that share is published exactly. */
export function totalScoreChangeMessage({ figures }: MessageInputs): string | null {
  const improved = publishedExactly(wholeCohort(figures, 'total-improved'));
  return improved ? `${improved.shown} of clients improved their total score from their first to their latest review` : null;
}
