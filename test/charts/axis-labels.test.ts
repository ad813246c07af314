import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import type { ChartResult } from '../../src/lib/charts/chartResult.ts';
import { textWidth } from '../../src/lib/text/fontMetrics.ts';
import { siteFontMetrics } from '../../scripts/io/siteFontMetrics.ts';
import { GOLDEN_CHARTS } from './goldenCharts.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

const regular = siteFontMetrics(400);

/** The numbers of a `translate(x,y)` (or `translate(x)`), or zeros. */
function translation(element: Element): [number, number] {
  const match = /translate\(\s*([-\d.]+)(?:[ ,]+([-\d.]+))?\s*\)/.exec(element.getAttribute('transform') ?? '');
  return [Number(match?.[1] ?? 0), Number(match?.[2] ?? 0)];
}

/**
 * Each line of the chart's left axis labels, with how far left of the drawing's edge it reaches in
 * the site font: a label is set right-aligned at its x, so it starts at x minus its width.
 */
function leftLabelLines(svg: string): Array<{ line: string; left: number }> {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  return [...document.querySelectorAll('g[aria-label="y-axis tick label"]')].flatMap((group) => {
    if (group.getAttribute('text-anchor') !== 'end') return [];
    const size = Number(group.getAttribute('font-size') ?? 12);
    const [dx] = translation(group);
    return [...group.querySelectorAll('text')].flatMap((text) => {
      const [x] = translation(text);
      const spans = [...text.querySelectorAll('tspan')].map((span) => span.textContent);
      return (spans.length > 0 ? spans : [text.textContent]).map((line) => ({ line, left: dx + x - textWidth(regular, line, size) }));
    });
  });
}

function everyChart(): Array<[string, ChartResult]> {
  const golden = Object.entries(GOLDEN_CHARTS).map(([name, render]): [string, ChartResult] => [name, render()]);
  const { site } = exampleSiteData();
  const examples = (site?.evaluations ?? []).flatMap((evaluation) => evaluation.charts.map((chart): [string, ChartResult] => [`${evaluation.slug} ${chart.id}`, chart]));
  return [...golden, ...examples];
}

describe('no axis label is cut off at the left edge of its chart', () => {
  const charts = everyChart();

  test('some charts have long labels on their left axis (so this test tests something)', () => {
    expect(charts.filter(([, chart]) => leftLabelLines(chart.svg).some(({ line }) => line.length > 40)).length).toBeGreaterThanOrEqual(3);
  });

  test.each(charts)('%s', (_name, chart) => {
    // A few px to spare: browsers set the font a little wider than its metrics say.
    for (const { line, left } of leftLabelLines(chart.svg)) expect(left, `${chart.id}: "${line}" starts ${Math.round(4 - left)} px too far left`).toBeGreaterThanOrEqual(4);
  });
});

/** Top of the x axis's tick labels and the baseline of its title, px from the top, or null without both. */
function bottomAxis(svg: string): { ticksTop: number; tickSize: number; titleBaseline: number; titleSize: number } | null {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const rootSize = Number(/font-size:\s*([\d.]+)px/.exec(document.querySelector('svg')?.getAttribute('style') ?? '')?.[1] ?? 10);
  const size = (element: Element) => Number(element.getAttribute('font-size') ?? rootSize);
  const ticks = document.querySelector('g[aria-label="x-axis tick label"]');
  const title = document.querySelector('g[aria-label="x-axis label"]');
  const tick = ticks?.querySelector('text');
  const titleText = title?.querySelector('text');
  if (!ticks || !title || !tick || !titleText) return null;
  return { ticksTop: translation(ticks)[1] + translation(tick)[1], tickSize: size(ticks), titleBaseline: translation(title)[1] + translation(titleText)[1], titleSize: size(title) };
}

describe("an x axis's title sits below its tick labels, never over them", () => {
  const charts = everyChart();

  test('some charts have a titled x axis (so this test tests something)', () => {
    expect(charts.filter(([, chart]) => bottomAxis(chart.svg) !== null).length).toBeGreaterThanOrEqual(5);
  });

  test.each(charts)('%s', (_name, chart) => {
    const axis = bottomAxis(chart.svg);
    if (!axis) return;
    // The tick labels hang from their top (0.71em); the title's capitals reach about 0.75em above its baseline.
    const ticksBottom = axis.ticksTop + axis.tickSize;
    const titleTop = axis.titleBaseline - 0.75 * axis.titleSize;
    expect(titleTop, `${chart.id}: the axis title overlaps its tick labels`).toBeGreaterThanOrEqual(ticksBottom + 1);
  });
});
