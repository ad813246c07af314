import { siteComparison, type SiteComparison } from '../lib/index.ts';
import { siteData } from './siteData.ts';

let cached: SiteComparison | undefined;

/**
 * The comparison page's view model, worked out once from the site data by the pure library
 * (src/lib/comparison): the page lays it out as it is.
 */
export function comparison(): SiteComparison {
  cached ??= siteComparison(siteData().evaluations);
  return cached;
}
