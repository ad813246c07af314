import type { ChartTable } from '../../charts/chartResult.ts';
import { drawable, figuresOf, partLabel, partValue } from '../../figures/figureLookup.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import { formatPValue } from '../../figures/formatPValue.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { DOMAIN_DIMENSION } from '../outcomeStatus/outcomeStatusFigures.ts';
import { DISTANCE_METRICS } from './metrics.ts';
import { signTest } from './signTest.ts';

const NOT_SHOWN = 'not shown';
const NOT_TESTED_ROUNDED = 'not shown (counts rounded)';

/**
 * The sign-test table, from the published counts alone: a count protected by disclosure control
 * reads as it is shown, and the pairs tested and p, which give the counts back, are worked out
 * only where both counts they depend on are shown. Null when no domain has a test.
 */
export function signTestTable(figures: readonly PublishedFigure[]): ChartTable | null {
  const better = figuresOf(figures, DISTANCE_METRICS['sign-test-better'].id, [DOMAIN_DIMENSION]);
  if (better.length === 0) return null;
  const sibling = (metric: string, domain: string) => figuresOf(figures, metric, [DOMAIN_DIMENSION]).find((figure) => partValue(figure, DOMAIN_DIMENSION) === domain);
  const rows = better.map((improved) => {
    const domain = partValue(improved, DOMAIN_DIMENSION);
    const worse = sibling(DISTANCE_METRICS['sign-test-worse'].id, domain);
    const same = sibling(DISTANCE_METRICS['sign-test-no-change'].id, domain);
    const shown = (figure: PublishedFigure | undefined) => (figure ? formatFigure(figure).value : NOT_SHOWN);
    // Rounded counts (a rounding preset) are not the counts tested: a p from them would test invented
    // numbers, and one from the exact counts would give them back. So neither is shown.
    const rounded = improved.rounding !== undefined || worse?.rounding !== undefined;
    const known = worse !== undefined && drawable(improved) && drawable(worse) && !rounded;
    const test = known ? signTest([...Array<number>(improved.value).fill(1), ...Array<number>(worse.value).fill(-1)]) : null;
    return [
      partLabel(improved, DOMAIN_DIMENSION),
      shown(improved),
      shown(worse),
      shown(same),
      test ? String(test.untied) : rounded ? NOT_TESTED_ROUNDED : NOT_SHOWN,
      test === null ? (rounded ? NOT_TESTED_ROUNDED : NOT_SHOWN) : test.p === null ? 'too few to test (under 6 pairs)' : formatPValue(test.p),
    ];
  });
  return { caption: 'Sign test of first against latest score (exact, two-sided; ties dropped)', columns: ['Domain', 'Better', 'Worse', 'No change', 'Pairs tested', 'p'], rows };
}
