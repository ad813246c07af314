import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { Provenance } from '../manifest/manifestSchema.ts';
import type { SiteFonts } from '../theme/siteFonts.ts';

/** The site's typeface: charts name its family, and the downloadable SVG wraps its title, notes and source with its metrics. */
export type ChartFonts = SiteFonts;

/** What every chart needs besides its figures. */
export interface ChartContext {
  /**
   * Server-side DOM document to draw into (supplied by the I/O layer, reused for every chart); null
   * when nothing is to be drawn (`evalsite check`): charts then come back whole but for their drawings.
   */
  readonly document: Document | null;
  /** The evaluation period, as the page writes it. */
  readonly period: string;
  /**
   * Titles of the published documents this context's charts draw on, named in each chart's source
   * line. Only documents a chart is known to draw on (a Justice Data Lab report for its results):
   * the manifest does not say which of an evaluation's sources each dataset comes from, so those
   * are listed once at the page's foot instead.
   */
  readonly sources: readonly string[];
  /** Message titles the author wrote, by chart id, with their figures already written in (manifest `chart_titles`). */
  readonly titles?: ReadonlyMap<string, string>;
  readonly fonts: ChartFonts;
}

const PROVENANCE_WORDS: Record<Provenance, string> = {
  real: 'published figures',
  'synthetic-reconstruction': 'synthetic reconstruction of published figures',
  illustrative: 'illustrative data',
};

/**
 * The chart's own source, briefly: "Source: outcomes.csv (synthetic reconstruction of published
 * figures)." The data files its figures come from, by name when they share one folder (the
 * evaluation's), by path when they do not (the site-wide Justice Data Lab page), and any document
 * the context says these charts draw on. The page lists the evaluation's documents in full, once.
 */
export function sourceLine(figures: readonly PublishedFigure[], context: ChartContext): string {
  const folder = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
  const oneFolder = new Set(figures.map((figure) => folder(figure.source))).size === 1;
  const files = [...new Set(figures.map((figure) => `${oneFolder ? figure.source.slice(folder(figure.source).length) : figure.source} (${PROVENANCE_WORDS[figure.provenance]})`))];
  const published = context.sources.length > 0 ? `; drawn from ${context.sources.join('; ')}` : '';
  return `Source: ${files.join(', ')}${published}.`;
}
