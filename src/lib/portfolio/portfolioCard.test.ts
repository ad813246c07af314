import { describe, expect, test } from 'vitest';
import { cardSource, countOf, evidenceStrength, item, shareOf, withheldOf } from '../../../test/support/portfolioSources.ts';
import { portfolioCard, sortByPeriod } from './portfolioCard.ts';

describe('portfolioCard(evaluation)', () => {
  const evaluation = cardSource('leeds', {
    headline: ['referred', 'engaged', 'improved', 'fourth'],
    figures: [countOf('referred', 'Clients referred', 1234), shareOf('engaged', 'Engaged', 81, 84), shareOf('improved', 'Improved', 28, 50, 'before-after'), shareOf('fourth', 'Fourth', 1, 2)],
    meta: { title: 'Mentoring in Leeds', period: { from: '2013-12-01', to: '2015-05-31' }, client_groups: ['women', 'adults'] },
  });
  const card = portfolioCard(evaluation);

  test("shows the first three headline figures as the formatter writes them, each with its base, and an outcome figure's evidence", () => {
    expect(card.figures).toEqual([
      // A count: thousands separated, no base.
      { id: 'referred', label: 'Clients referred', value: '1,234', base: '', evidence: null },
      // 81/84 = 96.43% → 96%.
      { id: 'engaged', label: 'Engaged', value: '96%', base: '81 of 84 clients', evidence: null },
      // 28/50 = 56%; before and after in one group is level 1.
      { id: 'improved', label: 'Improved', value: '56%', base: '28 of 50 clients', evidence: 'Evidence: level 1 of 5 (Maryland scale), before and after, one group' },
    ]);
  });

  test('a protected headline shows its treatment, never its value or base', () => {
    const hidden = portfolioCard(cardSource('x', { headline: ['improved'], figures: [withheldOf('improved', 'Improved', 3, 12)] }));
    expect(hidden.figures).toEqual([{ id: 'improved', label: 'Improved', value: 'not shown', base: '', evidence: null }]);
  });

  test('gives the period in words, every year it touches, and client groups in the fixed list’s order', () => {
    expect(card.period).toBe('1 December 2013 to 31 May 2015');
    expect(card.years).toEqual([2013, 2014, 2015]);
    expect(card.clientGroups.map((group) => group.id)).toEqual(['adults', 'women']);
  });

  test('gives its strongest design, saying so when there are others, or none when no design is stated', () => {
    const designs = [
      { ...evidenceStrength('matched-comparison'), figures: 1 },
      { ...evidenceStrength('before-after'), figures: 3 },
    ];
    expect(portfolioCard(cardSource('x', { evidenceDesigns: designs })).evidence).toBe('Evidence: level 3 of 5 (Maryland scale), matched comparison group (the strongest of its outcome figures)');
    expect(portfolioCard(cardSource('x', { evidenceDesigns: designs.slice(1) })).evidence).toBe('Evidence: level 1 of 5 (Maryland scale), before and after, one group');
    expect(card.evidence).toBeNull();
  });

  test('reports on the pathways its mapped domains and its items fall under, in the taxonomy’s order, each once; an unmapped domain on none', () => {
    const themed = portfolioCard(
      cardSource('x', {
        domains: [
          { value: 'alcohol-use', label: 'Alcohol use', theme: 'alcohol-misuse' },
          { value: 'housing', label: 'Housing', theme: 'accommodation' },
          { value: 'drug-use', label: 'Drug use', theme: 'drug-misuse' },
          { value: 'motivation', label: 'Motivation', theme: null },
        ],
        items: [item('finding', 'a', 'service-delivery', 'Most took it up.')],
      }),
    );
    expect(themed.themes.map((theme) => theme.id)).toEqual(['accommodation', 'drugs-alcohol', 'service-delivery']);
  });

  test("its picture is the main chart's standalone SVG, else the first story's first panel, else none", () => {
    const charts = [
      { id: 'chart-a', notDrawn: null },
      { id: 'chart-b', notDrawn: 'Too few.' },
    ];
    const journeys = [{ panels: [{ art: '<svg></svg>', illustration: null }] }];
    expect(portfolioCard(cardSource('leeds', { heroChart: 'chart-a', charts, journeys })).thumbnail).toEqual({ kind: 'chart', path: 'leeds/charts/chart-a.svg' });
    // A main chart that is not drawn has no SVG: the story's panel instead.
    expect(portfolioCard(cardSource('leeds', { heroChart: 'chart-b', charts, journeys })).thumbnail).toEqual({ kind: 'journey', art: '<svg></svg>', illustration: null });
    expect(portfolioCard(cardSource('leeds')).thumbnail).toBeNull();
  });
});

describe('sortByPeriod(cards, order)', () => {
  const cards = [
    cardSource('a', { meta: { title: 'A', period: { from: '2012-01-01', to: '2013-06-30' } } }),
    cardSource('b', { meta: { title: 'B', period: { from: '2014-04-01', to: '2015-03-31' } } }),
    cardSource('c', { meta: { title: 'C', period: { from: '2013-01-01', to: '2015-03-31' } } }),
    cardSource('d', { meta: { title: 'D', period: { from: '2013-01-01', to: '2015-03-31' } } }),
  ].map(portfolioCard);

  test('newest first: the latest end, then the latest start, then by title', () => {
    // b and c/d end on the same day; b started later. c and d are alike: by title.
    expect(sortByPeriod(cards, 'newest').map((card) => card.slug)).toEqual(['b', 'c', 'd', 'a']);
  });

  test('oldest first: the earliest start, then the earliest end, then by title', () => {
    expect(sortByPeriod(cards, 'oldest').map((card) => card.slug)).toEqual(['a', 'c', 'd', 'b']);
  });
});
