import { expect, test } from 'vitest';
import { countFigure, proportionFigure } from '../figures/publishedFigure.ts';
import { evidenceStrength } from '../figures/evidenceStrength.ts';
import { metricEntries } from './metricEntries.ts';

const origin = (metric: string, breakdowns: Array<{ dimension: string; value: string; label: string }>, label: string) => ({
  id: breakdowns.length ? `${metric}[${breakdowns.map((part) => `${part.dimension}=${part.value}`).join(',')}]` : metric,
  metric,
  breakdowns,
  label,
  definition: `${metric} defined`,
  provenance: 'illustrative' as const,
  source: 'x.csv',
  derivation: { inputs: [], fallbacks: [] },
  privacy: { kind: 'share' as const, base: 'reviewed' },
});
const domain = (value: string, label: string) => ({ dimension: 'domain', value, label });
const service = (value: string, label: string) => ({ dimension: 'service', value, label });

test('four improved figures (two domains by two services) and one count are two entries, each group named once, in publishing order', () => {
  const figures = [
    proportionFigure(origin('improved', [domain('housing', 'Housing'), service('women', 'Women')], 'Improved — Housing, Women'), 5, 10),
    proportionFigure(origin('improved', [domain('housing', 'Housing'), service('men', 'Men')], 'Improved — Housing, Men'), 5, 10),
    proportionFigure(origin('improved', [domain('health', 'Health'), service('women', 'Women')], 'Improved — Health, Women'), 5, 10),
    proportionFigure(origin('improved', [domain('health', 'Health'), service('men', 'Men')], 'Improved — Health, Men'), 5, 10),
    countFigure(origin('peer-mentors', [], 'Peer mentors recruited'), 7),
  ];
  const entries = metricEntries(figures, new Map([['improved[domain=health,service=men]', evidenceStrength('before-after')]]));
  expect(entries.map((entry) => [entry.metric, entry.anchor, entry.figures, entry.breakdowns, entry.evidence])).toEqual([
    [
      'improved',
      'metric-improved',
      4,
      [
        { dimension: 'domain', groups: ['Housing', 'Health'] },
        { dimension: 'service', groups: ['Women', 'Men'] },
      ],
      'Level 1: Before and after, one group',
    ],
    ['peer-mentors', 'metric-peer-mentors', 1, [], null],
  ]);
  // "improved" is evalsite's own metric: its own label; "peer-mentors" is not: its figure's.
  expect(entries.map((entry) => entry.label)).toEqual(['Improved', 'Peer mentors recruited']);
});
