import { describe, expect, test } from 'vitest';
import { formatFigure } from '../figures/formatFigure.ts';
import { countFigure, proportionFigure, type PublishedFigure } from '../figures/publishedFigure.ts';
import { outcomeStatusFigures } from '../topics/outcomeStatus/outcomeStatusFigures.ts';
import { applyDisclosureControl, boundAbove, boundBelow } from './applyDisclosureControl.ts';
import { disclosureRules, METRICS, TOPICS, type MetricId } from '../topics/index.ts';

const origin = (metric: MetricId, breakdowns: PublishedFigure['breakdowns'] = []) => ({
  id: breakdowns.length ? `${metric}[${breakdowns.map((part) => `${part.dimension}=${part.value}`).join(',')}]` : metric,
  metric,
  breakdowns,
  label: metric,
  definition: metric,
  provenance: 'illustrative' as const,
  source: 'x.csv',
  privacy: METRICS[metric].privacy,
});
/** The real topics' rules, with gender as the one client attribute. */
const RULES = disclosureRules(TOPICS, ['gender']);
const shown = (figures: readonly PublishedFigure[]) => Object.fromEntries(figures.map((figure) => [figure.id, formatFigure(figure).inline]));

describe('boundAbove and boundBelow', () => {
  // 80/84 = 95.24% → "over 95%"; 76/80 = 95% exactly → "95% or more"; 4/84 = 4.76% → "under 5%"; 4/40 = 10% → "10% or less".
  test.each([
    [80, 84, 'over 95%'],
    [76, 80, '95% or more'],
  ])('boundAbove(%i, %i) is %s', (least, base, expected) => expect(boundAbove(least, base)).toBe(expected));
  test.each([
    [4, 84, 'under 5%'],
    [4, 40, '10% or less'],
  ])('boundBelow(%i, %i) is %s', (most, base, expected) => expect(boundBelow(most, base)).toBe(expected));
});

describe('applyDisclosureControl(figures, { threshold: 5, rules: RULES })', () => {
  test('a share whose complement is small is shown in a safe bounded form: 81 of 84 engaged is "over 95%"', () => {
    const { figures, report } = applyDisclosureControl([countFigure(origin('referred'), 84), proportionFigure(origin('engaged'), 81, 84)], { threshold: 5, rules: RULES });
    expect(shown(figures)).toEqual({ referred: '84', engaged: 'over 95% (of 84)' });
    expect(report).toMatchObject({ bounded: 1, suppressed: 0 });
    expect(formatFigure(figures[1] as PublishedFigure).interval).toBe('');
  });

  test('counts of people below the threshold, zero included, are "fewer than 5"; a share on a base under 5 is not shown', () => {
    const { figures } = applyDisclosureControl([countFigure(origin('referred', [{ dimension: 'gender', value: 'x', label: 'X' }]), 3), proportionFigure(origin('engaged', [{ dimension: 'gender', value: 'x', label: 'X' }]), 3, 3), countFigure(origin('reoffenders'), 0)], { threshold: 5, rules: RULES });
    expect(shown(figures)).toEqual({ 'referred[gender=x]': 'fewer than 5', 'engaged[gender=x]': 'not shown', reoffenders: 'fewer than 5' });
  });

  test('a small status is collapsed with its neighbour so the share improved survives: 12 / 6 / 2 of 20', () => {
    const statuses = outcomeStatusFigures([{ domain: 'Housing', all: { improved: 12, maintained: 6, deteriorated: 2, total: 20 }, groups: [] }], { provenance: 'illustrative', source: 'x.csv', basis: '' });
    const { figures, report } = applyDisclosureControl(statuses, { threshold: 5, rules: RULES });
    expect(shown(figures)).toEqual({
      'reviewed[domain=housing]': '20',
      'improved[domain=housing]': '60% (12 of 20)',
      'maintained[domain=housing]': 'merged',
      'deteriorated[domain=housing]': 'merged',
      'maintained-or-deteriorated[domain=housing]': '40% (8 of 20)',
    });
    expect(report.collapsed).toBe(2);
  });

  test('when improved itself is small, it is bounded and the smallest other status is hidden too: 3 / 10 / 7 of 20', () => {
    // Improved 3 < 5 is protected; with reviewed 20 and maintained 10 shown, a visible deteriorated 7
    // would give improved = 20 − 10 − 7 = 3, so deteriorated (the smallest visible part) is withheld.
    const statuses = outcomeStatusFigures([{ domain: 'Housing', all: { improved: 3, maintained: 10, deteriorated: 7, total: 20 }, groups: [] }], { provenance: 'illustrative', source: 'x.csv', basis: '' });
    const { figures, report } = applyDisclosureControl(statuses, { threshold: 5, rules: RULES });
    expect(shown(figures)).toEqual({
      'reviewed[domain=housing]': '20',
      'improved[domain=housing]': '20% or less (of 20)',
      'maintained[domain=housing]': '50% (10 of 20)',
      'deteriorated[domain=housing]': 'not shown',
    });
    expect(report.secondaryCells).toBe(1);
  });

  test('across an attribute the values add up to the whole: one small group hides another', () => {
    const gender = (value: string) => [{ dimension: 'gender', value, label: value }];
    // 84 referred = 3 + 30 + 51: the 3 is suppressed, so the smallest other (30) is withheld too.
    const { figures } = applyDisclosureControl([countFigure(origin('referred'), 84), countFigure(origin('referred', gender('a')), 3), countFigure(origin('referred', gender('b')), 30), countFigure(origin('referred', gender('c')), 51)], { threshold: 5, rules: RULES });
    expect(shown(figures)).toEqual({ referred: '84', 'referred[gender=a]': 'fewer than 5', 'referred[gender=b]': 'not shown', 'referred[gender=c]': '51' });
  });

  test('groups within a domain add up to the domain: 2 women and 49 men of 51 reviewed hides the men too', () => {
    const statuses = outcomeStatusFigures(
      [
        {
          domain: 'Housing',
          all: { improved: 17, maintained: 20, deteriorated: 14, total: 51 },
          groups: [
            { dimension: 'gender', value: 'female', label: 'Female', counts: { improved: 1, maintained: 1, deteriorated: 0, total: 2 } },
            { dimension: 'gender', value: 'male', label: 'Male', counts: { improved: 16, maintained: 19, deteriorated: 14, total: 49 } },
          ],
        },
      ],
      { provenance: 'illustrative', source: 'x.csv', basis: '' },
    );
    const { figures } = applyDisclosureControl(statuses, { threshold: 5, rules: RULES });
    const view = shown(figures);
    expect(view['reviewed[domain=housing,gender=female]']).toBe('fewer than 5');
    // 51 − 49 = 2 would give the women back, so the men's count is hidden as well.
    expect(view['reviewed[domain=housing,gender=male]']).toBe('not shown');
    expect(view['reviewed[domain=housing]']).toBe('51');
  });

  test('a small count of offences is hidden like a count of people: "0 offences" says nobody re-offended', () => {
    const { figures } = applyDisclosureControl([countFigure(origin('reoffences-within-3-months'), 0), countFigure(origin('reoffences-within-12-months'), 40)], { threshold: 5, rules: RULES });
    expect(shown(figures)).toEqual({ 'reoffences-within-3-months': 'fewer than 5', 'reoffences-within-12-months': '40' });
  });
});

