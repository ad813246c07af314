import { chartDocument } from '../../scripts/io/chartDocument.ts';
import type { ChartContext } from '../../src/lib/charts/chartContext.ts';
import { proportionFigure, countFigure, type PublishedFigure } from '../../src/lib/figures/publishedFigure.ts';
import { outcomeStatusFigures } from '../../src/lib/metrics/outcomeStatusFigures.ts';

/** One linkedom document for every chart in the tests, as the build does. */
export const CONTEXT: ChartContext = { document: chartDocument(), period: '1 April 2013 to 31 March 2014', sources: ['An example report'] };

const context = { provenance: 'illustrative', source: 'data/example/outcomes.csv', basis: 'Example statuses.' } as const;

/**
 * Hand-made outcome statuses: Housing 20 reviewed (12 improved = 60%, 6 maintained = 30%,
 * 2 deteriorated = 10%); Health 10 reviewed (3 = 30%, 5 = 50%, 2 = 20%); Crime 8 reviewed
 * (6 = 75%, 1 = 12.5% → 13%, 1 = 13%). Women/men split Housing only.
 */
export function statusFigures(): PublishedFigure[] {
  return outcomeStatusFigures(
    [
      {
        domain: 'Housing',
        all: { improved: 12, maintained: 6, deteriorated: 2, total: 20 },
        groups: [
          { dimension: 'service', value: 'men', label: 'Men', counts: { improved: 4, maintained: 4, deteriorated: 2, total: 10 } },
          { dimension: 'service', value: 'women', label: 'Women', counts: { improved: 8, maintained: 2, deteriorated: 0, total: 10 } },
        ],
      },
      { domain: 'Health', all: { improved: 3, maintained: 5, deteriorated: 2, total: 10 }, groups: [] },
      { domain: 'Crime', all: { improved: 6, maintained: 1, deteriorated: 1, total: 8 }, groups: [] },
    ],
    context,
  );
}

/** Engagement by one age band: 3, 2 and 1 of 4 (75%, 50%, 25%). */
export function ageBandFigures(): PublishedFigure[] {
  const breakdowns = [{ dimension: 'age-band', value: 'under-25', label: 'Under 25' }];
  const origin = (metric: string) => ({ id: `${metric}[age-band=under-25]`, metric, breakdowns, label: metric, definition: metric, provenance: 'illustrative' as const, source: 'data/example/clients.csv' });
  return [
    countFigure(origin('referred'), 4),
    proportionFigure(origin('engaged'), 3, 4),
    proportionFigure(origin('engaged-over-3-months'), 2, 4),
    proportionFigure(origin('engaged-over-6-months'), 1, 4),
  ];
}
