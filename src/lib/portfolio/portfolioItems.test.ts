import { describe, expect, test } from 'vitest';
import { cardSource, item, shareOf, withheldOf } from '../../../test/support/portfolioSources.ts';
import { itemPlainText } from './itemParts.ts';
import { evaluationItemViews, portfolioItems } from './portfolioItems.ts';

const leeds = {
  ...cardSource('leeds', {
    figures: [shareOf('engaged', 'Engaged', 81, 84), withheldOf('improved-housing', 'Improved on housing', 3, 12)],
    items: [
      item('finding', 'take-up', 'service-delivery', 'Most took it up: ', ['engaged']),
      item('finding', 'housing', 'accommodation', 'Housing improved for ', ['improved-housing']),
      item('recommendation', 'housing-partner', 'accommodation', 'Bring in a housing partner.', [], ['housing']),
    ],
  }),
};
const york = { ...cardSource('york', { items: [item('recommendation', 'sober', 'alcohol-misuse', 'Fund alcohol work.')] }) };

describe('evaluationItemViews(evaluation)', () => {
  const views = evaluationItemViews(leeds);

  test("each item's anchor and permalink come from its id, on the evaluation's conclusions page", () => {
    expect(views.map((view) => [view.anchor, view.permalink])).toEqual([
      ['finding-take-up', 'leeds/conclusions/#finding-take-up'],
      ['finding-housing', 'leeds/conclusions/#finding-housing'],
      ['recommendation-housing-partner', 'leeds/conclusions/#recommendation-housing-partner'],
    ]);
  });

  test('each names its evaluation and the period it covers, since lists across the portfolio mix years', () => {
    expect([views[0]?.evaluation.slug, views[0]?.evaluation.period]).toEqual(['leeds', '1 January 2014 to 31 December 2014']);
  });

  test('figures are the published ones: 81 of 84 reads 96%, with its base', () => {
    expect(views[0]?.parts).toEqual([
      { kind: 'text', text: 'Most took it up: ' },
      { kind: 'figure', id: 'engaged', value: '96%', rest: ' (81 of 84)', definition: 'Engaged.' },
      { kind: 'text', text: '.' },
    ]);
  });

  test('a protected figure reads as its phrase, and nothing of its value (3 of 12, 25%) reaches the page', () => {
    const text = itemPlainText(views[1]?.parts ?? []);
    expect(text).toBe('Housing improved for a number (too small to publish).');
    expect(text).not.toMatch(/25|\b3\b|\b12\b/);
  });

  test('a recommendation links to the findings it rests on, by their anchors, with their words', () => {
    expect(views[2]?.restsOn.map((finding) => [finding.anchor, itemPlainText(finding.parts)])).toEqual([['finding-housing', 'Housing improved for a number (too small to publish).']]);
  });
});

describe('portfolioItems(evaluations)', () => {
  test('groups every evaluation’s items by pathway in the taxonomy’s order, a need area under its pathway, findings apart from recommendations', () => {
    const groups = portfolioItems([leeds, york]);
    expect(groups.map((group) => [group.theme.id, group.findings.map((view) => view.permalink), group.recommendations.map((view) => view.permalink)])).toEqual([
      ['accommodation', ['leeds/conclusions/#finding-housing'], ['leeds/conclusions/#recommendation-housing-partner']],
      // Alcohol misuse is a need area under the drugs and alcohol pathway.
      ['drugs-alcohol', [], ['york/conclusions/#recommendation-sober']],
      ['service-delivery', ['leeds/conclusions/#finding-take-up'], []],
    ]);
  });

  test('an evaluation with no items adds nothing', () => {
    expect(portfolioItems([cardSource('empty')])).toEqual([]);
  });
});
