import { describe, expect, test } from 'vitest';
import { cardSource, item } from '../../../test/support/portfolioSources.ts';
import { portfolioCard, sortByPeriod } from './portfolioCard.ts';
import { portfolioFacets } from './portfolioFacets.ts';
import { portfolioView } from './portfolioView.ts';

const SOURCES = [
  cardSource('leeds', {
    meta: { area: 'Leeds', organisation: 'Trust B', period: { from: '2013-04-01', to: '2014-03-31' }, client_groups: ['women'] },
    domains: [{ value: 'housing', label: 'Housing', theme: 'accommodation' }],
  }),
  cardSource('york', {
    meta: { area: 'York', organisation: 'Trust A', period: { from: '2014-01-01', to: '2014-12-31' }, client_groups: ['adults', 'women'] },
    items: [item('finding', 'f', 'drug-misuse', 'Drugs.')],
  }),
  // The same area written with other capitals: one value, under the first spelling met (newest first: york, leeds, then this one).
  cardSource('leeds-2', { meta: { area: 'LEEDS', organisation: 'Trust B', period: { from: '2012-01-01', to: '2012-12-31' } } }),
];
const cards = sortByPeriod(SOURCES.map(portfolioCard), 'newest');
const facets = portfolioFacets(cards);
const facet = (id: string) => facets.find((candidate) => candidate.id === id)?.values.map((value) => [value.slug, value.label, value.evaluations]);

describe('portfolioFacets(cards)', () => {
  test('lists the five facets in order', () => {
    expect(facets.map((candidate) => candidate.id)).toEqual(['area', 'year', 'organisation', 'client-group', 'domain']);
  });

  test('areas alphabetically, spellings that make one address merged', () => {
    expect(facet('area')).toEqual([
      ['leeds', 'Leeds', ['leeds', 'leeds-2']],
      ['york', 'York', ['york']],
    ]);
  });

  test('years newest first, an evaluation under every year its period touches', () => {
    expect(facet('year')).toEqual([
      ['2014', '2014', ['york', 'leeds']],
      ['2013', '2013', ['leeds']],
      ['2012', '2012', ['leeds-2']],
    ]);
  });

  test('organisations alphabetically; client groups in the fixed list’s order; only values some evaluation has', () => {
    expect(facet('organisation')).toEqual([
      ['trust-a', 'Trust A', ['york']],
      ['trust-b', 'Trust B', ['leeds', 'leeds-2']],
    ]);
    expect(facet('client-group')).toEqual([
      ['adults', 'Adults (18 and over)', ['york']],
      ['women', 'Women', ['york', 'leeds']],
    ]);
  });

  test('outcome domains by pathway: a mapped domain and an item’s theme both count, a need area under its pathway', () => {
    expect(facet('domain')).toEqual([
      ['accommodation', 'Accommodation', ['leeds']],
      ['drugs-alcohol', 'Drugs and alcohol', ['york']],
    ]);
  });
});

describe('portfolioView(evaluations)', () => {
  const view = portfolioView(SOURCES);

  test('one filter page per facet value, holding exactly its evaluations, newest first', () => {
    expect(view.filterPages.map((page) => `${page.facet.id}/${page.value.slug}: ${page.cards.map((card) => card.slug).join(' ')}`)).toEqual([
      'area/leeds: leeds leeds-2',
      'area/york: york',
      'year/2014: york leeds',
      'year/2013: leeds',
      'year/2012: leeds-2',
      'organisation/trust-a: york',
      'organisation/trust-b: leeds leeds-2',
      'client-group/adults: york',
      'client-group/women: york leeds',
      'domain/accommodation: leeds',
      'domain/drugs-alcohol: york',
    ]);
  });

  test('the home page newest first, the other order oldest first', () => {
    expect(view.newest.map((card) => card.slug)).toEqual(['york', 'leeds', 'leeds-2']);
    expect(view.oldest.map((card) => card.slug)).toEqual(['leeds-2', 'leeds', 'york']);
  });
});
