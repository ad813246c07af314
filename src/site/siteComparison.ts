import { siteComparison, themeCrosswalk, type SiteComparison } from '../lib/index.ts';
import { siteData } from './siteData.ts';

let cached: SiteComparison | undefined;

/**
 * The comparison page's view model, worked out once from the site data by the pure library
 * (src/lib/comparison), with domains lined up by their themes: the page lays it out as it is.
 */
export function comparison(): SiteComparison {
  const { evaluations } = siteData();
  // Domains line up by the theme each manifest maps them to (docs/taxonomy.md).
  cached ??= siteComparison(evaluations, themeCrosswalk(evaluations));
  return cached;
}
