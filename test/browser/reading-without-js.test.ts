// The site is plain HTML and CSS: with JavaScript off, the summary page still reads.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DESKTOP, SUMMARY_PAGE, openPage, pages, urlOf, useBrowser, useTab } from './helpers.ts';

const browser = useBrowser();
let opening: Promise<Page> | undefined;

/** The summary page in a context with JavaScript disabled, opened once for this file. */
function summary(): Promise<Page> {
  opening ??= (async () => {
    const context = await (await browser()).newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await openPage(page, SUMMARY_PAGE);
    return page;
  })();
  return opening;
}

test('JavaScript really is off in this context', async () => {
  const page = await summary();
  // A script in the page would change the title; with JavaScript off it cannot run.
  await page.addScriptTag({ content: 'document.title = "JS ran";' }).catch(() => undefined);
  expect(await page.title()).not.toBe('JS ran');
});

test('headline figures and their bases are shown: 49% (41 of 84), and engagement in its protected form "over 95%" of 84', async () => {
  const page = await summary();
  const card = page.locator('.card', { hasText: 'Engaged for over three months' }).first();
  expect(await card.isVisible(), 'no visible card for engagement over three months').toBe(true);
  expect(await card.locator('.card-value').innerText()).toContain('49%');
  expect(await card.locator('.card-base').innerText()).toContain('41 of 84');
  const engaged = page.locator('.card', { hasText: 'Engaged with the service' }).first();
  expect(await engaged.locator('.card-value').innerText()).toBe('over 95%');
  expect(await engaged.locator('.card-base').innerText()).toContain('of 84');
});

test('every chart on the findings page has a data table that opens without JavaScript', async () => {
  const page = await (await summary()).context().newPage();
  await openPage(page, '/manchester/findings/');
  const charts = page.locator('figure.chart');
  const count = await charts.count();
  expect(count, 'no charts on the findings page').toBeGreaterThan(3);
  expect(await page.locator('figure.chart .chart-not-drawn').count(), 'no chart on the findings page is replaced by its sentence').toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const chart = charts.nth(index);
    const table = chart.locator('table.data-table');
    expect(await table.count()).toBe(1);
    // The table is disclosed on request: a native <details>, which needs no script to open. A
    // chart that is not drawn is its sentence and its table, open from the start.
    const notDrawn = (await chart.locator('.chart-not-drawn').count()) > 0;
    expect(await table.isVisible()).toBe(notDrawn);
    if (!notDrawn) await chart.locator('details.chart-data > summary').click();
    expect(await table.isVisible()).toBe(true);
    expect((await table.locator('caption').innerText()).trim()).not.toBe('');
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
  }
});

test('the comparison pages read without JavaScript: the index links each figure’s page, whose figures, verdicts and reasons are visible, and the folded lists and rules open', async () => {
  const page = await (await summary()).context().newPage();
  await openPage(page, '/compare/');
  // The figures shared in name only are folded in a native <details>, which opens with no script.
  const unlike = page.locator('details.compare-unlike');
  expect(await unlike.locator('a').first().isVisible()).toBe(false);
  await unlike.locator('summary').click();
  expect(await unlike.locator('a').first().isVisible()).toBe(true);
  await page.locator('.compare-contents > .compare-index a[href="/compare/engaged/"]').click();
  await page.waitForURL(urlOf('/compare/engaged/'));
  const engaged = page.locator('section.compare-indicator', { has: page.locator('h1#compare-engaged') });
  expect(await engaged.locator('.compare-entry').count()).toBe(3);
  expect(await engaged.locator('.compare-entry .compare-value').first().isVisible()).toBe(true);
  // A refused pair and its reason are on the page as text, not behind a control.
  const refused = engaged.locator('.compare-unlike').first();
  expect(await refused.isVisible()).toBe(true);
  expect(await refused.innerText()).toContain('They were worked out differently');
  // The rules are in a native <details> on the index, which opens with no script.
  await openPage(page, '/compare/');
  const rules = page.locator('details.compare-rules');
  expect(await rules.locator('ul').isVisible()).toBe(false);
  await rules.locator('summary').click();
  expect(await rules.locator('ul').isVisible()).toBe(true);
  await page.close();
});

test('the site-wide figures files are plain files: figures.json parses and figures.csv starts with its header', async () => {
  const page = await (await summary()).context().newPage();
  const json = await page.request.get(urlOf('/figures.json'));
  expect(json.ok()).toBe(true);
  expect(((await json.json()) as { figures: unknown[] }).figures.length).toBeGreaterThan(100);
  const csv = await page.request.get(urlOf('/figures.csv'));
  expect((await csv.text()).startsWith('evaluation,figure_id,label,')).toBe(true);
  await page.close();
});

const tabWithoutScripts = useTab(browser, { viewport: DESKTOP, javaScriptEnabled: false });

test.each(pages)('%s reads without JavaScript: its heading and its text are there', async (path) => {
  const page = await tabWithoutScripts();
  await openPage(page, path);
  expect(await page.locator('h1').first().isVisible(), `${path}: no visible h1`).toBe(true);
  // Every page says something in words, not only once a script has run.
  expect((await page.locator('main').innerText()).trim().length, `${path}: main is nearly empty`).toBeGreaterThan(100);
});
