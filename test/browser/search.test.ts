// Search in Chromium: words that occur only in a journey balloon and only in a chart's (visually
// hidden) description are found; the search page is keyboard-friendly and axe-clean with results
// shown; without JavaScript the header's search box still leads to a page that says what to do.
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DESKTOP, formatViolations, openPage, pages, runAxe, urlOf, useBrowser } from './helpers.ts';

const browser = useBrowser();

/**
 * Chosen from the examples: a balloon in content/knowsley/journeys/journey-4.yaml ("Smoking less
 * weed. My head's clearer."), and the description of Manchester's radar chart, which names the
 * 1 to 10 scale of its outcome star ("…with the better end of the 1 to 10 scale outward"). A
 * chart's description is written twice, both for screen readers: as the paragraph the chart is
 * described by, and as the drawing's own <desc> (which search leaves out with the drawing).
 */
const BALLOON = { words: 'smoking less weed', page: '/knowsley/journeys/journey-4/', within: 'p.balloon', times: 1 };
// Three times in one figure: the description paragraph, and the <desc> of its wide and of its narrow drawing.
const CHART_DESCRIPTION = { words: 'the better end of the 1 to 10 scale outward', page: '/manchester/findings/', within: '.chart-description, svg desc', times: 3 };

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Every built page's HTML, fetched from the served site. */
async function builtPages(): Promise<Array<{ path: string; html: string }>> {
  // Not the reports: each repeats its evaluation's pages on one page to print, and is left out of the search index.
  return Promise.all(pages.filter((path) => !path.endsWith('/report/')).map(async (path) => ({ path, html: await (await fetch(urlOf(path))).text() })));
}

/** Where words occur in the built pages: the page, the innermost element around each occurrence, and the chart figure it is in, if any. */
function occurrences(built: ReadonlyArray<{ path: string; html: string }>, words: string, within: string): Array<{ path: string; inside: boolean; figure: string | null }> {
  return built.flatMap(({ path, html }) => {
    const { document } = parseHTML(html);
    document.querySelectorAll('script').forEach((script) => script.remove());
    const count = squash(document.body.textContent).split(words).length - 1;
    if (count === 0) return [];
    // The innermost elements whose own text holds the words.
    const holders = [...document.body.querySelectorAll('*')].filter(
      (element) => squash(element.textContent).includes(words) && ![...element.children].some((child) => squash(child.textContent).includes(words)),
    );
    expect(holders.length, `${path}: the words "${words}" are in ${holders.length} elements, but occur ${count} times`).toBe(count);
    return holders.map((element) => ({ path, inside: element.matches(within), figure: element.closest('figure')?.id ?? null }));
  });
}

describe('the chosen words occur exactly where the tests say', () => {
  test.each([
    ['a journey balloon', BALLOON],
    ['a chart description', CHART_DESCRIPTION],
  ])('"%s": in the whole site, only in %s', async (_name, { words, page, within, times }) => {
    const found = occurrences(await builtPages(), words, within);
    expect(found).toHaveLength(times);
    for (const place of found) expect(place).toEqual({ path: page, inside: true, figure: found[0]?.figure });
  });
});

/** The search page, with JavaScript, after searching for `words` from its address. */
async function searchFor(words: string): Promise<Page> {
  const page = await (await browser()).newPage({ viewport: DESKTOP });
  await openPage(page, `/search/?q=${encodeURIComponent(words)}`);
  await page.locator('.search-results > li').first().waitFor({ timeout: 15_000 });
  return page;
}

/** Each result: the page it links to and everything it shows. */
async function results(page: Page): Promise<Array<{ path: string; text: string; sections: string[] }>> {
  return page.locator('.search-results > li').evaluateAll((items) =>
    items.map((item) => ({
      path: new URL(item.querySelector<HTMLAnchorElement>('h2 a')?.href ?? '').pathname,
      text: item.textContent,
      sections: [...item.querySelectorAll<HTMLAnchorElement>('.search-sections a')].map((link) => link.href),
    })),
  );
}

describe('searching, with JavaScript', () => {
  test('words only a journey balloon says find the journey first, with the words marked', async () => {
    const page = await searchFor(BALLOON.words);
    const found = await results(page);
    expect(found[0]?.path).toBe(BALLOON.page);
    expect(squash(found[0]?.text ?? '')).toContain(BALLOON.words);
    expect(await page.locator('.search-results > li').first().locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['Smoking', 'less', 'weed.']));
    expect(await page.locator('.search-status').innerText()).toMatch(/^\d+ pages? match(es)? “smoking less weed”/);
    await page.close();
  });

  test('words only a chart’s description says (text that is only for screen readers) find the findings page, and its section link lands on the chart', async () => {
    const page = await searchFor(CHART_DESCRIPTION.words);
    const found = await results(page);
    const findings = found.find((result) => result.path === CHART_DESCRIPTION.page);
    expect(findings, `no result for ${CHART_DESCRIPTION.page} among ${found.map((result) => result.path).join(', ')}`).toBeDefined();
    expect(squash(findings?.text ?? '')).toContain(CHART_DESCRIPTION.words);
    // The first section listed is the chart the words are in: its link goes to the chart on the page.
    const section = new URL(findings?.sections[0] ?? urlOf('/'));
    expect(section.pathname).toBe(CHART_DESCRIPTION.page);
    await page.goto(section.href);
    const chart = await page.evaluate((id) => document.getElementById(id)?.closest('figure')?.querySelector('.chart-description')?.textContent ?? '', section.hash.slice(1));
    expect(squash(chart)).toContain(CHART_DESCRIPTION.words);
    await page.close();
  });

  test('is used with the keyboard: the words, then the button, then the first result', async () => {
    const page = await searchFor(BALLOON.words);
    await page.focus('#search-words');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Search');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(BALLOON.page);
    // Typing a new search replaces the results and keeps the words in the address.
    await page.fill('#search-words', 'dyslexia');
    await page.waitForURL(/q=dyslexia/);
    await page.locator('.search-status', { hasText: '“dyslexia”' }).waitFor();
    await page.close();
  });

  test('has no axe violations with results shown', async () => {
    const page = await searchFor(CHART_DESCRIPTION.words);
    const violations = await runAxe(page);
    expect(violations.length, formatViolations('/search/ with results', violations)).toBe(0);
    await page.close();
  });
});

describe('searching, without JavaScript', () => {
  test('the header’s search box is a plain form: it opens the search page, which says search needs JavaScript and links to the evaluations and their methods', async () => {
    const context = await (await browser()).newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await openPage(page, '/manchester/');
      await page.fill('.site-header input[name="q"]', 'mentor');
      await page.press('.site-header input[name="q"]', 'Enter');
      await page.waitForURL(/\/search\/\?q=mentor$/);
      expect(await page.locator('[data-search-fallback]').innerText()).toContain('Searching this site needs JavaScript');
      expect(await page.locator('[data-search]').isVisible()).toBe(false);
      const links = (await page.locator('[data-search-fallback] a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))).map((href) => new URL(href).pathname);
      const methods = pages.filter((path) => /^\/[^/]+\/methodology\/$/.test(path));
      expect(methods.length).toBeGreaterThan(1);
      expect(links.sort()).toEqual(['/', ...methods].sort());
    } finally {
      await context.close();
    }
  });
});
