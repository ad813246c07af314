import { portfolioItems, portfolioView, type PortfolioView, type ThemeItems } from '../lib/index.ts';
import { derivedOnce } from './siteData.ts';

/**
 * The portfolio's view models, worked out once from the site data and kept with it (and let go
 * with it): each reads every evaluation, which a build does once, not once for each of the
 * home page, the oldest-first page, every filter page and every theme page.
 */
export function sitePortfolio(): PortfolioView {
  return derivedOnce('portfolio', (site) => portfolioView(site.evaluations));
}

/** Every finding and recommendation of the portfolio, grouped by theme (findings-and-recommendations pages). */
export function portfolioThemes(): ThemeItems[] {
  return derivedOnce('portfolio-themes', (site) => portfolioItems(site.evaluations));
}
