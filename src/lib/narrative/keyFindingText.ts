/** A piece of a key finding: the author's words, or a figure named by its id in braces. */
export type KeyFindingSegment = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'figure'; readonly id: string };

/** What is wrong with a key finding's wording, before its figures are looked up: never the author's words themselves. */
export type KeyFindingFault = 'unclosed-brace' | 'empty-braces' | 'digit';

/**
 * Splits a key finding into words and figures: `{engaged}` stands for the published figure with
 * that id, written as a sentence reads it. Digits outside the braces are a fault, so that every
 * number a reader sees in a key finding is computed and protected like every other figure.
 */
export function keyFindingText(text: string): { readonly segments: readonly KeyFindingSegment[]; readonly faults: readonly KeyFindingFault[] } {
  const segments: KeyFindingSegment[] = [];
  const faults = new Set<KeyFindingFault>();
  let rest = text;
  while (rest.length > 0) {
    const open = rest.indexOf('{');
    const words = open === -1 ? rest : rest.slice(0, open);
    if (words.length > 0) segments.push({ kind: 'text', text: words });
    // Any character that is a number: decimal digits in any script, and superscripts, fractions, Roman and circled numerals (Unicode Nd, No, Nl).
    if (/[\p{Nd}\p{No}\p{Nl}]/u.test(words)) faults.add('digit');
    // A closing brace among the words closes nothing.
    if (words.includes('}')) faults.add('unclosed-brace');
    if (open === -1) break;
    const close = rest.indexOf('}', open);
    const nextOpen = rest.indexOf('{', open + 1);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      faults.add('unclosed-brace');
      break;
    }
    const id = rest.slice(open + 1, close).trim();
    if (id === '') faults.add('empty-braces');
    else segments.push({ kind: 'figure', id });
    rest = rest.slice(close + 1);
  }
  return { segments, faults: [...faults] };
}
