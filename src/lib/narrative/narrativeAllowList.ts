/**
 * What the summary text may contain besides Markdown and the three components: plain HTML
 * elements that only lay out text, each with the few attributes it needs. An allow-list, not a
 * deny-list, so an element or attribute nobody thought of (a new event handler, `set:html`,
 * `<portal>`) is refused rather than let through.
 */
const TEXT_ELEMENTS = ['p', 'br', 'hr', 'em', 'strong', 'b', 'i', 's', 'small', 'sub', 'sup', 'mark', 'q', 'cite', 'abbr', 'span', 'code', 'pre', 'kbd', 'a', 'img'];
const BLOCK_ELEMENTS = ['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'h2', 'h3', 'h4', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'figure', 'figcaption'];

/** The HTML elements the summary text may use, lower-case, in the order the docs list them. */
export const NARRATIVE_ELEMENTS: readonly string[] = [...TEXT_ELEMENTS, ...BLOCK_ELEMENTS];

/** Attributes every allowed element may have. */
const GLOBAL_ATTRIBUTES = ['title', 'lang'];

/** Attributes particular elements may have besides the global ones. */
const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  ol: ['start'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  blockquote: ['cite'],
  q: ['cite'],
};

/** Attributes whose value is an address, checked as one. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'cite']);

/** The attributes an allowed element may have, in the order the docs list them. */
export function allowedAttributes(element: string): readonly string[] {
  return [...(ELEMENT_ATTRIBUTES[element] ?? []), ...GLOBAL_ATTRIBUTES];
}
