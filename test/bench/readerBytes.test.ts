// What a reader downloads for a page: the HTML and the stylesheets, scripts, preloaded modules,
// their static imports and registered data files, each once; never search indexes or images.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { readerBytes } from '../../scripts/bench/readerBytes.ts';

const dist = mkdtempSync(join(tmpdir(), 'reader-bytes-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function file(path: string, text: string): string {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
  return text;
}

test('a page counts its HTML, its linked and imported code and its data, each once', () => {
  const css = file('_astro/site.css', 'body { color: black; }'.repeat(20));
  const client = file('_observablehq/client.js', 'import{x}from"./runtime.js";export const a=1;'.repeat(5));
  const runtime = file('_observablehq/runtime.js', 'export const x = 2;'.repeat(7));
  const data = file('p/_file/data/chart.json', '[{"label":"a","value":1}]');
  file('pagefind/pagefind.js', 'not counted'.repeat(100));
  file('p/photo.png', 'not counted');
  const html = file(
    'p/page.html',
    [
      '<link rel="stylesheet" href="/_astro/site.css">',
      '<link rel="modulepreload" href="../_observablehq/client.js">',
      '<link rel="modulepreload" href="../_observablehq/runtime.js">',
      '<script type="module" src="/pagefind/pagefind.js"></script>',
      '<img src="photo.png">',
      '<script type="module">registerFile("./data/chart.json", {"name":"./data/chart.json","path":"./_file/data/chart.json"});</script>',
    ].join('\n'),
  );
  const expected = [html, css, client, runtime, data].reduce((sum, text) => sum + gzipSync(text).length, 0);
  expect(readerBytes(dist, 'p/page.html')).toEqual({ bytes: expected, requests: 5 });
});
