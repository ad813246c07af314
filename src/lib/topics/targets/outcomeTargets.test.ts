import { describe, expect, test } from 'vitest';
import { proportionFigure } from '../../figures/publishedFigure.ts';
import { indicatorTargets, outcomeTargets } from './outcomeTargets.ts';
import { notMeasured } from '../../figures/notMeasured.ts';

const figure = (id: string, numerator: number, denominator: number) =>
  proportionFigure(
    {
      id,
      metric: 'improved',
      breakdowns: [],
      label: id,
      definition: id,
      provenance: 'illustrative',
      source: 'x.csv',
      derivation: { inputs: [], fallbacks: [] },
      privacy: { kind: 'share', base: 'reviewed' },
    },
    numerator,
    denominator,
  );

describe('outcomeTargets(targets, figures, manifestFile)', () => {
  test('a target measured by a figure that is not measured is reported as not measured, with no problem; an unknown id is still a problem', () => {
    const unmeasured = [notMeasured({ id: 'gravity-before', label: 'Mean seriousness before', definition: '', unit: 'number', privacy: { kind: 'measure', base: 'x' } }, 'No gravity.')];
    const { results, problems } = outcomeTargets(
      [
        { id: 'serious', outcome: 'Less serious offending', at_least: 1, measured_by: ['gravity-before'], match: 'exact' },
        { id: 'typo', outcome: 'Typo', at_least: 1, measured_by: ['gravity-befor'], match: 'exact' },
      ],
      [],
      'm.yaml',
      { unmeasured, threshold: 5 },
    );
    expect(results.map((result) => [result.id, result.measurements])).toEqual([
      ['serious', []],
      ['typo', []],
    ]);
    expect(problems.map((found) => found.column)).toEqual(['targets[1].measured_by[0]']);
  });

  // women: 33/50 = 66% (meets 60); men: 14/39 = 35.9% (misses 60); 11/20 = 55% exactly meets 55.
  const figures = [figure('improved[service=women]', 33, 50), figure('improved[service=men]', 14, 39), figure('improved[domain=crime]', 11, 20)];

  test('compares each measuring figure separately, on the exact value, and keeps unmeasured targets', () => {
    const { results, problems } = outcomeTargets(
      [
        { id: 'engagement', outcome: 'Engagement', horizon: 'short', at_least: 60, measured_by: ['improved[service=women]', 'improved[service=men]'], match: 'exact' },
        { id: 'crime', outcome: 'Less crime', at_least: 55, measured_by: ['improved[domain=crime]'], match: 'approximate', note: 'closest domain' },
        { id: 'motivation', outcome: 'Motivation', at_least: 55, measured_by: [], match: 'exact' },
      ],
      figures,
      'm.yaml',
      { threshold: 5 },
    );
    expect(problems).toEqual([]);
    expect(results.map((result) => [result.id, result.measurements.map((measurement) => measurement.met)])).toEqual([
      ['engagement', [true, false]],
      ['crime', [true]],
      ['motivation', []],
    ]);
    expect(results[1]).toMatchObject({ match: 'approximate', note: 'closest domain', horizon: null });
  });

  test('an unknown measuring id is a manifest problem', () => {
    const { problems } = outcomeTargets([{ id: 'x', outcome: 'X', at_least: 50, measured_by: ['improvd'], match: 'exact' }], figures, 'm.yaml', { threshold: 5 });
    expect(problems).toEqual([
      {
        code: 'target-unknown-indicator',
        file: 'm.yaml',
        column: 'targets[0].measured_by[0]',
        found: 'unknown indicator id "improvd"',
        expected: 'the id of a figure this evaluation publishes (its figures.json lists them)',
      },
    ]);
  });
});

test('indicatorTargets(settings, figures) reports at-least and at-most targets on single indicators', () => {
  const figures = [figure('engaged', 81, 84), figure('dropped-out', 9, 84)];
  // 81/84 = 96.4% ≥ 90: met; 9/84 = 10.7% ≤ 10: not met.
  expect(
    indicatorTargets([{ id: 'engaged', target: { at_least: 90 } }, { id: 'dropped-out', target: { at_most: 10 } }, { id: 'no-target' }], figures, 5).map((target) => [
      target.id,
      target.direction,
      target.atLeast,
      target.measurements[0]?.met,
    ]),
  ).toEqual([
    ['indicator-engaged', 'at-least', 90, true],
    ['indicator-dropped-out', 'at-most', 10, false],
  ]);
});

