import { describe, expect, test } from 'vitest';
import { formatFigure } from '../figures/formatFigure.ts';
import { concentrationOf, countFigure, measureFigure, type Concentration, type PublishedFigure } from '../figures/publishedFigure.ts';
import { disclosureRules, TOPICS, type MetricId } from '../topics/index.ts';
import { applyDisclosureControl } from './applyDisclosureControl.ts';
import { isDominated } from './dominanceRule.ts';
import { metricOrigin } from '../../../test/support/metricOrigin.ts';

const origin = (metric: MetricId) => metricOrigin(metric);
const RULES = disclosureRules(TOPICS, []);

describe('isDominated(concentration, rule): the (1, 50) and (2, 85) dominance rules', () => {
  test('one homicide (£3,200,000) among nine robberies (£11,320 each) dominates the total: it is 97% of it', () => {
    // 9 × £11,320 = £101,880; total £3,301,880; 3,200,000 / 3,301,880 = 96.9% > 50%.
    const costs = concentrationOf([3_200_000, ...Array.from({ length: 9 }, () => 11_320)]);
    expect(costs).toEqual({ total: 3_301_880, largest: 3_200_000, secondLargest: 11_320 });
    expect(isDominated(costs)).toBe(true);
  });

  test('two contributors with 86% between them dominate although neither has more than half: 45,000 + 41,000 of 100,000', () => {
    // Largest 45% ≤ 50%; two largest 86% > 85%.
    expect(isDominated(concentrationOf([45_000, 41_000, 7_000, 7_000]))).toBe(true);
  });

  test('a total just inside both limits is published: largest exactly 50%, two largest exactly 85%', () => {
    // 50,000 of 100,000 is 50%, not more; 50,000 + 35,000 is 85%, not more.
    expect(isDominated(concentrationOf([50_000, 35_000, 15_000]))).toBe(false);
    // One pound more to the largest tips the (1, 50) rule: 50,001 of 100,001 is just over half.
    expect(isDominated(concentrationOf([50_001, 35_000, 15_000]))).toBe(true);
  });

  test('the manifest may set its own limits; a total of nothing is not dominated', () => {
    const costs: Concentration = { total: 100, largest: 40, secondLargest: 30 };
    expect(isDominated(costs, { largest: 50, twoLargest: 85 })).toBe(false);
    expect(isDominated(costs, { largest: 35, twoLargest: 85 })).toBe(true);
    expect(isDominated(costs, { largest: 50, twoLargest: 65 })).toBe(true);
    expect(isDominated({ total: 0, largest: 0, secondLargest: 0 })).toBe(false);
  });
});

describe('applyDisclosureControl with the dominance rule', () => {
  /** Cost of crime for 40 compared clients over 80 client-years each side: per client-year = total / 80. */
  const costFigures = (before: readonly number[], after: readonly number[]): PublishedFigure[] => {
    const [b, a] = [concentrationOf(before), concentrationOf(after)];
    return [
      countFigure(origin('compared-before-after'), 40),
      { ...measureFigure(origin('cost-per-client-year-before'), b.total / 80, 40, 'gbp'), concentration: [b] },
      { ...measureFigure(origin('cost-per-client-year-after'), a.total / 80, 40, 'gbp'), concentration: [a] },
      { ...measureFigure(origin('cost-difference-per-client-year'), (a.total - b.total) / 80, 40, 'gbp'), concentration: [b, a] },
    ];
  };
  const shown = (figures: readonly PublishedFigure[]) => Object.fromEntries(figures.map((figure) => [figure.id, formatFigure(figure).inline]));

  test('a homicide before starting hides the cost before and the change, which with the cost after would give it back; the cost after is shown', () => {
    // Before: £3,200,000 + 9 × £11,320 = £3,301,880, dominated. After: 4 robberies and 6 thefts from
    // a vehicle, £45,280 + £5,220 = £50,500, largest 22%, two largest 45%: shown as £50,500 / 80 = £631.25, so £631.
    const { figures, report } = applyDisclosureControl(
      costFigures([3_200_000, ...Array.from({ length: 9 }, () => 11_320)], [...Array.from({ length: 4 }, () => 11_320), ...Array.from({ length: 6 }, () => 870)]),
      { threshold: 5, rules: RULES },
    );
    expect(shown(figures)).toEqual({
      'compared-before-after': '40',
      'cost-per-client-year-before': 'not shown',
      'cost-per-client-year-after': '£631 (n = 40)',
      'cost-difference-per-client-year': 'not shown',
    });
    expect(report).toMatchObject({ dominated: 2, exposed: [] });
    const before = figures[1] as PublishedFigure;
    expect(before.disclosure).toMatchObject({
      treatment: 'withheld',
      phrase: 'a value (not shown, as one or two people make up most of it)',
      reason: 'Not shown: one or two people make up most of the total it comes from, so it would tell a reader about them.',
    });
    // Nothing a reader sees holds the before figures: £3,301,880 / 80 = £41,273.50, change −£40,642.25.
    expect(JSON.stringify(figures.map((figure) => formatFigure(figure)))).not.toMatch(/3,301,880|41,27[34]|40,64[23]/);
  });

  test('a total just inside the limits is published with every figure worked out from it', () => {
    // Before £50,000 + £35,000 + £15,000 = £100,000 (50% and 85% exactly): £1,250 a client-year.
    // After £20,000 + £20,000 + £20,000 + £20,000 + £20,000 = £100,000 too: change £0.
    const { figures, report } = applyDisclosureControl(costFigures([50_000, 35_000, 15_000], [20_000, 20_000, 20_000, 20_000, 20_000]), { threshold: 5, rules: RULES });
    expect(shown(figures)).toEqual({
      'compared-before-after': '40',
      'cost-per-client-year-before': '£1,250 (n = 40)',
      'cost-per-client-year-after': '£1,250 (n = 40)',
      'cost-difference-per-client-year': '£0 (n = 40)',
    });
    expect(report.dominated).toBe(0);
  });

  test('the manifest’s limits are the ones applied: at (1, 40) the same £100,000 before is dominated', () => {
    const { figures } = applyDisclosureControl(costFigures([50_000, 35_000, 15_000], [20_000, 20_000, 20_000, 20_000, 20_000]), {
      threshold: 5,
      rules: RULES,
      dominance: { largest: 40, twoLargest: 85 },
    });
    expect(shown(figures)['cost-per-client-year-before']).toBe('not shown');
    expect(shown(figures)['cost-per-client-year-after']).toBe('£1,250 (n = 40)');
  });
});
