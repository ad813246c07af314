import { describe, expect, test } from 'vitest';
import { GOLDEN_CHARTS } from './goldenCharts.ts';
import { expectGoldenSvg, normaliseSvg } from '../support/golden.ts';

/**
 * Golden SVG files, in the manner of Plot's test/plots: each named chart is compared with
 * test/output/<name>.svg after normalising floats to three decimals. A mismatch writes
 * <name>-changed.svg (git-ignored) for review. A missing golden file is written locally but is an
 * error in CI, where CI=true.
 */
describe('golden SVG charts', () => {
  test.each(Object.keys(GOLDEN_CHARTS))('%s matches its golden file in test/output/', (name) => {
    const render = GOLDEN_CHARTS[name];
    if (!render) throw new Error(`no chart ${name}`);
    expectGoldenSvg(name, render().svg);
  });

  // The narrow drawing phones are shown, for one chart of each kind (the outcome-status and Likert ones with protected rows too).
  test.each([
    'manchester-engagement-by-age-band',
    'cohort',
    'outcome-status-by-service',
    'outcome-status-protected',
    'total-score-change',
    'distance-travelled',
    'first-vs-latest',
    'needs-inventory-total-score',
    'before-after',
    'reoffending',
    'proven-reoffending',
    'manchester-likert',
    'tayside-targets',
    'needs-inventory-dosage-by-month',
    'manchester-clients-by-sessions',
    'reoffending-by-sessions',
    'jdl-forest-site-rate',
  ])('%s in its narrow layout matches test/output/<name>-narrow.svg', (name) => {
    const render = GOLDEN_CHARTS[name];
    if (!render) throw new Error(`no chart ${name}`);
    expectGoldenSvg(`${name}-narrow`, render().svgNarrow);
  });

  // The downloadable file, with its title, subtitle, legend, note and source drawn around the chart.
  test.each(['outcome-status-protected', 'before-after', 'manchester-clients-by-sessions'])('%s as downloaded matches test/output/<name>-download.svg', (name) => {
    const render = GOLDEN_CHARTS[name];
    if (!render) throw new Error(`no chart ${name}`);
    expectGoldenSvg(`${name}-download`, render().downloadSvg);
  });

  test('the bars are as long as their figures: 75%, 50% and 25% of a 0–100 axis', () => {
    const svg = normaliseSvg(GOLDEN_CHARTS['single-band-engagement']?.().svg ?? '');
    const widths = [...svg.matchAll(/<rect[^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(3);
    const [engaged = 0, three = 0, six = 0] = widths;
    expect(three / engaged).toBeCloseTo(50 / 75, 2);
    expect(six / engaged).toBeCloseTo(25 / 75, 2);
    expect(svg).toContain('>75%<');
  });
});
