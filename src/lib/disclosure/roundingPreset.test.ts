import { describe, expect, test } from 'vitest';
import { formatFigure } from '../figures/formatFigure.ts';
import { countFigure, proportionFigure, type PublishedFigure } from '../figures/publishedFigure.ts';
import { disclosureRules, TOPICS } from '../topics/index.ts';
import { applyDisclosureControl } from './applyDisclosureControl.ts';
import { auditCells } from './auditCells.ts';
import { metricOrigin } from '../../../test/support/metricOrigin.ts';

const origin = metricOrigin;
const gender = (value: string) => [{ dimension: 'gender', value, label: value }];
const RULES = disclosureRules(TOPICS, ['gender']);
const shown = (figures: readonly PublishedFigure[]) => Object.fromEntries(figures.map((figure) => [figure.id, formatFigure(figure).inline]));
/** Referrals in all and by gender: female, male and a small group x. */
const referrals = (female: number, male: number, x: number) => [
  countFigure(origin('referred'), female + male + x),
  countFigure(origin('referred', gender('female')), female),
  countFigure(origin('referred', gender('male')), male),
  countFigure(origin('referred', gender('x')), x),
];
/** `about 45` → 45; anything else (a protected figure's text) → null. */
const about = (text: string) => (/^about (\d+)$/.exec(text) ? Number(text.slice(6)) : null);

/**
 * Every value of the small group x that a reader could hold true, by brute force and not by the
 * audit's integer programming: each "about N" is any count that rounds to N and is at least the
 * threshold (smaller ones read "fewer than 8"), each "fewer than 8" is 0 to 7, each "not shown" 8
 * or more, and the groups add up to the referrals.
 */
function possibleX(figures: readonly PublishedFigure[]): number[] {
  const range = (id: string): [number, number] => {
    const text = formatFigure(figures.find((figure) => figure.id === id) as PublishedFigure).inline;
    const value = about(text);
    if (value !== null) return [Math.max(8, value - 2), value + 2];
    return text === 'fewer than 8' ? [0, 7] : [8, 200];
  };
  const [total, female, male, x] = [range('referred'), range('referred[gender=female]'), range('referred[gender=male]'), range('referred[gender=x]')];
  const found = new Set<number>();
  for (let t = total[0]; t <= total[1]; t++) for (let f = female[0]; f <= female[1]; f++) for (let m = male[0]; m <= male[1]; m++) if (t - f - m >= x[0] && t - f - m <= x[1]) found.add(t - f - m);
  return [...found].sort((a, b) => a - b);
}

