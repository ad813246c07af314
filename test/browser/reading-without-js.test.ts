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

test("every chart on the findings page has a data table that opens without JavaScript", async () => {
  const page = await (await summary()).context().newPage();
  await openPage(page, '/manchester/findings/');
  const charts = page.locator('figure.chart');
  const count = await charts.count();
  expect(count, 'no charts on the findings page').toBeGreaterThan(3);
  for (let index = 0; index < count; index += 1) {
    const chart = charts.nth(index);
    const table = chart.locator('table.data-table');
    expect(await table.count()).toBe(1);
    // The table is disclosed on request: a native <details>, which needs no script to open.
    expect(await table.isVisible()).toBe(false);
    await chart.locator('details.chart-data > summary').click();
    expect(await table.isVisible()).toBe(true);
    expect((await table.locator('caption').innerText()).trim()).not.toBe('');
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
  }
});
