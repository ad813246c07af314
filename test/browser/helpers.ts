// Shared helpers of the browser suite: the Chromium launch, the served site's URLs, axe.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import './provided.ts';

/** Debian's Chromium: the suite never downloads a browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', '--disable-quic'];

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 360, height: 800 } as const;

/** Pages the example site must always have, whatever else is built. */
export const KNOWN_PAGES = [
  '/',
  '/manchester/',
  '/manchester/methodology/',
  '/manchester/report/',
  '/justice-data-lab/',
  '/search/',
  '/compare/',
  // A shared indicator's own page (one alike pair and one refused), and one shared in name only.
  '/compare/engaged/',
  '/compare/referred/',
  // The portfolio (issue 15): sort, a filter page of each facet, items per evaluation and per theme, the taxonomy.
  '/portfolio/oldest/',
  '/portfolio/area/manchester/',
  '/portfolio/year/2014/',
  '/portfolio/organisation/tayside-council-on-alcohol/',
  '/portfolio/client-group/women/',
  '/portfolio/domain/accommodation/',
  '/manchester/conclusions/',
  '/tayside/conclusions/',
  '/findings-and-recommendations/',
  '/findings-and-recommendations/accommodation/',
  '/taxonomy/',
  // The author guide (issue 16): its contents, a doc with long tables and messages, and the two pages made from code.
  '/guide/',
  '/guide/errors/',
  '/guide/summary-components/',
  '/guide/example/',
] as const;

/** The example evaluation's summary page. */
export const SUMMARY_PAGE = '/manchester/';

export const baseUrl: string = inject('baseUrl');

/** Every built page, found by walking the built folder for index.html files. */
export const pages: readonly string[] = inject('pages');

export function urlOf(path: string): string {
  return new URL(path, `${baseUrl}/`).href;
}

/** Launches Debian's Chromium; fails (never skips) with how to install it when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed: ${CHROMIUM_PATH} does not exist, and the browser tests need it.\n` +
        "Install Debian's Chromium (as root):\n" +
        '  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium\n' +
        'then run `npm run test:browser` again. (Do not run `npx playwright install`: it downloads a browser, which this project does not use.)',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * One Chromium per test file, started by the first test that asks for it and closed after the
 * file. Each test awaits it, so when Chromium cannot start every test FAILS with the reason
 * (a throwing beforeAll would only mark them skipped).
 */
export function useBrowser(): () => Promise<Browser> {
  let launching: Promise<Browser> | undefined;
  afterAll(async () => {
    const browser = await launching?.catch(() => undefined);
    await browser?.close();
  });
  return () => (launching ??= launchBrowser());
}

/**
 * One tab for a test file's checks of page after page, opened by the first test that asks and
 * closed after the file. A new context for every page starts a new renderer process, which made
 * each check about twice as slow (39 pages with axe: 40 s against 22.5 s in one tab). Going to
 * the next page replaces the document, so nothing of one page is left in the next one's check;
 * tests that click, type or print keep a page of their own.
 */
export function useTab(browser: () => Promise<Browser>, options: BrowserContextOptions): () => Promise<Page> {
  let opening: Promise<Page> | undefined;
  afterAll(async () => {
    const page = await opening?.catch(() => undefined);
    await page?.context().close();
  });
  return async () => {
    // A tab whose renderer crashed (or that closed) is replaced, so one page's crash fails that page's test alone.
    const current = await opening?.catch(() => undefined);
    if (current === undefined || current.isClosed()) {
      await current?.context().close();
      opening = (async () => {
        const context = await (await browser()).newContext(options);
        const page = await context.newPage();
        page.on('crash', () => void page.close().catch(() => undefined));
        return page;
      })();
    }
    return opening as Promise<Page>;
  };
}

/** Opens a page and waits until it and its web fonts have loaded (fonts change text widths). */
export async function openPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(urlOf(path), { waitUntil: 'load' });
  if (!response?.ok()) {
    throw new Error(`${path}: the server answered ${response ? response.status() : 'nothing'}`);
  }
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

const require = createRequire(import.meta.url);
let axeSourceCache: string | undefined;

/** axe-core's minified source, to inject into a page. */
export function axeSource(): string {
  axeSourceCache ??= readFileSync(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
  return axeSourceCache;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: ReadonlyArray<{ readonly target: readonly unknown[]; readonly html: string; readonly failureSummary: string }>;
}

/** Runs every axe rule on the page's document and returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource() });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target,
        html: node.html,
        failureSummary: node.failureSummary ?? '',
      })),
    }));
  });
}

/** A report a developer can act on: rule, impact, help, and each offending element. */
export function formatViolations(where: string, violations: readonly AxeViolation[]): string {
  const lines = [`${where}: ${violations.length} axe violation${violations.length === 1 ? '' : 's'}`];
  for (const violation of violations) {
    lines.push(`  - ${violation.id} [${violation.impact ?? 'no impact given'}]: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes) {
      lines.push(`      at ${JSON.stringify(node.target)}: ${node.html.length > 200 ? `${node.html.slice(0, 200)}…` : node.html}`);
      for (const summaryLine of node.failureSummary.split('\n')) if (summaryLine.trim()) lines.push(`        ${summaryLine.trim()}`);
    }
  }
  return lines.join('\n');
}

/**
 * Every built page has zero axe-core violations (all rules) at one screen size, checked in one tab.
 * Each size is its own test file, so the two run side by side on two workers.
 */
export function everyPageHasNoAxeViolations(name: string, viewport: { readonly width: number; readonly height: number }): void {
  describe(`accessibility at ${name}`, () => {
    const tab = useTab(useBrowser(), { viewport });
    test.each(pages)('%s has no axe violations', async (path) => {
      const page = await tab();
      await openPage(page, path);
      const violations = await runAxe(page);
      expect(violations.length, formatViolations(`${path} at ${name}`, violations)).toBe(0);
    });
  });
}