describe('rounding presets: suppress 1–7, round the rest to the nearest 5 (threshold 8, base 5)', () => {
  test('without rounding, 47 referrals, 20 women and 24 men give away the 3 in group x, so the women are hidden too', () => {
    // 47 − 20 − 24 = 3: suppression alone needs a second cell hidden (the smallest part, 20).
    const { figures, report } = applyDisclosureControl(referrals(20, 24, 3), { threshold: 8, rules: RULES });
    expect(shown(figures)).toEqual({ referred: '47', 'referred[gender=female]': 'not shown', 'referred[gender=male]': '24', 'referred[gender=x]': 'fewer than 8' });
    expect(report).toMatchObject({ rounding: 1, secondaryCells: 1, exposed: [] });
  });

  test('rounded, the same figures read about 45, about 20 and about 25, and no second cell is hidden: x could be anything from 0 to 6', () => {
    // 47 → 45 (43 to 47), 20 → 20 (18 to 22), 24 → 25 (23 to 27): x = total − women − men lies in
    // 43 − 22 − 27 = −6 to 47 − 18 − 23 = 6, so 0 to 6, and the audit proves no cell is pinned.
    const { figures, report } = applyDisclosureControl(referrals(20, 24, 3), { threshold: 8, rules: RULES, rounding: 5 });
    expect(shown(figures)).toEqual({ referred: 'about 45', 'referred[gender=female]': 'about 20', 'referred[gender=male]': 'about 25', 'referred[gender=x]': 'fewer than 8' });
    expect(report).toMatchObject({ rounding: 5, secondaryCells: 0, exposed: [], auditFailed: false });
    expect(possibleX(figures)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // The exact counts are gone from the figure itself, not only from its text.
    expect(figures.map((figure) => figure.value)).toEqual([45, 20, 25, 3]);
  });

  test('read as exact, the rounded figures would seem to pin x at 45 − 20 − 25 = 0: the audit must take them as the ranges they stand for', () => {
    const relation = [{ parts: ['f', 'm', 'x'], total: 't' }];
    expect(
      auditCells(
        new Map<string, number | { min: number; max: number }>([
          ['t', 45],
          ['f', 20],
          ['m', 25],
          ['x', { min: 0, max: 7 }],
        ]),
        relation,
      ),
    ).toEqual(['x']);
    expect(
      auditCells(
        new Map([
          ['t', { min: 43, max: 47 }],
          ['f', { min: 18, max: 22 }],
          ['m', { min: 23, max: 27 }],
          ['x', { min: 0, max: 7 }],
        ]),
        relation,
      ),
    ).toEqual([]);
  });

  test('for every split of women (8–20), men (8–20) and group x (0, 3 or 7), a reader working by brute force never pins x', () => {
    for (let female = 8; female <= 20; female++) {
      for (let male = 8; male <= 20; male++) {
        for (const x of [0, 3, 7]) {
          const { figures, report } = applyDisclosureControl(referrals(female, male, x), { threshold: 8, rules: RULES, rounding: 5 });
          expect(report.exposed, `women ${female}, men ${male}, x ${x}: ${JSON.stringify(shown(figures))} ${JSON.stringify(report)}`).toEqual([]);
          const possible = possibleX(figures);
          expect(possible).toContain(x);
          expect(possible.length, `women ${female}, men ${male}, x ${x}`).toBeGreaterThan(1);
        }
      }
    }
  });

  test('a share is worked out from its rounded counts and loses its interval: 43 of 56 reads about 82% (about 45 of 55)', () => {
    // 43 → 45, 56 → 55; 45 / 55 = 81.8%, so 82% (the exact 43 / 56 = 76.8% would say 77%).
    const { figures } = applyDisclosureControl([countFigure(origin('referred'), 56), proportionFigure(origin('engaged'), 43, 56)], { threshold: 8, rules: RULES, rounding: 5 });
    expect(shown(figures)).toEqual({ referred: 'about 55', engaged: 'about 82% (about 45 of 55)' });
    const engaged = figures[1] as PublishedFigure;
    expect([engaged.numerator, engaged.denominator, engaged.interval]).toEqual([45, 55, null]);
  });

  test('a share with fewer than 8 on one side is bounded for the smallest base the rounded one stands for: 76 of 80 is over 91%', () => {
    // 80 → 80, which stands for 78 to 82; 4 did not engage, fewer than 8. The bound holds for the
    // smallest base: at least 78 − 7 = 71 of 78 = 91.03%, so "over 91%" (the exact share is 95%).
    const { figures } = applyDisclosureControl([countFigure(origin('referred'), 80), proportionFigure(origin('engaged'), 76, 80)], { threshold: 8, rules: RULES, rounding: 5 });
    expect(shown(figures)).toEqual({ referred: 'about 80', engaged: 'over 91% (of about 80)' });
    expect((figures[1] as PublishedFigure).disclosure?.phrase).toBe('over 91% (all but fewer than 8 of about 80)');
  });
});

describe('rounding presets: suppress under 10, round the rest to the nearest 10 (threshold 10, base 10)', () => {
  test('halves round up: 45 referrals read about 50; 36 women read about 40; 9 in group x read fewer than 10', () => {
    const figures = [countFigure(origin('referred'), 45), countFigure(origin('referred', gender('female')), 36), countFigure(origin('referred', gender('x')), 9)];
    const control = applyDisclosureControl(figures, { threshold: 10, rules: disclosureRules(TOPICS, []), rounding: 10 });
    expect(shown(control.figures)).toEqual({ referred: 'about 50', 'referred[gender=female]': 'about 40', 'referred[gender=x]': 'fewer than 10' });
  });
});
