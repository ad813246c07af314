import type { MessageInputs } from './messageInputs.ts';
import { extremes, listLabels } from './extremes.ts';
import { inSentence } from './inSentence.ts';
import { byOneDimension } from './messageFigures.ts';
import { publishedExactly } from './publishedExactly.ts';

/**
 * "Clients improved most often on motivation (73%), least often on children and families (24%)".
 * Only for the chart of domains alone: a chart by domain and group compares groups, which one
 * sentence cannot do fairly.
 */
export function outcomeStatusMessage({ figures, options }: MessageInputs): string | null {
  if (Object.keys(options).length > 0) return null;
  const bars = byOneDimension(figures, 'improved', 'domain').map(({ label, figure }) => ({ label: inSentence(label), shown: publishedExactly(figure) }));
  const found = extremes(bars);
  if (!found) return null;
  const { highest, lowest } = found;
  return `Clients improved most often on ${listLabels(highest)} (${highest[0]?.shown.shown ?? ''}), least often on ${listLabels(lowest)} (${lowest[0]?.shown.shown ?? ''})`;
}
