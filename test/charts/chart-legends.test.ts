import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import type { ChartResult } from '../../src/lib/charts/chartResult.ts';
import { GRID, INK, MUTED_INK, PAGE } from '../../src/lib/theme/palette.ts';
import { GOLDEN_CHARTS } from './goldenCharts.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

/** Colours that are not data: the page, ink for axes and rules, gridlines and frames. */
const NOT_DATA = new Set(['none', 'white', 'currentcolor', PAGE, INK, MUTED_INK, GRID].map((colour) => colour.toLowerCase()));

/** A value of `attribute` as an element inherits it: its own, or its nearest ancestor's. */
function inherited(element: Element, attribute: string): string | null {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const value = at.getAttribute(attribute);
    if (value !== null) return value.toLowerCase();
  }
  return null;
}

/** The colours a chart uses to encode data: fills and strokes of its bars, dots and lines, not its axes. */
function dataColours(svg: string): Set<string> {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  for (const axis of document.querySelectorAll('[aria-label*="axis"], [aria-label*="grid"], [aria-label="frame"], .tick')) axis.remove();
  const colours = new Set<string>();
  for (const mark of document.querySelectorAll('rect, circle, path, line, polygon')) {
    for (const attribute of ['fill', 'stroke']) {
      const colour = inherited(mark, attribute);
      if (colour && !NOT_DATA.has(colour)) colours.add(colour);
    }
  }
  return colours;
}

/** Text of the SVG as a reader reads it: every <text>, whitespace collapsed. */
function svgText(svg: string): string {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  // Each wrapped line is a <tspan>: a reader reads a space at the line break, or nothing after a hyphen ("Re-" / "offending").
  return [...document.querySelectorAll('text')]
    .map((text) => {
      const lines = [...text.querySelectorAll('tspan')].map((line) => line.textContent);
      return lines.length > 0 ? lines.reduce((joined, line) => (/\S[-\u2010]$/.test(joined) ? `${joined}${line}` : `${joined} ${line}`)) : text.textContent;
    })
    .join(' ')
    .replace(/\s+/g, ' ');
}

function everyChart(): Array<[string, ChartResult]> {
  const golden = Object.entries(GOLDEN_CHARTS).map(([name, render]): [string, ChartResult] => [name, render()]);
  const { site } = exampleSiteData();
  const examples = (site?.evaluations ?? []).flatMap((evaluation) => evaluation.charts.map((chart): [string, ChartResult] => [`${evaluation.slug} ${chart.id}`, chart]));
  return [...golden, ...examples];
}

describe('every chart with more than one data colour has a legend naming each colour', () => {
  const charts = everyChart();

  test('the examples and the golden charts include multi-colour charts (so this test tests something)', () => {
    // Outcome status (three statuses), Likert (five responses), cohort, before/after, engagement by age band.
    expect(charts.filter(([, chart]) => dataColours(chart.svg).size > 1).length).toBeGreaterThanOrEqual(6);
  });

  test.each(charts)('%s', (_name, chart) => {
    const colours = dataColours(chart.svg);
    // The narrow drawing uses the same colours for the same things: one legend serves both.
    expect([...dataColours(chart.svgNarrow)].sort(), `${chart.id}: the narrow drawing's colours`).toEqual([...colours].sort());
    if (colours.size <= 1) return;
    const legend = chart.legend;
    const legendColours = new Set(legend.map((item) => item.colour.toLowerCase()));
    for (const colour of colours) expect(legendColours, `${chart.id}: ${colour} is drawn but not in the legend`).toContain(colour);
    // The downloadable SVG draws the legend as text, so a pasted chart still explains its colours.
    const text = svgText(chart.downloadSvg);
    for (const item of legend) expect(text, `${chart.id}: the legend's "${item.label}" in the downloadable SVG`).toContain(item.label);
  });
});

describe('a legend names no colour the chart does not draw', () => {
  // A reader looks for every colour the legend names: one that is not drawn sends them hunting for bars that are not there.
  test.each(everyChart())('%s', (_name, chart) => {
    if (chart.notDrawn !== null) return;
    const colours = dataColours(chart.svg);
    // An entry in ink (the targets chart's target tick) shares its colour with the axes, so it cannot be told apart here.
    for (const item of chart.legend.filter((entry) => !NOT_DATA.has(entry.colour.toLowerCase())))
      expect(colours, `${chart.id}: the legend's "${item.label}" is not drawn`).toContain(item.colour.toLowerCase());
  });
});
