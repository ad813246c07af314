import { portfolioCard, sortByPeriod, type CardSource, type PortfolioCard } from './portfolioCard.ts';
import { portfolioFacets, type Facet, type FacetValue } from './portfolioFacets.ts';

/** The portfolio home and its static filter pages, worked out once from every evaluation. */
export interface PortfolioView {
  /** Every card, newest period first (the home page's order). */
  readonly newest: readonly PortfolioCard[];
  /** Every card, oldest period first (/portfolio/oldest/). */
  readonly oldest: readonly PortfolioCard[];
  readonly facets: readonly Facet[];
  /** One page per facet value: /portfolio/<facet>/<value>/, its cards newest first. */
  readonly filterPages: ReadonlyArray<{ readonly facet: Facet; readonly value: FacetValue; readonly cards: readonly PortfolioCard[] }>;
}

export function portfolioView(evaluations: readonly CardSource[]): PortfolioView {
  const newest = sortByPeriod(evaluations.map(portfolioCard), 'newest');
  const facets = portfolioFacets(newest);
  return {
    newest,
    oldest: sortByPeriod(newest, 'oldest'),
    facets,
    filterPages: facets.flatMap((facet) => facet.values.map((value) => ({ facet, value, cards: newest.filter((card) => value.evaluations.includes(card.slug)) }))),
  };
}
