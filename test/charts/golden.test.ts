import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../../src/lib/index.ts';
import { engagementByAgeBandChart } from '../../src/lib/charts/engagementByAgeBand.ts';
import { chartDocument } from '../../scripts/io/chartDocument.ts';
import { evaluationSlugs, projectReader } from '../../scripts/io/projectFiles.ts';
import { PROJECT_ROOT } from '../support/projectCopy.ts';

/**
 * Golden SVG files, in the manner of Plot's test/plots: each named chart is compared with
 * test/output/<name>.svg after normalising floats to three decimals. A mismatch writes
 * <name>-changed.svg (git-ignored) for review. A missing golden file is written locally but is an
 * error in CI, where CI=true.
 */
const charts: Record<string, () => string> = {
  'manchester-engagement-by-age-band': () => {
    const { site } = buildSite(evaluationSlugs(PROJECT_ROOT), projectReader(PROJECT_ROOT), { document: chartDocument() });
    const chart = site?.evaluations.find((evaluation) => evaluation.slug === 'manchester')?.charts.find((candidate) => candidate.id === 'engagement-by-age-band');
    if (!chart) throw new Error('no chart');
    return chart.svg;
  },
  'single-band-engagement': () => {
    const band = { id: 'under-25', label: 'Under 25', max: 24 };
    const origin = { breakdowns: [{ dimension: 'age-band', value: 'under-25', label: 'Under 25' }], label: 'x', definition: 'x', provenance: 'illustrative', source: 'x.csv', bound: null, disclosure: null, unit: 'percent', interval: null } as const;
    const figures = [
      { ...origin, id: 'engaged[age-band=under-25]', metric: 'engaged', value: 75, numerator: 3, denominator: 4 },
      { ...origin, id: 'engaged-over-3-months[age-band=under-25]', metric: 'engaged-over-3-months', value: 50, numerator: 2, denominator: 4 },
      { ...origin, id: 'engaged-over-6-months[age-band=under-25]', metric: 'engaged-over-6-months', value: 25, numerator: 1, denominator: 4 },
    ];
    const chart = engagementByAgeBandChart(figures, [band], chartDocument());
    if (!chart) throw new Error('no chart');
    return chart.svg;
  },
};

function normalise(svg: string): string {
  return `${svg.replace(/\d+\.\d+/g, (number) => String(Number(Number(number).toFixed(3)))).replace(/></g, '>\n<')}\n`;
}

describe('golden SVG charts', () => {
  test.each(Object.keys(charts))('%s matches test/output/%s.svg', (name) => {
    const render = charts[name];
    if (!render) throw new Error(`no chart ${name}`);
    const actual = normalise(render());
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
    const svg = normalise(charts['single-band-engagement']?.() ?? '');
    const widths = [...svg.matchAll(/<rect[^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(3);
    const [engaged = 0, three = 0, six = 0] = widths;
    expect(three / engaged).toBeCloseTo(50 / 75, 2);
    expect(six / engaged).toBeCloseTo(25 / 75, 2);
    expect(svg).toContain('>75%<');
  });
});
