// The site is plain HTML and CSS: with JavaScript off, the summary page still reads.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, SUMMARY_PAGE, launchBrowser, urlOf } from './helpers.ts';

let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
  page = await context.newPage();
  const response = await page.goto(urlOf(SUMMARY_PAGE), { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${SUMMARY_PAGE}: the server answered ${response ? response.status() : 'nothing'}`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

function summary(): Page {
  if (!page) throw new Error('the summary page did not open: see the error above.');
  return page;
}

test('JavaScript really is off in this context', async () => {
  // A script the page runs would change the title; with JavaScript off it cannot.
  await summary().addScriptTag({ content: 'document.title = "JS ran";' }).catch(() => undefined);
  expect(await summary().title()).not.toBe('JS ran');
});

test('the headline figure 96% and its base "81 of 84" are shown', async () => {
  const card = summary().locator('.card', { hasText: '96%' }).first();
  await expect.poll(() => card.isVisible()).toBe(true);
  expect(await card.locator('.card-value').innerText()).toContain('96%');
  expect(await card.locator('.card-base').innerText()).toContain('81 of 84');
});

test("the chart's data table is present and visible", async () => {
  const table = summary().locator('figure.chart table.data-table').first();
  expect(await summary().locator('figure.chart table.data-table').count()).toBeGreaterThan(0);
  expect(await table.isVisible()).toBe(true);
  expect((await table.locator('caption').innerText()).trim()).not.toBe('');
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
});
