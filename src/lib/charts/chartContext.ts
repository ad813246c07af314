import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { Provenance } from '../manifest/manifestSchema.ts';
import type { FontMetrics } from '../text/fontMetrics.ts';

/** The site font's metrics, so the downloadable SVG wraps its title, notes and source as they will be drawn. */
export interface ChartFonts {
  readonly regular: FontMetrics;
  readonly bold: FontMetrics;
}

/** What every chart needs besides its figures. */
export interface ChartContext {
  /** Server-side DOM document to draw into (supplied by the I/O layer, reused for every chart). */
  readonly document: Document;
  /** The evaluation period, as the page writes it. */
  readonly period: string;
  /** Titles of the published documents the evaluation draws on. */
  readonly sources: readonly string[];
  readonly fonts: ChartFonts;
}

const PROVENANCE_WORDS: Record<Provenance, string> = {
  real: 'published figures',
  'synthetic-reconstruction': 'synthetic reconstruction of published figures',
  illustrative: 'illustrative data',
};

/** "Source: data/tayside/outcomes.csv (synthetic reconstruction of published figures); <report>." */
export function sourceLine(figures: readonly PublishedFigure[], context: ChartContext): string {
  const files = [...new Set(figures.map((figure) => `${figure.source} (${PROVENANCE_WORDS[figure.provenance]})`))];
  const published = context.sources.length > 0 ? `; drawn from ${context.sources.join('; ')}` : '';
  return `Source: ${files.join(', ')}${published}.`;
}
