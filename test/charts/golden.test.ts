import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GOLDEN_CHARTS } from './goldenCharts.ts';

/**
 * Golden SVG files, in the manner of Plot's test/plots: each named chart is compared with
 * test/output/<name>.svg after normalising floats to three decimals. A mismatch writes
 * <name>-changed.svg (git-ignored) for review. A missing golden file is written locally but is an
 * error in CI, where CI=true.
 */
function normalise(svg: string): string {
  return `${svg.replace(/\d+\.\d+/g, (number) => String(Number(Number(number).toFixed(3)))).replace(/></g, '>\n<')}\n`;
}

describe('golden SVG charts', () => {
  test.each(Object.keys(GOLDEN_CHARTS))('%s matches its golden file in test/output/', (name) => {
    const render = GOLDEN_CHARTS[name];
    if (!render) throw new Error(`no chart ${name}`);
    const actual = normalise(render().svg);
    const golden = new URL(`../output/${name}.svg`, import.meta.url);
    const changed = new URL(`../output/${name}-changed.svg`, import.meta.url);
    if (!existsSync(golden)) {
      if (process.env['CI']) throw new Error(`missing golden file test/output/${name}.svg: generate it locally and review it`);
      writeFileSync(golden, actual);
    }
    const expected = readFileSync(golden, 'utf8');
    if (actual === expected) {
      rmSync(changed, { force: true });
    } else {
      writeFileSync(changed, actual);
    }
    expect(actual).toBe(expected);
  });

  test('the bars are as long as their figures: 75%, 50% and 25% of a 0–100 axis', () => {
    const svg = normalise(GOLDEN_CHARTS['single-band-engagement']?.().svg ?? '');
    const widths = [...svg.matchAll(/<rect[^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(3);
    const [engaged = 0, three = 0, six = 0] = widths;
    expect(three / engaged).toBeCloseTo(50 / 75, 2);
    expect(six / engaged).toBeCloseTo(25 / 75, 2);
    expect(svg).toContain('>75%<');
  });
});
