import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import type { ChartResult } from '../../src/lib/charts/chartResult.ts';
import { GOLDEN_CHARTS } from './goldenCharts.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

/** Text of the SVG as a reader reads it: every <text>, whitespace collapsed (wrapped lines joined). */
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

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function everyChart(): Array<[string, ChartResult]> {
  const golden = Object.entries(GOLDEN_CHARTS).map(([name, render]): [string, ChartResult] => [name, render()]);
  const { site } = exampleSiteData();
  const examples = (site?.evaluations ?? []).flatMap((evaluation) => evaluation.charts.map((chart): [string, ChartResult] => [`${evaluation.slug} ${chart.id}`, chart]));
  return [...golden, ...examples];
}

describe('the downloadable SVG reads right on its own (pasted into a board paper)', () => {
  test('outcome status: title, subtitle with n and period, legend, note and source are drawn as text', () => {
    const chart = GOLDEN_CHARTS['outcome-status']?.();
    if (!chart) throw new Error('no chart');
    const text = svgText(chart.downloadSvg);
    expect(text).toContain('Outcome status by domain');
    // The fixture reviews 20 (Housing), 10 (Health) and 8 (Crime) clients: 8 to 20 per bar.
    expect(text).toContain('8 to 20 clients reviewed per bar · 1 April 2013 to 31 March 2014');
    for (const status of ['Improved', 'Maintained', 'Deteriorated']) expect(text).toContain(status);
    expect(text).toContain('Each bar has its own base');
    // The fixture's figures all come from one file: named without its folder. Its context names a document the charts draw on.
    expect(text).toContain('Source: outcomes.csv (illustrative data); drawn from An example report.');
    expect(chart.downloadSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // Improved: Housing 12 of 20 = 60%, Health 3 of 10 = 30%, Crime 6 of 8 = 75%: the message is the title, the descriptive title starts the subtitle.
    expect(chart.downloadSvg).toContain('<title>Clients improved most often on crime (75%), least often on health (30%)</title>');
    expect(text).toContain('Outcome status by domain · 8 to 20 clients reviewed per bar');
  });

  test.each(everyChart())('%s: its own title, subtitle, note, source and legend', (_name, chart) => {
    const text = svgText(chart.downloadSvg);
    for (const part of [chart.title, chart.subtitle, chart.note, chart.source]) expect(text, chart.id).toContain(collapse(part));
    for (const item of chart.legend) expect(text).toContain(item.label);
  });
});
