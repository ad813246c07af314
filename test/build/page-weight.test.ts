// Every built page reads fast on a poor connection: its HTML with the CSS and JavaScript it links
// to stays within 150 KB gzipped. Images, fonts and any search index are not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { expect, inject, test } from 'vitest';
import '../support/exampleSite.ts';

const LIMIT = 150 * 1024;
const { root } = inject('exampleSite');
const dist = join(root, 'dist');

const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
  .sort();

/** The site's own stylesheets and scripts a page links to (under the site root), once each. */
function linkedAssets(html: string): string[] {
  const found = [...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*>|<script\b[^>]*\bsrc="[^"]*"[^>]*>/g)].map((tag) => /\b(?:href|src)="\/([^"]+)"/.exec(tag[0])?.[1]);
  return [...new Set(found.filter((path): path is string => path !== undefined && /\.(css|m?js)$/.test(path) && !path.startsWith('pagefind/')))];
}

test('the example site has pages to weigh, the comparison page among them', () => {
  expect(pages).toEqual(expect.arrayContaining(['index.html', 'compare/index.html', 'manchester/findings/index.html']));
  // The stylesheet is counted: a page that links none would be weighed too lightly.
  expect(linkedAssets(readFileSync(join(dist, 'index.html'), 'utf8')).some((path) => path.endsWith('.css'))).toBe(true);
});

test('each page, with the CSS and JavaScript it loads, is within 150 KB gzipped', () => {
  const heavy: string[] = [];
  for (const page of pages) {
    const html = readFileSync(join(dist, page));
    const bytes = [html, ...linkedAssets(html.toString('utf8')).map((path) => readFileSync(join(dist, path)))].reduce((sum, file) => sum + gzipSync(file).length, 0);
    if (bytes > LIMIT) heavy.push(`${page}: ${(bytes / 1024).toFixed(1)} KB gzipped`);
  }
  expect(heavy).toEqual([]);
});

test('a page downloads only the stylesheets of what it shows: the findings page none of the report, journeys, portfolio or guide styles; the pages that show them, theirs', () => {
  const styles = (page: string): string =>
    linkedAssets(readFileSync(join(dist, page), 'utf8'))
      .filter((path) => path.endsWith('.css'))
      .map((path) => readFileSync(join(dist, path), 'utf8'))
      .join('\n');
  const findings = styles('manchester/findings/index.html');
  expect(linkedAssets(readFileSync(join(dist, 'manchester/findings/index.html'), 'utf8')).filter((path) => path.endsWith('.css'))).toHaveLength(1);
  // What the findings page draws is styled; what it does not show is not downloaded with it.
  for (const selector of ['.chart-svg-narrow', '.data-table', '.card-value']) expect(findings).toContain(selector);
  for (const selector of ['.report-cover', '.panel-frame', '.toc-diagram', '.story-card', '.portfolio-card', '.compare-entry', '.author-guide']) expect(findings).not.toContain(selector);
  expect(styles('manchester/report/index.html')).toEqual(expect.stringContaining('.report-cover'));
  expect(styles('manchester/report/index.html')).toEqual(expect.stringContaining('.panel-frame'));
  expect(styles('manchester/report/index.html')).toEqual(expect.stringContaining('.toc-diagram'));
  expect(styles('manchester/theory-of-change/index.html')).toEqual(expect.stringContaining('.toc-diagram'));
  expect(styles('manchester/journeys/journey-1/index.html')).toEqual(expect.stringContaining('.panel-frame'));
  expect(styles('manchester/index.html')).toEqual(expect.stringContaining('.story-card'));
  expect(styles('index.html')).toEqual(expect.stringContaining('.portfolio-card'));
  expect(styles('compare/index.html')).toEqual(expect.stringContaining('.compare-'));
  expect(styles('guide/index.html')).toEqual(expect.stringContaining('.author-guide'));
});
