/**
 * The scheme of a URL as a browser reads it, lower-cased with its colon (`javascript:`), or
 * undefined for a relative address (`/images/a.png`, `#top`, `report.pdf`). Browsers ignore
 * tabs, line breaks, other control characters and invisible ones inside a scheme, and leading
 * spaces, so `java&#x09;script:` (once its entity is decoded) and ` JavaScript:` are both
 * `javascript:`; they are removed before reading it.
 */
export function urlScheme(url: string): string | undefined {
  // Control characters, spaces and invisible (default-ignorable) characters, which browsers skip.
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f\p{Default_Ignorable_Code_Point}]/gu, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return match ? `${match[1]?.toLowerCase()}:` : undefined;
}

/** Schemes that run code or smuggle a document inside the address itself. */
export const CODE_SCHEMES: readonly string[] = ['javascript:', 'vbscript:', 'data:'];
