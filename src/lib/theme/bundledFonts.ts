/**
 * The typefaces a site may choose in site.yaml (`font`): only those evalsite bundles from
 * @fontsource and publishes with the site, never one loaded from another server (a reader's
 * visit would be reported to it). Everything that sets text follows the choice: the pages load
 * that family's files alone (the layout imports `@evalsite-font`, which astro.config.mjs points at
 * its package), charts and diagrams name it and wrap their labels with its metrics
 * (scripts/io/siteFontMetrics.ts), and the PNGs are drawn with its files (scripts/io/svgToPng.ts).
 * Each is published in regular (400) and bold (700), Latin and Latin Extended.
 */
export const BUNDLED_FONTS = {
  'atkinson-hyperlegible-next': { name: 'Atkinson Hyperlegible Next', generic: 'sans-serif' },
  'source-sans-3': { name: 'Source Sans 3', generic: 'sans-serif' },
  'source-serif-4': { name: 'Source Serif 4', generic: 'serif' },
} as const satisfies Record<string, { readonly name: string; readonly generic: 'sans-serif' | 'serif' }>;

export type BundledFont = keyof typeof BUNDLED_FONTS;

export const DEFAULT_FONT: BundledFont = 'atkinson-hyperlegible-next';

/** The bundled typefaces' ids, in the order docs/site-settings.md lists them (the default first). */
export const BUNDLED_FONT_IDS = Object.keys(BUNDLED_FONTS) as [BundledFont, ...BundledFont[]];

/** Whether a value (an environment variable, a line of YAML) names a bundled typeface. */
export function isBundledFont(value: unknown): value is BundledFont {
  return typeof value === 'string' && Object.hasOwn(BUNDLED_FONTS, value);
}

/**
 * The CSS font-family of a bundled typeface, for pages and every SVG: the family, then the
 * reader's own typeface of the same kind for a character it lacks (or an SVG opened on its own).
 */
export function fontFamily(font: BundledFont): string {
  const { name, generic } = BUNDLED_FONTS[font];
  return generic === 'serif' ? `'${name}', Georgia, serif` : `'${name}', system-ui, sans-serif`;
}
