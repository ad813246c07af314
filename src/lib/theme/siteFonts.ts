import type { FontMetrics } from '../text/fontMetrics.ts';

/**
 * The site's typeface (site.yaml's `font`, src/lib/theme/bundledFonts.ts) as drawings use it: the
 * CSS font-family charts and diagrams name, so their labels match the prose, and its metrics,
 * regular and bold, to wrap those labels as they will be drawn (scripts/io/siteFontMetrics.ts).
 */
export interface SiteFonts {
  readonly family: string;
  readonly regular: FontMetrics;
  readonly bold: FontMetrics;
}
