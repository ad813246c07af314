import { siteComparison, themeCrosswalk, type SiteComparison, type SiteData } from '../lib/index.ts';
import { siteData } from './siteData.ts';

let cached: { readonly site: SiteData; readonly comparison: SiteComparison } | undefined;

/**
 * The comparison page's view model, worked out once from the site data by the pure library
 * (src/lib/comparison), with domains lined up by their themes: the page lays it out as it is.
 */
export function comparison(): SiteComparison {
  const site = siteData();
  // Domains line up by the theme each manifest maps them to (docs/taxonomy.md). Kept per site
  // data: the live preview (`evalsite dev`) hands the pages new data after each change.
  if (cached?.site !== site) cached = { site, comparison: siteComparison(site.evaluations, themeCrosswalk(site.evaluations)) };
  return cached.comparison;
}
