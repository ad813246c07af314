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
      unmeasured,
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
    const { problems } = outcomeTargets([{ id: 'x', outcome: 'X', at_least: 50, measured_by: ['improvd'], match: 'exact' }], figures, 'm.yaml');
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
    indicatorTargets([{ id: 'engaged', target: { at_least: 90 } }, { id: 'dropped-out', target: { at_most: 10 } }, { id: 'no-target' }], figures).map((target) => [
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

test('a target measured by a protected figure reports no result: met or not would say too much', () => {
  const hidden = {
    ...figure('improved[service=women]', 3, 50),
    disclosure: { treatment: 'bounded' as const, shown: 'under 10%', phrase: 'under 10% (fewer than 5 of 50)', reason: 'small', baseShown: true },
  };
  const { results } = outcomeTargets([{ id: 'x', outcome: 'X', at_least: 5, measured_by: ['improved[service=women]'], match: 'exact' }], [hidden], 'm.yaml');
  expect(results[0]?.measurements[0]?.met).toBeNull();
});
