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
