import type { ChartContext } from './chartContext.ts';
import { drawingDocument } from './drawingDocument.ts';

/** Options every Plot chart shares: the server-side document, the class and the site's font. */
export function plotDefaults(context: ChartContext) {
  return {
    document: drawingDocument(context),
    className: 'evalsite-chart',
    style: { fontFamily: context.fonts.family, fontSize: '12px' },
  };
}
