import type { ChartContext } from './chartContext.ts';
import { SITE_FONT_FAMILY } from '../theme/siteFont.ts';

/** Options every Plot chart shares: the server-side document, the class and the site's font. */
export function plotDefaults(context: ChartContext) {
  return {
    document: context.document,
    className: 'evalsite-chart',
    style: { fontFamily: SITE_FONT_FAMILY, fontSize: '12px' },
  };
}
