import { siteComparison, themeCrosswalk, type SiteComparison } from '../lib/index.ts';
import { derivedOnce } from './siteData.ts';

/**
 * The comparison page's view model, worked out once from the site data by the pure library
 * (src/lib/comparison), with domains lined up by their themes: the page lays it out as it is.
 */
export function comparison(): SiteComparison {
  // Domains line up by the theme each manifest maps them to (docs/taxonomy.md). Kept with the site
  // data: the live preview (`evalsite dev`) hands the pages new data after each change.
  return derivedOnce('comparison', (site) => siteComparison(site.evaluations, themeCrosswalk(site.evaluations)));
}
