import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { findLeaks, SEARCH_INDEX_FOLDER, searchIndexText, type BuiltFile, type LeakToken, type Problem } from '../../src/lib/index.ts';
import { scanBuiltSite, type ScanOptions } from './scanBuiltSite.ts';

/** One file of the search index, in memory, by its path under the index folder. */
export interface SearchIndexFile {
  readonly path: string;
  readonly content: Uint8Array;
}

/**
 * On a shared indicator's page (src/pages/compare/[indicator].astro): its list of evaluations with
 * their figures and facts, the sentence naming them and its pairs. The page is found by the
 * indicator's name, id and definition (or each evaluation's, where they differ). The lists repeat
 * every evaluation's title on every indicator it shares, so a search for one evaluation listed
 * every comparison before its own pages; and they were over half the words sent to Pagefind at
 * 100 evaluations (its time 13.9 → 7.8 s there).
 */
const COMPARISON_LISTS = [
  '.compare-summary',
  '.compare-pairs',
  '.compare-entry > h2',
  '.compare-entry > p',
  '.compare-facts > dt',
  '.compare-facts > dd:not(.compare-row-definition)',
  '.compare-row-definition .meta',
] as const;

/**
 * Parts of a page that are not searched (beyond what Pagefind leaves out itself: everything
 * outside the `data-pagefind-body` element SiteLayout puts on <main>, and every nav, footer, form,
 * label, svg, script and noscript). A chart's data table and download links repeat, as bare
 * numbers and file names, what its description says in words, and would crowd the excerpts; the
 * description itself, inside the same disclosure, is searched. A shared indicator's lists of
 * evaluations: COMPARISON_LISTS.
 * Text that is only visually hidden (a chart's description, a balloon's speaker) IS searched:
 * Pagefind reads the HTML, not the styles.
 */
export const NOT_SEARCHED = ['.chart-data > summary', '.chart-data .table-scroll', '.chart-downloads', ...COMPARISON_LISTS] as const;

/**
 * Pagefind's own search interfaces, which the site does not use (src/pages/search/ is its own,
 * smaller one): left out of what is published.
 */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * Indexes every page of a built site folder with Pagefind, in memory; nothing is written. The
 * pages are read from the folder (with spaces between table cells: separateCells) while the leak
 * scan reads them; the index is written only if the scan passes them (scanAndIndexSite). Files come back sorted by path. Pagefind writes the same bytes for the
 * same pages (its fragment names are hashes of their content), so the index is as deterministic
 * as the pages are.
 */
