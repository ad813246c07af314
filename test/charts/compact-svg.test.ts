import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { compactSvg, roundedNumber } from '../../src/lib/charts/compactSvg.ts';

function compacted(markup: string): SVGSVGElement {
  const { document } = parseHTML(`<html><body>${markup}</body></html>`);
  const svg = document.querySelector('svg') as unknown as SVGSVGElement;
  compactSvg(svg);
  return svg;
}

test('numbers are written to a tenth, shortest, and never as -0', () => {
  expect(roundedNumber('85.71428571428571')).toBe('85.7');
  expect(roundedNumber('247.60000000000002')).toBe('247.6');
  expect(roundedNumber('20')).toBe('20');
  expect(roundedNumber('19.96')).toBe('20');
  expect(roundedNumber('-3.25')).toBe('-3.2');
  expect(roundedNumber('-0.04')).toBe('0');
  expect(roundedNumber('1e-15')).toBe('0');
});

test('lengths, path data, points and translations are rounded to a tenth of a pixel', () => {
  const svg = compacted(
    '<svg viewBox="0 0 960 120" width="960" height="120"><rect x="85.71428571428571" y="8" width="854.2857142857143" height="65"/><path d="M240,41.333L350.4761904761905,79.6667" transform="translate(170.42857142857142,8)"/><polygon points="1.25,2.04 3.96,4"/></svg>',
  );
  const rect = svg.querySelector('rect');
  expect([rect?.getAttribute('x'), rect?.getAttribute('width'), rect?.getAttribute('y')]).toEqual(['85.7', '854.3', '8']);
  expect(svg.querySelector('path')?.getAttribute('d')).toBe('M240,41.3L350.5,79.7');
  expect(svg.querySelector('path')?.getAttribute('transform')).toBe('translate(170.4,8)');
  expect(svg.querySelector('polygon')?.getAttribute('points')).toBe('1.3,2 4,4');
});

test('what is not a length in user units is left as it is: em offsets, scales, rotations, opacities', () => {
  const svg = compacted('<svg><g transform="translate(0.25,1.75) scale(0.333) rotate(-12.34)"><text y="0.71em" dy="0.32em" fill-opacity="0.25">0</text></g></svg>');
  expect(svg.querySelector('g')?.getAttribute('transform')).toBe('translate(0.3,1.8) scale(0.333) rotate(-12.34)');
  const text = svg.querySelector('text');
  expect([text?.getAttribute('y'), text?.getAttribute('dy'), text?.getAttribute('fill-opacity')]).toEqual(['0.71em', '0.32em', '0.25']);
});

test('a mark with a size keeps it: a sliver narrower than a twentieth of a pixel is not rounded away', () => {
  const svg = compacted('<svg><rect x="3.04" width="0.04" height="0"/></svg>');
  const rect = svg.querySelector('rect');
  expect([rect?.getAttribute('x'), rect?.getAttribute('width'), rect?.getAttribute('height')]).toEqual(['3', '0.04', '0']);
});

test("Plot's stylesheet and the font attributes the drawing's style overrides go; everything else stays", () => {
  const svg = compacted(
    '<svg class="evalsite-chart" style="font-family:\'Atkinson Hyperlegible Next\', system-ui, sans-serif;font-size:12px" font-size="10" font-family="system-ui, sans-serif" fill="currentColor" role="img"><title>T</title><desc>D</desc><style>:where(.evalsite-chart) {\n  display: block;\n}</style><style>.own { fill: red; }</style><g aria-label="bar" aria-hidden="true"><rect width="1"/></g></svg>',
  );
  expect(svg.hasAttribute('font-size')).toBe(false);
  expect(svg.hasAttribute('font-family')).toBe(false);
  expect(svg.getAttribute('fill')).toBe('currentColor');
  expect(svg.getAttribute('role')).toBe('img');
  expect([...svg.querySelectorAll('style')].map((style) => style.textContent)).toEqual(['.own { fill: red; }']);
  expect(svg.querySelector('title')?.textContent).toBe('T');
  expect(svg.querySelector('desc')?.textContent).toBe('D');
  expect(svg.querySelector('g')?.getAttribute('aria-label')).toBe('bar');
});

test('without a style of its own, a drawing keeps its font attributes', () => {
  const svg = compacted('<svg font-size="10" font-family="system-ui, sans-serif"><text>0</text></svg>');
  expect(svg.getAttribute('font-size')).toBe('10');
  expect(svg.getAttribute('font-family')).toBe('system-ui, sans-serif');
});
