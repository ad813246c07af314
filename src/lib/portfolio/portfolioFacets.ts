import { slugify } from '../text/slug.ts';
import { CLIENT_GROUPS } from '../taxonomy/clientGroups.ts';
import { THEME_GROUPS } from '../taxonomy/outcomeThemes.ts';
import type { PortfolioCard } from './portfolioCard.ts';

/** The ways a reader can narrow the portfolio, each a folder of static pages: /portfolio/<facet>/<value>/. */
export const FACETS = [
  { id: 'area', label: 'Area' },
  { id: 'year', label: 'Year' },
  { id: 'organisation', label: 'Organisation' },
  { id: 'client-group', label: 'Client group' },
  { id: 'domain', label: 'Outcome domain' },
] as const;

export type FacetId = (typeof FACETS)[number]['id'];

/** One value of a facet and the evaluations that have it, newest first as the cards are given. */
export interface FacetValue {
  /** Its address part: /portfolio/<facet>/<slug>/. */
  readonly slug: string;
  readonly label: string;
  /** The slugs of the evaluations that have it. */
  readonly evaluations: readonly string[];
}

export interface Facet {
  readonly id: FacetId;
  readonly label: string;
  readonly values: readonly FacetValue[];
}

/** What each facet reads off a card: its values' address parts and labels, in the order the facet lists them. */
function cardValues(card: PortfolioCard, facet: FacetId): Array<{ readonly slug: string; readonly label: string }> {
  switch (facet) {
    case 'area':
      return [{ slug: slugify(card.area), label: card.area }];
    case 'organisation':
      return [{ slug: slugify(card.organisation), label: card.organisation }];
    case 'year':
      return card.years.map((year) => ({ slug: String(year), label: String(year) }));
    case 'client-group':
      return card.clientGroups.map((group) => ({ slug: group.id, label: group.label }));
    case 'domain':
      return card.themes.map((theme) => ({ slug: theme.id, label: theme.label }));
  }
}

/**
 * Every facet's values, each with the evaluations that have it, for the filter links and their
 * pages. Areas and organisations are in alphabetical order, years newest first, client groups and
 * domains in the fixed lists' order. Two spellings that make the same address ("Knowsley",
 * "knowsley") are one value, under the first spelling met. A value with no letters or digits
 * to make an address from is listed under "other". Only values some evaluation has are listed.
 */
export function portfolioFacets(cards: readonly PortfolioCard[]): Facet[] {
  return FACETS.map(({ id, label }) => {
    const values = new Map<string, { label: string; evaluations: string[] }>();
    cards.forEach((card) => {
      for (const value of cardValues(card, id)) {
        const slug = value.slug === '' ? 'other' : value.slug;
        const entry = values.get(slug) ?? { label: value.label, evaluations: [] };
        if (!entry.evaluations.includes(card.slug)) entry.evaluations.push(card.slug);
        values.set(slug, entry);
      }
    });
    const listed = [...values].map(([slug, entry]) => ({ slug, label: entry.label, evaluations: entry.evaluations }));
    const ordered =
      id === 'area' || id === 'organisation'
        ? listed.sort((a, b) => a.label.localeCompare(b.label, 'en') || a.slug.localeCompare(b.slug))
        : id === 'year'
          ? listed.sort((a, b) => Number(b.slug) - Number(a.slug))
          : // Client groups and domains come in their fixed lists' order.
            listed.sort((a, b) => fixedRank(id, a.slug) - fixedRank(id, b.slug));
    return { id, label, values: ordered };
  });
}

/** A client group's or domain's place in its fixed list. */
function fixedRank(facet: 'client-group' | 'domain', slug: string): number {
  return facet === 'client-group' ? CLIENT_GROUPS.findIndex((group) => group.id === slug) : THEME_GROUPS.findIndex((group) => group.id === slug);
}