describe('a target measured by a protected figure is judged on the range readers are shown, never on the hidden value', () => {
  const bounded = (id: string, numerator: number, denominator: number, shown: string) => ({
    ...figure(id, numerator, denominator),
    disclosure: { treatment: 'bounded' as const, shown, phrase: shown, reason: 'small', baseShown: true },
  });
  const judge = (hidden: ReturnType<typeof bounded>, atLeast: number) =>
    outcomeTargets([{ id: 'x', outcome: 'X', at_least: atLeast, measured_by: [hidden.id], match: 'exact' }], [hidden], 'm.yaml', { threshold: 5 }).results[0]?.measurements[0];

  // 3 of 50, threshold 5: readers see "under 10%", i.e. 0 to 4 of 50, 0% to 8%.
  const under = bounded('improved[service=women]', 3, 50, 'under 10%');
  test('a range on both sides of the target says nothing: no result, for small numbers', () => {
    expect(judge(under, 5)).toEqual({ figureId: 'improved[service=women]', value: null, met: null, unknown: 'small-numbers' });
  });
  test('a range wholly below the target is not met, and the hidden value is still not given', () => {
    // The largest share the range allows is 4 of 50 = 8%, under 9%.
    expect(judge(under, 9)).toEqual({ figureId: 'improved[service=women]', value: null, met: false, unknown: null });
    // 8% itself is allowed, so 8% is not known to be missed.
    expect(judge(under, 8)?.met).toBeNull();
  });
  // 26 of 29 with threshold 5: readers see "over 82%", i.e. 25 to 29 of 29, 86.2% to 100%.
  const over = bounded('improved[service=men]', 26, 29, 'over 86%');
  test('a range wholly above the target is met: "over 86%" meets "at least 55%"', () => {
    expect(judge(over, 55)).toEqual({ figureId: 'improved[service=men]', value: null, met: true, unknown: null });
    // 25/29 = 86.2%: a target of 87% could be missed or met.
    expect(judge(over, 87)?.met).toBeNull();
  });
});

test('a published aggregate given as "over", "under" or "about" a value is judged on what those words allow', () => {
  const published = (bound: 'over' | 'under' | 'about') => ({ ...figure('reported-support', 90, 100), numerator: null, denominator: null, bound });
  const judge = (bound: 'over' | 'under' | 'about', atLeast: number) =>
    outcomeTargets([{ id: 'x', outcome: 'X', at_least: atLeast, measured_by: ['reported-support'], match: 'exact' }], [published(bound)], 'm.yaml', { threshold: 5 }).results[0]?.measurements[0];
  // Over 90% is more than 90: it meets 90 and cannot be said to miss 95.
  expect([judge('over', 90)?.met, judge('over', 95)?.met]).toEqual([true, null]);
  // Under 90% is less than 90: it misses 90 and cannot be said to meet 85 (the old rule read it as exactly 90, and met).
  expect([judge('under', 90)?.met, judge('under', 85)?.met]).toEqual([false, null]);
  expect(judge('about', 50)).toMatchObject({ met: null, unknown: 'approximate' });
});

test('a share under a rounding preset is judged on every share its rounded counts allow, not on the rounded percentage', () => {
  // Shown as about 45 of about 55 (about 82%), to the nearest 5 with a threshold of 8: 43–47 of 53–57,
  // so the share lies between 43/57 = 75.4% and 47/53 = 88.7%.
  const rounded = { ...figure('improved[service=women]', 45, 55), rounding: 5 };
  const judge = (atLeast: number) =>
    outcomeTargets([{ id: 'x', outcome: 'X', at_least: atLeast, measured_by: [rounded.id], match: 'exact' }], [rounded], 'm.yaml', { threshold: 8 }).results[0]?.measurements[0]?.met;
  expect([judge(75), judge(80), judge(89)]).toEqual([true, null, false]);
  expect(outcomeTargets([{ id: 'x', outcome: 'X', at_least: 80, measured_by: [rounded.id], match: 'exact' }], [rounded], 'm.yaml', { threshold: 8 }).results[0]?.measurements[0]?.unknown).toBe(
    'approximate',
  );
});
