import { describe, expect, test } from 'vitest';
import { countFigure, proportionFigure, type PublishedFigure } from '../figures/publishedFigure.ts';
import type { PreviousFigure } from '../disclosure/releaseDifferencing.ts';
import { METRICS, type MetricId } from '../topics/index.ts';
import { ReleaseSchema } from '../manifest/manifestSchema.ts';
import { releaseChanges } from './releaseChanges.ts';

const origin = (metric: MetricId, area?: string) => ({
  id: area === undefined ? metric : `${metric}[area=${area}]`,
  metric,
  breakdowns: area === undefined ? [] : [{ dimension: 'area', value: area, label: area }],
  label: metric,
  definition: metric,
  provenance: 'illustrative' as const,
  source: 'x.csv',
  derivation: { inputs: [], fallbacks: [] },
  privacy: METRICS[metric].privacy,
});
const suppressed = (figure: PublishedFigure): PublishedFigure => ({
  ...figure,
  disclosure: { treatment: 'suppressed', shown: 'fewer than 5', phrase: 'fewer than 5', reason: '', baseShown: false },
});
const shownBefore = (id: string, unit: string, value: number, numerator: number | null = null, denominator: number | null = null): PreviousFigure => ({
  id,
  unit,
  value,
  numerator,
  denominator,
  display: '',
  treatment: null,
});
const release = (fields: Record<string, unknown>) => ReleaseSchema.parse({ previous: { version: '1', file: 'releases/1/figures.json' }, ...fields });

describe('releaseChanges', () => {
  test('a figure "fewer than 5" in both releases has not changed, whatever its true values', () => {
    const previous: PreviousFigure[] = [{ id: 'reoffenders', unit: 'count', value: null, numerator: null, denominator: null, display: 'fewer than 5', treatment: 'suppressed' }];
    const { changes, problems } = releaseChanges(release({}), '1', previous, [suppressed(countFigure(origin('reoffenders'), 3))], 'e.yaml');
    expect(changes.changed).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('a share bounded before and shown now reads as both releases showed it, and the previous text never carries a hidden count', () => {
    // Version 1: 46 of 50 engaged, shown "92% or more (of 50)"; version 2: 50 of 60, 83% (50 of 60).
    const previous: PreviousFigure[] = [{ id: 'engaged', unit: 'percent', value: null, numerator: null, denominator: 50, display: '92% or more', treatment: 'bounded' }];
    const { changes } = releaseChanges(release({ reason: 'More clients.' }), '1', previous, [proportionFigure(origin('engaged'), 50, 60)], 'e.yaml');
    expect(changes.changed).toEqual([{ id: 'engaged', label: 'engaged', previous: '92% or more (of 50)', current: '83% (50 of 60)', previousValue: null, reason: 'More clients.' }]);
  });

  test('an indicator id gives the reason for all its breakdowns; figures added and removed are listed', () => {
    const previous = [shownBefore('referred[area=north]', 'count', 20), shownBefore('referred[area=south]', 'count', 30), shownBefore('reoffenders', 'count', 9)];
    const figures = [countFigure(origin('referred', 'north'), 24), countFigure(origin('referred', 'south'), 30), countFigure(origin('referred', 'east'), 12)];
    const { changes, problems } = releaseChanges(release({ changes: [{ figure: 'referred', reason: 'Referrals to March.' }] }), '1', previous, figures, 'e.yaml');
    expect(changes.changed.map((change) => [change.id, change.previous, change.current, change.reason])).toEqual([['referred[area=north]', '20', '24', 'Referrals to March.']]);
    expect(changes.added).toEqual([{ id: 'referred[area=east]', label: 'referred', current: '12', reason: 'Referrals to March.' }]);
    expect(changes.removed).toEqual([{ id: 'reoffenders', reason: null }]);
    expect(problems).toEqual([]);
  });

  test('a previous release that rounded shows its figures as it wrote them, "about 45", whatever this release does (review finding F6)', () => {
    // Version 1 under suppress-1-7-round-5: 43 referred shown "about 45", 33 of 43 engaged shown "about 78% (about 35 of 45)".
    const previous: PreviousFigure[] = [
      { ...shownBefore('referred', 'count', 45, 45), rounded: true },
      { ...shownBefore('engaged', 'percent', (100 * 35) / 45, 35, 45), rounded: true },
    ];
    const figures = [countFigure(origin('referred'), 46), proportionFigure(origin('engaged'), 33, 46)];
    const { changes } = releaseChanges(release({ reason: 'Three more clients.' }), '1', previous, figures, 'e.yaml', 5);
    expect(changes.changed.map((change) => [change.id, change.previous, change.current])).toEqual([
      ['referred', 'about 45', '46'],
      ['engaged', 'about 78% (about 35 of 45)', '72% (33 of 46)'],
    ]);
  });
});
