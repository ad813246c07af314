// Under a rounding preset, a mean or rate shown beside a rounded base can give the base back, and
// through a sum a suppressed count with it (review finding F1): the audit must know the base exactly.
import { expect, test } from 'vitest';
import { formatFigure } from '../../src/lib/figures/formatFigure.ts';
import { countFigure, measureFigure, proportionFigure, type PublishedFigure } from '../../src/lib/figures/publishedFigure.ts';
import { disclosureRules, TOPICS, type MetricId } from '../../src/lib/topics/index.ts';
import { applyDisclosureControl } from '../../src/lib/disclosure/applyDisclosureControl.ts';
import { metricOrigin } from '../support/metricOrigin.ts';

const origin = (metric: MetricId) => metricOrigin(metric);

// 33 eligible: 26 adults (13 re-offenders, 15 re-offences) and 7 juveniles, as the reviewer's project had.
const FIGURES: PublishedFigure[] = [
  countFigure(origin('proven-eligible'), 33),
  countFigure(origin('proven-cohort-adults'), 26),
  countFigure(origin('proven-cohort-juveniles'), 7),
  proportionFigure(origin('proven-reoffending-rate-adults'), 13, 26),
  measureFigure(origin('proven-reoffences-per-100-adults'), (100 * 15) / 26, 26),
];

/**
 * Every juvenile count a reader could hold true, by brute force rather than the audit: "about N" is
 * N − 2 to N + 2 (at least 8), "fewer than 8" is 0 to 7, "not shown" 8 or more; a per-100 figure
 * shown to one decimal allows only the adult cohorts a for which some whole number of re-offences R
 * gives 100·R/a that rounds to it; eligible = adults + juveniles.
 */
function possibleJuveniles(figures: readonly PublishedFigure[]): number[] {
  const text = (id: string) => formatFigure(figures.find((figure) => figure.id === id) as PublishedFigure).value;
  const range = (id: string): [number, number] => {
    const shown = text(id);
    const about = /^about (\d+)$/.exec(shown);
    if (about) return [Math.max(8, Number(about[1]) - 2), Number(about[1]) + 2];
    if (/^\d+$/.test(shown)) return [Number(shown), Number(shown)];
    return shown === 'fewer than 8' ? [0, 7] : [8, 500];
  };
  const per100 = text('proven-reoffences-per-100-adults');
  const fits = (adults: number) => !/^\d/.test(per100) || Array.from({ length: 5 * adults + 1 }, (_, r) => (Math.round((1000 * r) / adults) / 10).toFixed(1)).includes(per100);
  const [eligible, adults, juveniles] = [range('proven-eligible'), range('proven-cohort-adults'), range('proven-cohort-juveniles')];
  const found = new Set<number>();
  for (let e = eligible[0]; e <= eligible[1]; e++) {
    for (let a = adults[0]; a <= adults[1]; a++) if (fits(a) && e - a >= juveniles[0] && e - a <= juveniles[1]) found.add(e - a);
  }
  return [...found].sort((x, y) => x - y);
}

test('the brute force sees the leak: with every figure shown rounded, 57.7 per 100 of about 25 can only be 15 of 26, so the 7 juveniles are pinned', () => {
  const rounded = FIGURES.map((figure) =>
    figure.id === 'proven-cohort-juveniles'
      ? { ...figure, disclosure: { treatment: 'suppressed' as const, shown: 'fewer than 8', phrase: 'fewer than 8', reason: 'small', baseShown: false } }
      : { ...figure, rounding: 5 },
  ).map((figure) => (figure.unit === 'count' && figure.disclosure === null ? { ...figure, value: Math.round(figure.value / 5) * 5, numerator: Math.round(figure.value / 5) * 5 } : figure));
  expect(formatFigure(rounded[4] as PublishedFigure).value).toBe('57.7');
  expect(possibleJuveniles(rounded)).toEqual([7]);
});

test('disclosure control under suppress-1-7-round-5 leaves a reader more than one juvenile count', () => {
  const { figures, report } = applyDisclosureControl(FIGURES, { threshold: 8, rounding: 5, rules: disclosureRules(TOPICS, []) });
  expect(report.exposed).toEqual([]);
  expect(formatFigure(figures.find((figure) => figure.id === 'proven-cohort-juveniles') as PublishedFigure).value).toBe('fewer than 8');
  expect(possibleJuveniles(figures).length).toBeGreaterThan(1);
});
