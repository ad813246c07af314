import { describe, expect, test } from 'vitest';
import { countFigure, proportionFigure } from '../figures/publishedFigure.ts';
import { disclosureRules, TOPICS } from '../topics/index.ts';
import { complementKey, figureRelations } from './figureRelations.ts';
import { metricOrigin } from '../../../test/support/metricOrigin.ts';

const origin = metricOrigin;
const area = (value: string) => [{ dimension: 'area', value, label: value }];
const RULES = disclosureRules(TOPICS, ['area']);

describe('figureRelations', () => {
  test('the groups of an attribute add up to the whole, and every share to its numerator and complement', () => {
    const figures = [
      countFigure(origin('referred'), 20),
      countFigure(origin('referred', area('a')), 12),
      countFigure(origin('referred', area('b')), 8),
      proportionFigure(origin('engaged', area('a')), 6, 12),
    ];
    const relations = figureRelations(figures, RULES);
    expect(relations).toContainEqual({ parts: ['referred|area=a', 'referred|area=b'], total: 'referred|' });
    expect(relations).toContainEqual({ parts: ['engaged|area=a', complementKey('engaged|area=a', 'referred|area=a')], total: 'referred|area=a' });
  });

  test('a metric with cells for only some of the groups is no partition', () => {
    // Engaged is published for areas a and b and for everyone, but area c (which has clients, as
    // its count shows) has no engaged figure: a + b is not everyone.
    const figures = [
      countFigure(origin('referred'), 30),
      proportionFigure(origin('engaged'), 20, 30),
      ...['a', 'b', 'c'].map((value) => countFigure(origin('referred', area(value)), 10)),
      proportionFigure(origin('engaged', area('a')), 7, 10),
      proportionFigure(origin('engaged', area('b')), 7, 10),
    ];
    const relations = figureRelations(figures, RULES);
    expect(relations).toContainEqual({ parts: ['referred|area=a', 'referred|area=b', 'referred|area=c'], total: 'referred|' });
    expect(relations.filter((relation) => relation.total === 'engaged|')).toEqual([]);
  });

  test("an evaluation's sum of named cells holds only where every cell it names exists", () => {
    const figures = [countFigure(origin('referred'), 20), countFigure(origin('referred', area('a')), 20)];
    const sums = [
      { totalCell: 'referred|', partCells: ['referred|area=a'] },
      { totalCell: 'referred|', partCells: ['referred|area=a', 'referred|area=b'] },
    ];
    const relations = figureRelations(figures, disclosureRules(TOPICS, [], { sums }));
    expect(relations).toEqual([{ parts: ['referred|area=a'], total: 'referred|' }]);
  });

  test('a sum over a dimension: its parts are the part metric’s cells split by that dimension alone, with the total’s other breakdowns, in order', () => {
    const sessions = (value: string, more: ReadonlyArray<{ dimension: string; value: string; label: string }> = []) => [...more, { dimension: 'sessions', value, label: value }];
    const figures = [
      countFigure(origin('referred'), 20),
      countFigure(origin('referred', area('a')), 12),
      countFigure(origin('referred', area('b')), 8),
      // The whole's parts: split by sessions alone.
      countFigure(origin('clients-by-sessions', sessions('1-5')), 9),
      countFigure(origin('clients-by-sessions', sessions('6-plus')), 11),
      // Area a's parts: split by sessions within area a (area b has one band only: no sum).
      countFigure(origin('clients-by-sessions', sessions('1-5', area('a'))), 5),
      countFigure(origin('clients-by-sessions', sessions('6-plus', area('a'))), 7),
      countFigure(origin('clients-by-sessions', sessions('1-5', area('b'))), 8),
      // Not parts of anything here: another metric split by sessions, and a cell with no sessions breakdown.
      countFigure(origin('followed-up-12-months-by-sessions', sessions('1-5')), 4),
      countFigure(origin('clients-by-sessions', area('a')), 12),
    ];
    const sums = [{ total: 'referred', part: 'clients-by-sessions', over: 'sessions' }];
    const relations = figureRelations(figures, { sums, partitions: new Set() });
    // Worked out by hand from the cells above.
    expect(relations.filter((relation) => relation.parts.some((part) => part.startsWith('clients-by-sessions')))).toEqual([
      { parts: ['clients-by-sessions|sessions=1-5', 'clients-by-sessions|sessions=6-plus'], total: 'referred|' },
      { parts: ['clients-by-sessions|area=a,sessions=1-5', 'clients-by-sessions|area=a,sessions=6-plus'], total: 'referred|area=a' },
    ]);
  });
});
