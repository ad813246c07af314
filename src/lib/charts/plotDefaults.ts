import type { ChartContext } from './chartContext.ts';
import { SITE_FONT_FAMILY } from '../theme/siteFont.ts';
import { drawingDocument } from './drawingDocument.ts';

/** Options every Plot chart shares: the server-side document, the class and the site's font. */
export function plotDefaults(context: ChartContext) {
  return {
    document: drawingDocument(context),
    className: 'evalsite-chart',
    style: { fontFamily: SITE_FONT_FAMILY, fontSize: '12px' },
  };
}
