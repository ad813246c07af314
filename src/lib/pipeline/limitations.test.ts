import { describe, expect, test } from 'vitest';
import { countFigure, proportionFigure, type FigureOrigin } from '../figures/publishedFigure.ts';
import { limitations } from './limitations.ts';

const origin = (metric: string, breakdowns: FigureOrigin['breakdowns'] = []): FigureOrigin => ({ id: metric, metric, breakdowns, label: metric, definition: metric, provenance: 'real', source: 'x.csv' });
const review = (value: string) => [{ dimension: 'domain', value: 'housing', label: 'Housing' }, { dimension: 'review', value, label: `Review ${value}` }];

describe('limitations(input)', () => {
  test('engagement figures alone from real data need no caveat', () => {
    expect(limitations({ datasets: [{ kind: 'clients', provenance: 'real' }], figures: [proportionFigure(origin('engaged'), 30, 40)] })).toEqual([]);
  });

  test('outcomes, self-report, attrition, provenance, follow-up and exclusions are each stated', () => {
    const said = limitations({
      datasets: [
        { kind: 'clients', provenance: 'synthetic-reconstruction' },
        { kind: 'assessments', provenance: 'illustrative' },
        { kind: 'offences', provenance: 'synthetic-reconstruction' },
      ],
      figures: [
        proportionFigure(origin('improved'), 30, 40),
        countFigure(origin('assessed', review('1')), 40),
        countFigure(origin('assessed', review('3')), 25),
        countFigure(origin('not-yet-eligible-12-months'), 7),
        countFigure(origin('excluded-no-offences-before'), 3),
        proportionFigure(origin('reduced-frequency'), 5, 12),
      ],
    });
    expect(said).toHaveLength(8);
    expect(said[0]).toMatch(/^There is no comparison group/);
    expect(said[1]).toMatch(/^Assessment scores are self-reported/);
    expect(said[2]).toContain('at most 40 at review 1, 25 at review 3');
    expect(said[3]).toMatch(/^The clients and offences data are a synthetic reconstruction/);
    expect(said[4]).toMatch(/^The assessments data are illustrative/);
    expect(said[5]).toContain('7 clients had not yet had 12 months');
    expect(said[6]).toMatch(/^3 clients had no recorded offences before/);
    expect(said[7]).toBe('1 figure rests on fewer than 20 people and is marked "small base": a single person moves it by several points.');
  });
});
