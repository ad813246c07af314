// The search step on a small hand-made site (no Astro): what Pagefind indexes and leaves out,
// that its output is the same bytes every time, and that the leak scan stands before it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchIndexText } from '../../src/lib/index.ts';
import { buildSearchIndex, scanAndIndexSite, withoutDrawings, type SearchIndexFile } from '../../scripts/io/searchIndex.ts';

// A page laid out as SiteLayout lays one out: header, <main data-pagefind-body>, footer. Each
// word that must not be searched is one that occurs nowhere else in the page.
const PAGE = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Tab title</title></head><body>
<a class="skip-link" href="#main">Skipword to content</a>
<header class="site-header"><a class="site-name" href="/">Headerword findings</a>
<form role="search" action="/search/" method="get"><label for="q">Labelword</label><input id="q" name="q"><button>Buttonword</button></form></header>
<main id="main" data-pagefind-body data-pagefind-meta="title[data-title]" data-title="Quokka programme: findings">
<nav aria-label="Breadcrumb"><ol><li><a href="/">Crumbword</a></li></ol></nav>
<h1>Findings</h1>
<figure class="chart" id="chart-a"><h3 id="chart-a-title">Numbat outcomes</h3>
<p id="chart-a-description" class="chart-description visually-hidden">Bar chart of the share of clients improved, highest for Quokka housing.</p>
<div class="chart-svg"><svg><text>Svgword</text></svg></div>
<details class="chart-data"><summary>Summaryword</summary><p class="chart-description">Disclosedword</p><div class="table-scroll"><table class="data-table"><caption>Captionword</caption><tr><th>Cellword</th><td>42%</td></tr></table></div></details>
<p class="chart-downloads">Download: <a href="/a.csv">Csvword</a></p></figure>
<dl class="facts"><dt>Funder</dt><dd>Bilby council</dd></dl>
<table class="data-table"><caption>Designs</caption><thead><tr><th scope="col">Design</th><th scope="col">Maryland level</th></tr></thead><tbody><tr><th scope="row">Before and after</th><td>2</td></tr></tbody></table>
<ol class="strip"><li class="panel-step" id="panel-1"><p class="balloon balloon-speech"><span class="visually-hidden">Wombat says: </span>The kettle is on at last.</p></li></ol>
<section class="compare-indicator"><h2>Potoroo indicator</h2><p class="compare-summary lede">Summarisedword</p><p class="compare-definition"><strong>Definition</strong> Definedword</p>
<ul class="compare-entries"><li class="compare-entry"><h2><a href="/">Entryword</a></h2><p class="compare-standing">Standingword</p><p class="compare-value">71%</p><dl class="compare-facts"><dt>Period</dt><dd>Periodword</dd><dt>Definition</dt><dd class="compare-row-definition">Rowdefinitionword <span class="meta">(written by Writerword)</span></dd></dl><p class="compare-methods"><a href="/">Methodsword</a></p></li></ul>
<h2 class="compare-pairs-heading">Pairsheadingword</h2><ul class="compare-pairs"><li class="compare-alike"><strong>Pairword</strong></li></ul></section>
</main>
<footer class="site-footer"><p>Footerword</p></footer>
</body></html>
`;

// The search page: not in the index (it has no data-pagefind-body).
const SEARCH_PAGE = PAGE.replace(/<main[^>]*>[\s\S]*<\/main>/, '<main id="main"><h1>Searchpageword</h1></main>');

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A staged site: `dist/` inside a temporary folder, holding the two pages. */
function stagedSite(page = PAGE): string {
  const site = join(mkdtempSync(join(tmpdir(), 'evalsite-search-')), 'dist');
  folders.push(dirname(site));
  mkdirSync(join(site, 'search'), { recursive: true });
  writeFileSync(join(site, 'index.html'), page);
  writeFileSync(join(site, 'search/index.html'), SEARCH_PAGE);
  return site;
}

/** Every fragment of a written index, opened: one per indexed page. */
function fragments(site: string): Array<{ url: string; content: string; meta: Record<string, string> }> {
  const folder = join(site, 'pagefind/fragment');
  return readdirSync(folder)
    .sort()
    .map((name) => JSON.parse(searchIndexText(readFileSync(join(folder, name))) ?? '') as { url: string; content: string; meta: Record<string, string> });
}

const CLIENT = { token: 'CLI0042', origin: 'data/x/clients.csv, column Case ref' };

describe('the search index of a staged site', () => {
  let site = '';
  beforeAll(async () => {
    site = stagedSite();
    expect(await scanAndIndexSite(site, site, [CLIENT])).toEqual([]);
  });

  test('is written into pagefind/: the search runtime, one language (English) and one page, the search page left out', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages['en']?.page_count).toBe(1);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    // Pagefind's own search interfaces are not published: the site has its own.
    expect(readdirSync(join(site, 'pagefind')).filter((name) => /ui|highlight/.test(name))).toEqual([]);
    expect(fragments(site).map((page) => page.url)).toEqual(['/']);
  });

  test('holds what <main> says, visually hidden text included (a chart’s description, a balloon’s speaker), under the page’s title', () => {
    const [page] = fragments(site);
    expect(page?.meta['title']).toBe('Quokka programme: findings');
    for (const words of [
      'Findings',
      'Numbat outcomes',
      'Bar chart of the share of clients improved, highest for Quokka housing.',
      'Wombat says:',
      'The kettle is on at last.',
      'Potoroo indicator',
      'Definedword',
      'Rowdefinitionword',
      'Pairsheadingword',
    ]) {
      expect(page?.content, words).toContain(words);
    }
  });

  test('keeps the words of neighbouring table cells and of a term and its description apart', () => {
    const [page] = fragments(site);
    expect(page?.content).toMatch(/Funder\W+Bilby council/);
    expect(page?.content).toMatch(/Designs\W+Design\W+Maryland level\W+Before and after\W+2/);
  });

  test('leaves out the header, navigation, footer, forms, drawings, a chart’s data table and downloads, and a shared figure’s lists of evaluations', () => {
    const [page] = fragments(site);
    for (const word of [
      'Skipword',
      'Headerword',
      'Labelword',
      'Buttonword',
      'Crumbword',
      'Svgword',
      'Summaryword',
      'Captionword',
      'Cellword',
      'Csvword',
      'Footerword',
      'Tab title',
      'Summarisedword',
      'Entryword',
      'Periodword',
      'Standingword',
      'Writerword',
      'Methodsword',
      'Pairword',
    ]) {
      expect(page?.content, word).not.toContain(word);
    }
  });

  test('searches the chart’s description, which stands inside the data table’s disclosure', () => {
    const [page] = fragments(site);
    expect(page?.content).toContain('Disclosedword');
  });

  test('is the same bytes, file for file, when made again from the same pages in another folder', async () => {
    const again = join(mkdtempSync(join(tmpdir(), 'evalsite-search-')), 'elsewhere');
    folders.push(dirname(again));
    cpSync(site, again, { recursive: true, filter: (path) => !path.includes('pagefind') });
    const listing = (folder: string) =>
      readdirSync(join(folder, 'pagefind'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(folder.length))
        .sort();
    expect(await scanAndIndexSite(again, again, [CLIENT])).toEqual([]);
    expect(listing(again)).toEqual(listing(site));
    for (const file of listing(site)) expect(readFileSync(join(again, file)).equals(readFileSync(join(site, file))), file).toBe(true);
  });
});

describe('the leak scan stands before the search index', () => {
  test('when the index fails too (its message naming the page), the leak is what is reported, never the index’s message', async () => {
    const site = stagedSite(PAGE.replace('The kettle is on at last.', 'My case number is CLI0042.'));
    const failing = () => Promise.reject(new Error('index.html could not be indexed: CLI0042'));
    const leaks = await scanAndIndexSite(site, site, [CLIENT], failing);
    expect(leaks.map((leak) => [leak.code, leak.file])).toEqual([['leak-in-built-site', 'dist/index.html']]);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });

  test('an id planted in a page is caught by the scan of the pages: the index, made meanwhile in memory, is never written', async () => {
    const site = stagedSite(PAGE.replace('The kettle is on at last.', 'My case number is CLI0042.'));
    let indexed = false;
    const build = async (folder: string) => {
      const index = await buildSearchIndex(folder);
      indexed = index.length > 0;
      return index;
    };
    const leaks = await scanAndIndexSite(site, site, [CLIENT], build);
    expect(leaks.map((leak) => [leak.code, leak.file])).toEqual([['leak-in-built-site', 'dist/index.html']]);
    // The scan and the index run at once; the index holds the page (so it would have been written)…
    expect(indexed).toBe(true);
    // …but nothing of it reaches the site.
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });

  test('an id only the compressed index holds is caught once it is opened, named by its file, and the index is not written', async () => {
    const site = stagedSite();
    // A stand-in for Pagefind whose fragment holds an id the pages do not: the second gate alone can catch it.
    const fragment: SearchIndexFile = { path: 'fragment/en_1.pf_fragment', content: gzipSync(strToU8('pagefind_dcd{"url":"/","content":"Client CLI0042."}'), { mtime: 0 }) };
    const leaks = await scanAndIndexSite(site, site, [CLIENT], () => Promise.resolve([fragment]));
    expect(leaks.map((leak) => [leak.code, leak.file])).toEqual([['leak-in-built-site', 'dist/pagefind/fragment/en_1.pf_fragment']]);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });
});

describe('pages are given to the index without their drawings', () => {
  test('pages sent ahead of Pagefind’s answers give the same index, byte for byte, as pages sent one at a time', async () => {
    const site = stagedSite();
    // Twelve more pages, each with a word of its own, so the order Pagefind takes them in shows in its files.
    for (let number = 1; number <= 12; number++) {
      mkdirSync(join(site, `page-${number}`));
      writeFileSync(join(site, `page-${number}/index.html`), PAGE.replace('<h1>Findings</h1>', `<h1>Findings</h1><p>Marsupial${number}word</p>`));
    }
    const oneByOne = await buildSearchIndex(site, { ahead: 1 });
    const ahead = await buildSearchIndex(site);
    expect(ahead.map((file) => file.path)).toEqual(oneByOne.map((file) => file.path));
    expect(ahead.every((file, index) => Buffer.from(file.content).equals(Buffer.from(oneByOne[index]?.content ?? new Uint8Array())))).toBe(true);
    // Every page is in it: the twelve, and the first (the search page is left out).
    expect(ahead.filter((file) => file.path.startsWith('fragment/'))).toHaveLength(13);
  });

  test('every <svg> element goes with what it holds, nested ones included; the text around them stays', () => {
    const page =
      '<main><h2>Dosage</h2><svg viewBox="0 0 9 9"><title>Chart</title><svg><text>inner</text></svg><text>tick 10</text></svg><p>Most clients met weekly.</p><svg><text>legend</text></svg></main>';
    expect(withoutDrawings(page)).toBe('<main><h2>Dosage</h2><p>Most clients met weekly.</p></main>');
    // An <svg> never closed is left as it is (the index's own reading of it is unchanged).
    expect(withoutDrawings('<p>a</p><svg><text>b</text>')).toBe('<p>a</p><svg><text>b</text>');
  });
});
