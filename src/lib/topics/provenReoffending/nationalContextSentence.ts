import { formatPercentTenths } from '../../figures/formatFigure.ts';
import type { NationalContext } from '../../manifest/manifestSchema.ts';

/**
 * A national proven re-offending rate as the page gives it: one sentence, beside the service's rate
 * for the same age group and never in its table, chart or a difference, saying that it is context
 * and why it is no comparison (a national cohort is everyone dealt with, not people like these).
 */
export function nationalContextSentence(entry: NationalContext): string {
  const source = entry.source.url === undefined ? entry.source.title : `${entry.source.title}, ${entry.source.url}`;
  return (
    `For context, not comparison: the national proven re-offending rate for ${entry.group} was ${formatPercentTenths(entry.rate)} in ${entry.period} (${source}); ` +
    'it is for everyone cautioned, convicted or released from custody in England and Wales, not a group like this service’s clients, so the gap between the two rates says nothing about what the service did.'
  );
}
