import { SITE_FONT_FAMILY } from './siteFont.ts';

/**
 * The typefaces a site may choose in site.yaml (`font`): only those evalsite bundles from
 * @fontsource and publishes with the site, never one loaded from another server (a reader's
 * visit would be reported to it). Charts and diagrams measure their labels with the site font's
 * metrics (scripts/io/siteFontMetrics.ts), so a family joins this list only with its metrics and
 * its files for the share images. Today there is one.
 */
export const BUNDLED_FONTS = {
  'atkinson-hyperlegible-next': { family: SITE_FONT_FAMILY, name: 'Atkinson Hyperlegible Next' },
} as const;

export type BundledFont = keyof typeof BUNDLED_FONTS;

export const DEFAULT_FONT: BundledFont = 'atkinson-hyperlegible-next';
