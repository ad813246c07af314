import { expect, test } from 'vitest';
import { evidenceSummarySentence } from '../../src/lib/index.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

/*
 * Worked out by hand from data/tayside/README.md (improved / base per service and domain) and the
 * targets in data/tayside/evaluation.yaml. 14 targets, one box each; 6 have no measuring figure.
 * The 8 measured ones, each compared with the women's and the men's share improved:
 *   engagement (>= 60): women 23/39 = 59.0% missed, men 14/39 = 35.9% missed   -> target missed
 *   crime, short (>= 55): women 27/41 = 65.9% met, men 27/34 = 79.4% met       -> met
 *   physical well-being (>= 55): women 23/43 = 53.5% missed, men 17/34 = 50% missed -> missed
 *   substance use (>= 55): women 22/42 = 52.4% missed, men 26/38 = 68.4% met   -> missed
 *   crime, medium (>= 55): as crime, short                                     -> met
 *   education (>= 55): women 18/28 = 64.3% met, men 22/36 = 61.1% met          -> met
 *   employability (>= 55): same domain as education                            -> met
 *   relationships (>= 55): women 25/43 = 58.1% met, men 18/30 = 60% met        -> met
 * By target: 5 met, 3 missed. By comparison: 16, of which 2+2+2+2+2+1 = 11 met, 5 missed.
 * The two pages used to say "5 met" and "11 met" with no unit; each now names both.
 */
const tayside = exampleSiteData().site?.evaluations.find((evaluation) => evaluation.slug === 'tayside');

test('the theory of change counts Tayside by outcome and by comparison, both named', () => {
  const summary = tayside?.theoryOfChange?.summary;
  expect(summary).toEqual({ outcomes: 14, measured: 8, met: 5, notMet: 3, comparisons: 16, comparisonsMet: 11 });
  expect(summary && evidenceSummarySentence(summary)).toBe(
    '14 outcomes in the diagram: 8 measured by a published figure, 6 not measured. By outcome: 5 of the 8 measured met their target in every comparison, 3 missed it in at least one. ' +
      'By comparison (one figure against one target, the unit of the targets chart): 11 of 16 comparisons met the target, 5 did not.',
  );
});

test('the targets chart gives the same two counts, with the same units named', () => {
  const chart = tayside?.charts.find((candidate) => candidate.id === 'chart-targets');
  expect(chart?.description).toBe(
    'Bullet chart of 16 comparisons, one bar for each figure set against a target: 11 met and 5 not met. ' +
      'By target: 5 of the 8 measured targets met in every comparison, 3 missed in at least one. 6 of 14 targets are not measured by any published figure.',
  );
});

test('the targets chart’s heading and subtitle count what it draws: 16 bars, 11 met', () => {
  const chart = tayside?.charts.find((candidate) => candidate.id === 'chart-targets');
  expect(chart?.title).toBe('11 of 16 target comparisons met');
  expect(chart?.subtitle).toMatch(/^Results against the service’s own targets · 8 of 14 targets measured, by 16 comparisons \(one figure against one target\) · /);
  // The six targets with no measured_by in data/tayside/evaluation.yaml, in the manifest's order.
  expect(chart?.note).toContain(
    '6 targets are not measured by any published figure: reduction in the seriousness of offending (short term); increased motivation (short term); improved confidence and self esteem (short term); ' +
      'higher career aspirations and longer term goals (medium term); reduced risk taking behaviour (medium term); increased feeling of appropriate personal responsibility (medium term).',
  );
});
