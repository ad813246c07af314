import type { MessageInputs } from './messageInputs.ts';
import { extremes, listLabels } from './extremes.ts';
import { publishedExactly } from './publishedExactly.ts';
import { byOneDimension } from './messageFigures.ts';

/** "The largest group of clients was Women (54%)"; two that tie are "the largest groups … (50% each)". */
export function cohortMessage({ figures, options }: MessageInputs): string | null {
  const dimension = options['dimension'];
  if (dimension === undefined) return null;
  const found = extremes(byOneDimension(figures, 'cohort-share', dimension).map(({ label, figure }) => ({ label, shown: publishedExactly(figure) })));
  if (!found) return null;
  const { highest } = found;
  const shown = highest[0]?.shown.shown ?? '';
  return highest.length === 1 ? `The largest group of clients was ${listLabels(highest)} (${shown})` : `The largest groups of clients were ${listLabels(highest)} (${shown} each)`;
}