export async function buildSearchIndex(site: string, { ahead = PAGES_AHEAD }: { ahead?: number } = {}): Promise<SearchIndexFile[]> {
  try {
    // The site is in English (SiteLayout's lang="en-GB"): one index, with English word stems.
    const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: [...NOT_SEARCHED] });
    const index = created.index;
    if (!index) throw new Error(`the search index could not be started: ${created.errors.join('; ')}`);
    // A few pages are sent ahead of Pagefind's answers, so it is never left waiting while this thread
    // reads and trims the next page. Its service takes requests one at a time, in the order they
    // come (its service loop), so the index is the same as sending each page after the last.
    const inFlight = new Set<Promise<void>>();
    // The first failure, thrown once every page sent has been answered (none is left to fail unheard).
    const failures: Error[] = [];
    for (const page of sitePages(site)) {
      if (failures.length > 0) break;
      const html = readFileSync(join(site, page.file), 'utf8');
      // Pagefind indexes only pages that mark their body (SiteLayout's <main> does; the one-page
      // report does not, as its text is on the other pages): the rest need not be sent at all.
      if (!html.includes(BODY_MARK)) continue;
      const sent: Promise<void> = index.addHTMLFile({ url: page.url, content: separateCells(withoutDrawings(html)) }).then(
        (added) => {
          inFlight.delete(sent);
          if (added.errors.length > 0) failures.push(new Error(`${page.file} could not be indexed for search: ${added.errors.join('; ')}`));
        },
        (error: unknown) => {
          inFlight.delete(sent);
          failures.push(error instanceof Error ? error : new Error(String(error)));
        },
      );
      inFlight.add(sent);
      if (inFlight.size >= ahead) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const [failed] = failures;
    if (failed) throw failed;
    const { errors, files } = await index.getFiles();
    if (errors.length > 0) throw new Error(`the search index could not be made: ${errors.join('; ')}`);
    return files
      .filter((file) => !UNUSED_FILES.test(file.path))
      .map((file) => ({ path: file.path, content: file.content }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  } finally {
    // Pagefind runs as a separate program; it is stopped so the command can end.
    await pagefind.close();
  }
}

/** Every page of a built site, in path order: its file, and its address under the site (`manchester/index.html` → `/manchester/`). */
function sitePages(site: string): Array<{ file: string; url: string }> {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
    .map((file) => ({ file, url: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }));
}

/** How many pages are sent to Pagefind before its answer to the first (4: at 100 evaluations, pages went in a fifth sooner than one at a time; more gained nothing). */
const PAGES_AHEAD = 4;

/** The attribute on the element whose text Pagefind indexes; a page without it is left out of the index. */
const BODY_MARK = 'data-pagefind-body';

/** An <svg> element holding no other, with everything in it. */
const INNERMOST_SVG = /<svg\b(?:(?!<svg\b)[\s\S])*?<\/svg>/g;

/**
 * The page without its inline drawings (charts, diagrams, journey panels), which Pagefind leaves
 * out of the index anyway (it skips every <svg>): over half a page's bytes, so the index is the
 * same, made sooner. Nested drawings go from the inside out.
 */
export function withoutDrawings(html: string): string {
  let text = html;
  while (text.includes('<svg')) {
    const next = text.replace(INNERMOST_SVG, '');
    if (next === text) break;
    text = next;
  }
  return text;
}

/**
 * A space after the end of each table cell, caption and definition list term or description.
 * Pagefind runs the text of neighbouring <th>s (and a <dt> and its <dd>) together, so "Domain",
 * "Better" became "DomainBetter", found by neither word. Only spaces between tags are added:
 * the words are those the leak scan read (it reads the text on either side of a tag apart too).
 */
export function separateCells(html: string): string {
  return html.replace(/<\/(th|td|caption|dt|dd)>/gi, '$& ');
}

/**
 * The index's files as the leak scan reads them, named as they will be published
 * (`dist/pagefind/…`): each compressed file opened (searchIndexText), the rest as they are.
 */
export function searchIndexBuiltFiles(files: readonly SearchIndexFile[], publishedAs: string): BuiltFile[] {
  return files.map((file) => ({
    path: `${basename(publishedAs)}/${SEARCH_INDEX_FOLDER}/${file.path}`,
    text: searchIndexText(file.content) ?? Buffer.from(file.content).toString('utf8'),
  }));
}

/** Writes the index into the site folder's pagefind/ (which the author's public/ may not use: checkPublicFiles). */
export function writeSearchIndex(site: string, files: readonly SearchIndexFile[]): void {
  for (const file of files) {
    const path = join(site, SEARCH_INDEX_FOLDER, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

/**
 * The last step before the swap: the leak scan of the staged site and its search index, at the
 * same time (the scan in worker threads, the index by Pagefind's own process). The index is kept
 * in memory until the pages have passed; its files are then scanned too, opened, and written into
 * the staged site only when they pass as well. Returns the leaks found (then nothing was written,
 * and the caller discards the staged site). `build` is Pagefind unless a test stands in for it;
 * `scanned` is called when the scan of the pages ends; `keep` keeps each file's answer for the next build and `drawnPngs` names the PNGs evalsite drew (scanBuiltSite).
 */
export async function scanAndIndexSite(
  staging: string,
  publishedAs: string,
  tokens: readonly LeakToken[],
  build = buildSearchIndex,
  scanned: () => void = () => undefined,
  { keep, drawnPngs }: Pick<ScanOptions, 'keep' | 'drawnPngs'> = {},
): Promise<Problem[]> {
  const scan = scanBuiltSite(staging, publishedAs, tokens, { keep, drawnPngs }).then((leaks) => {
    // The build's stage timings (EVALSITE_TIMINGS) tell the leak scan apart from the index.
    scanned();
    return leaks;
  });
  const [pages, indexed] = await Promise.allSettled([scan, build(staging)]);
  // The scan's answer first: when it fails or finds a leak, the index's own failure (whose message
  // may name a page the scan refused) is never shown, and the index is dropped unwritten.
  if (pages.status === 'rejected') throw pages.reason;
  if (pages.value.length > 0) return pages.value;
  if (indexed.status === 'rejected') throw indexed.reason;
  const index = indexed.value;
  const indexLeaks = findLeaks(searchIndexBuiltFiles(index, publishedAs), tokens);
  if (indexLeaks.length > 0) return indexLeaks;
  writeSearchIndex(staging, index);
  return [];
}
