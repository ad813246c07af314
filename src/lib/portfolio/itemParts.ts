import type { EvaluationResult } from '../pipeline/evaluationResult.ts';
import type { KeyFindingSegment } from '../narrative/keyFindingText.ts';

/** A piece of an item as a page lays it out: words, or a figure as a sentence reads it. */
export type ItemPart =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'figure';
      readonly id: string;
      /** The figure's value as a sentence gives it, or for a protected figure the phrase that stands in its place (formatFigure's `prose`). */
      readonly value: string;
      /** What follows the value in the sentence (its base), possibly empty. */
      readonly rest: string;
      readonly definition: string;
    };

/**
 * An item's (or key finding's) words with its figures written as the evaluation publishes them:
 * never a number of its own, so a protected figure reads as its phrase, never its value. A figure
 * the data step did not publish cannot reach here: it was refused when the site was built.
 */
export function itemParts(segments: readonly KeyFindingSegment[], evaluation: Pick<EvaluationResult, 'figures' | 'slug'>): ItemPart[] {
  return segments.map((segment): ItemPart => {
    if (segment.kind === 'text') return { kind: 'text', text: segment.text };
    const figure = evaluation.figures.find((candidate) => candidate.id === segment.id);
    if (!figure) throw new Error(`unknown indicator id "${segment.id}" in evaluation ${evaluation.slug}`);
    return { kind: 'figure', id: figure.id, value: figure.text.prose.value, rest: figure.text.prose.rest, definition: figure.definition };
  });
}

/** The item as one line of plain text (a link's words, a page's description). */
export function itemPlainText(parts: readonly ItemPart[]): string {
  return parts.map((part) => (part.kind === 'text' ? part.text : `${part.value}${part.rest}`)).join('');
}
