import { describe, expect, test } from 'vitest';
import { countFigure, proportionFigure, type FigureOrigin } from '../figures/publishedFigure.ts';
import { limitations } from './limitations.ts';
import { METRICS, type MetricId } from '../topics/index.ts';
import { attritionLimitation } from '../topics/distanceTravelled/attritionLimitation.ts';
import { followUpLimitations } from '../topics/reoffending/followUpLimitations.ts';

const origin = (metric: MetricId, breakdowns: FigureOrigin['breakdowns'] = []): FigureOrigin => ({
  id: metric,
  metric,
  breakdowns,
  label: metric,
  definition: metric,
  provenance: 'real',
  source: 'x.csv',
  derivation: { inputs: [], fallbacks: [] },
  privacy: METRICS[metric].privacy,
});
const review = (value: string) => [
  { dimension: 'domain', value: 'housing', label: 'Housing' },
  { dimension: 'review', value, label: `Review ${value}` },
];
const OUTCOMES = new Set(
  Object.values(METRICS)
    .filter((metric) => metric.outcome === true)
    .map((metric) => metric.id),
);

describe('limitations(input)', () => {
  test('engagement figures alone from real data need no caveat', () => {
    expect(limitations({ datasets: [{ kind: 'clients', provenance: 'real' }], figures: [proportionFigure(origin('engaged'), 30, 40)], outcomeMetrics: OUTCOMES, topics: [] })).toEqual([]);
  });

  test('outcomes, self-report, attrition, provenance, follow-up and exclusions are each stated, the topics’ own after the general ones', () => {
    const figures = [
      proportionFigure(origin('improved'), 30, 40),
      countFigure(origin('assessed', review('1')), 40),
      countFigure(origin('assessed', review('3')), 25),
      countFigure(origin('not-yet-eligible-12-months'), 7),
      countFigure(origin('excluded-no-offences-before'), 3),
      proportionFigure(origin('reduced-frequency'), 5, 12),
    ];
    const said = limitations({
      datasets: [
        { kind: 'clients', provenance: 'synthetic-reconstruction' },
        { kind: 'assessments', provenance: 'illustrative' },
        { kind: 'offences', provenance: 'synthetic-reconstruction' },
      ],
      figures,
      outcomeMetrics: OUTCOMES,
      topics: [...attritionLimitation(figures), ...followUpLimitations(figures)],
    });
    expect(said).toHaveLength(8);
    expect(said[0]).toMatch(/^There is no comparison group/);
    expect(said[1]).toMatch(/^Assessment scores are self-reported/);
    expect(said[2]).toMatch(/^The clients and offences data are a synthetic reconstruction/);
    expect(said[3]).toMatch(/^The assessments data are illustrative/);
    expect(said[4]).toContain('at most 40 at review 1, 25 at review 3');
    expect(said[5]).toContain('7 clients had not yet had 12 months');
    expect(said[6]).toMatch(/^3 clients had no recorded offences before/);
    expect(said[7]).toBe('1 figure rests on fewer than 20 people and is marked "small base": a single person moves it by several points.');
  });

  test('a protected count is said as shown, even when it is zero, so leaving the sentence out cannot reveal a zero', () => {
    const suppressed = { treatment: 'suppressed' as const, shown: 'fewer than 5', phrase: 'fewer than 5', reason: 'small', baseShown: false };
    const zero = { ...countFigure(origin('excluded-no-offences-before'), 0), disclosure: suppressed };
    const none = countFigure(origin('not-yet-eligible-12-months'), 0);
    expect(followUpLimitations([zero, none])).toEqual([
      'Fewer than 5 clients had no recorded offences before starting and cannot show a reduction, so the before-and-after comparison leaves them out.',
    ]);
  });

  test('a count not shown is said without its number, never as "Not shown clients"', () => {
    const withheld = { treatment: 'withheld' as const, shown: 'not shown', phrase: '5 or more', reason: 'secondary', baseShown: false };
    const excluded = { ...countFigure(origin('excluded-no-offences-before'), 8), disclosure: withheld };
    expect(followUpLimitations([excluded])).toEqual([
      'Some clients (how many is not shown, to protect other figures) had no recorded offences before starting and cannot show a reduction, so the before-and-after comparison leaves them out.',
    ]);
  });
});
