import type { KeyFindingSegment } from './keyFindingText.ts';

/**
 * A sentence of words and `{figure}`s (a key finding, a chart title) as the summary's causal check
 * reads a paragraph: its words as text, its figures as <Indicator>s, so one check serves all three.
 */
export function segmentsAsParagraph(segments: readonly KeyFindingSegment[]) {
  return {
    type: 'paragraph',
    children: segments.map((segment) =>
      segment.kind === 'text' ? { type: 'text', value: segment.text } : { type: 'mdxJsxTextElement', name: 'Indicator', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: segment.id }] },
    ),
  };
}
