// The Observable Framework twin keeps a page's text and turns each drawn chart into a Plot cell
// that reads that chart's data; a chart told in a sentence (no drawings) gets no cell.
import { expect, test } from 'vitest';
import { twinMarkdown } from '../../scripts/bench/frameworkTwin.ts';

const drawings = (label: string): string =>
  `<div class="chart-svg chart-svg-wide"><svg><text>${label} wide</text></svg></div><div class="chart-svg chart-svg-narrow"><svg><text>${label} narrow</text></svg></div>`;

const page = [
  '<html><head><title>Findings · Example</title></head><body><nav>not kept</nav><main id="main">',
  '<h1>Findings</h1>',
  `<figure class="chart" id="chart-a"><h3>First</h3>${drawings('A')}<p>After A</p></figure>`,
  '<figure class="chart" id="chart-told"><h3>Told</h3><p>Too few to draw.</p></figure>',
  `<figure class="report-chart report-chart-portrait" id="report-chart-b"><h3>Second</h3>${drawings('B')}</figure>`,
  '</main></body></html>',
].join('\n');

test('each pair of drawings becomes one Plot cell reading its own chart data; the text stays', () => {
  const { markdown, charts } = twinMarkdown(page, (id) => `./data/${id}.json`);
  expect(charts).toEqual(['chart-a', 'chart-b']);
  expect(markdown).toContain('title: "Findings · Example"');
  expect(markdown).toContain('<h1>Findings</h1>');
  expect(markdown).toContain('<p>Too few to draw.</p>');
  expect(markdown).not.toContain('not kept');
  expect(markdown).not.toMatch(/A wide|A narrow|B wide/);
  expect(markdown.match(/FileAttachment\("\.\/data\/chart-a\.json"\)/g)).toHaveLength(1);
  expect(markdown.match(/FileAttachment\("\.\/data\/chart-b\.json"\)/g)).toHaveLength(1);
  expect(markdown).not.toContain('chart-told.json');
  // Every chunk of HTML sits on a line of its own that starts with a tag, so Markdown passes it through.
  const html = markdown.split('\n').filter((line) => line.includes('<h3>'));
  expect(html.every((line) => line.startsWith('<'))).toBe(true);
});
