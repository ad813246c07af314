// The site is plain HTML and CSS: with JavaScript off, the summary page still reads.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DESKTOP, SUMMARY_PAGE, openPage, useBrowser } from './helpers.ts';

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

test('the headline figure 96% and its base "81 of 84" are shown', async () => {
  const page = await summary();
  const card = page.locator('.card', { hasText: '96%' }).first();
  expect(await card.isVisible(), 'no visible .card shows 96%').toBe(true);
  expect(await card.locator('.card-value').innerText()).toContain('96%');
  expect(await card.locator('.card-base').innerText()).toContain('81 of 84');
});

test("the chart's data table is present and visible", async () => {
  const page = await summary();
  const tables = page.locator('figure.chart table.data-table');
  expect(await tables.count(), 'no figure.chart holds a table.data-table').toBeGreaterThan(0);
  const table = tables.first();
  expect(await table.isVisible()).toBe(true);
  expect((await table.locator('caption').innerText()).trim()).not.toBe('');
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
});
