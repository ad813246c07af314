import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { applyDisclosureControl } from '../../src/lib/disclosure/applyDisclosureControl.ts';
import type { ChartResult } from '../../src/lib/charts/chartResult.ts';
import { outcomeStatusFigures } from '../../src/lib/topics/outcomeStatus/outcomeStatusFigures.ts';
import { outcomeStatusChart } from '../../src/lib/topics/outcomeStatus/outcomeStatusChart.ts';
import { disclosureRules, TOPICS } from '../../src/lib/topics/index.ts';
import { STATUS_COLOURS } from '../../src/lib/theme/palette.ts';
import { CONTEXT } from './chartFixtures.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

/** A bar segment as drawn: its left edge, width and fill, read back out of the SVG. */
interface Bar {
  readonly x: number;
  readonly width: number;
  readonly fill: string;
}

/**
 * The geometry a reader sees: every bar segment, and the x of the zero line (the leftmost axis tick
 * labelled "0": everything left of it is the side the axis labels "← deteriorated").
 */
function geometry(svg: string): { zero: number; bars: Bar[] } {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const zeros = [...document.querySelectorAll('[aria-label="x-axis tick label"] text')]
    .filter((text) => text.textContent.trim() === '0')
    .map((text) => Number(/translate\(([-\d.]+)/.exec(text.getAttribute('transform') ?? '')?.[1]));
  const bars = [...document.querySelectorAll('[aria-label="bar"] rect')].map((rect) => ({
    x: Number(rect.getAttribute('x')),
    width: Number(rect.getAttribute('width')),
    fill: (rect.getAttribute('fill') ?? rect.parentElement?.getAttribute('fill') ?? '').toLowerCase(),
  }));
  return { zero: Math.min(...zeros), bars };
}

const SINGLE_STATUS_FILLS = new Set(Object.values(STATUS_COLOURS).map((colour) => colour.toLowerCase()));

/** Asserts the honest-drawing rules: only "deteriorated" left of zero; a merged share never in a single status's colour. */
function expectDrawnHonestly(chart: ChartResult): { merged: Bar[]; bars: Bar[]; zero: number } {
  const { zero, bars } = geometry(chart.svg);
  expect(Number.isFinite(zero), `${chart.id}: a zero tick`).toBe(true);
  for (const bar of bars) {
    const leftOfZero = bar.x < zero - 0.01;
    if (leftOfZero) expect(bar.fill, `${chart.id}: only "deteriorated" is drawn left of zero (a bar at x=${bar.x} is ${bar.fill})`).toBe(STATUS_COLOURS.deteriorated);
    if (bar.fill === STATUS_COLOURS.maintained) expect(bar.x, `${chart.id}: "maintained" starts at or right of zero`).toBeGreaterThanOrEqual(zero - 0.01);
  }
  return { merged: bars.filter((bar) => !SINGLE_STATUS_FILLS.has(bar.fill)), bars, zero };
}

describe('outcome status: merged and maintained shares are never drawn on the deteriorated side', () => {
  test('a hand-built domain where "deteriorated" (2) is merged with "maintained" (9)', () => {
    // Housing, 17 reviewed: 6 improved, 9 maintained, 2 deteriorated. At threshold 5 the 2 is too
    // small, while improved (6), the rest (9 + 2 = 11) and the base (17) are not, so disclosure
    // control merges maintained and deteriorated: "maintained or deteriorated" 11 of 17 = 64.7%
    // (shown 65%), improved 6 of 17 = 35.3% (shown 35%).
    const figures = outcomeStatusFigures([{ domain: 'Housing', all: { improved: 6, maintained: 9, deteriorated: 2, total: 17 }, groups: [] }], {
      provenance: 'illustrative',
      source: 'data/example/outcomes.csv',
      basis: 'Example statuses.',
    });
    const protectedFigures = applyDisclosureControl(figures, { threshold: 5, rules: disclosureRules(TOPICS, []) }).figures;
    const chart = outcomeStatusChart(protectedFigures, CONTEXT);
    if (!chart) throw new Error('no chart');
    const { merged, bars, zero } = expectDrawnHonestly(chart);
    // Two segments: improved and the merged share; nothing is drawn as "deteriorated" alone.
    expect(bars).toHaveLength(2);
    expect(merged).toHaveLength(1);
    const improved = bars.find((bar) => bar.fill === STATUS_COLOURS.improved);
    if (!improved || !merged[0]) throw new Error('missing segment');
    expect(improved.x).toBeCloseTo(zero, 1);
    expect(merged[0].x).toBeGreaterThanOrEqual(zero);
    // Drawn at its size on the same axis: 11/17 against 6/17, so 11/6 = 1.833 times as wide.
    expect(merged[0].width / improved.width).toBeCloseTo(11 / 6, 2);
    // Named in words, in the page's legend and in the downloadable file; the note no longer claims maintained is centred.
    expect(chart.legend.map((item) => [item.label, item.colour])).toEqual([
      ['Improved', STATUS_COLOURS.improved],
      ['No change or worse, combined to protect privacy', merged[0].fill],
    ]);
    expect(chart.downloadSvg).toContain('No change or worse, combined to protect privacy');
    expect(chart.note).not.toMatch(/centred on zero/i);
    expect(chart.note).toContain('never on the deteriorated side');
  });

  test('a hand-built domain where "maintained" (2) is the small one, merged with "deteriorated" (6)', () => {
    // Health, 18 reviewed: 10 improved, 2 maintained, 6 deteriorated. The 2 is under 5; improved (10),
    // the rest (2 + 6 = 8) and the base (18) are not, so the two are merged: 8 of 18 = 44.4% "no change
    // or worse", improved 10 of 18 = 55.6%. The 6 who got worse are in the combined bar, not drawn alone.
    const figures = outcomeStatusFigures([{ domain: 'Health', all: { improved: 10, maintained: 2, deteriorated: 6, total: 18 }, groups: [] }], {
      provenance: 'illustrative',
      source: 'data/example/outcomes.csv',
      basis: 'Example statuses.',
    });
    const chart = outcomeStatusChart(applyDisclosureControl(figures, { threshold: 5, rules: disclosureRules(TOPICS, []) }).figures, CONTEXT);
    if (!chart) throw new Error('no chart');
    const { merged, bars } = expectDrawnHonestly(chart);
    const improved = bars.find((bar) => bar.fill === STATUS_COLOURS.improved);
    if (!improved || !merged[0]) throw new Error('missing segment');
    expect(bars).toHaveLength(2);
    // 8/18 against 10/18: 0.8 times as wide.
    expect(merged[0].width / improved.width).toBeCloseTo(8 / 10, 2);
  });

  test('the bundled examples: every outcome-status chart (Manchester’s accommodation was drawn 67% on the deteriorated side)', () => {
    const { site } = exampleSiteData();
    const charts = (site?.evaluations ?? []).flatMap((evaluation) => evaluation.charts.filter((chart) => chart.kind === 'outcome-status'));
    expect(charts.length).toBeGreaterThanOrEqual(3);
    let mergedSeen = 0;
    for (const chart of charts) mergedSeen += expectDrawnHonestly(chart).merged.length;
    // Manchester's accommodation domain is merged (its table has a "Maintained or deteriorated" share).
    const manchester = site?.evaluations.find((evaluation) => evaluation.slug === 'manchester')?.charts.find((chart) => chart.id === 'chart-improved-by-domain');
    expect(manchester?.table.rows.find((row) => /accommodation/i.test(row[0] ?? ''))?.at(-1)).toMatch(/%/);
    expect(mergedSeen).toBeGreaterThan(0);
  });

  test('every combined bar says "combined" in words, however narrow (its grey is close to maintained\'s)', () => {
    const { site } = exampleSiteData();
    const charts = (site?.evaluations ?? []).flatMap((evaluation) => evaluation.charts.filter((chart) => chart.kind === 'outcome-status' && chart.notDrawn === null));
    for (const chart of charts) {
      const { document } = parseHTML(`<html><body>${chart.svg}</body></html>`);
      const said = [...document.querySelectorAll('text')].filter((text) => /(^|\s)combined$/.test(text.textContent.trim())).length;
      expect(said, `${chart.id}: one "combined" per combined bar`).toBe(expectDrawnHonestly(chart).merged.length);
    }
  });
});
