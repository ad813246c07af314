// The portfolio's filters and sort are plain links to static pages: with JavaScript off, a reader filters, clears and sorts.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DESKTOP, PHONE, openPage, urlOf, useBrowser } from './helpers.ts';

const browser = useBrowser();

async function pageWithoutJs(viewport: { width: number; height: number } = DESKTOP): Promise<Page> {
  const context = await (await browser()).newContext({ viewport, javaScriptEnabled: false });
  const page = await context.newPage();
  await openPage(page, '/');
  return page;
}

/** The evaluations the page lists, by the address each card's title links to. */
const cards = (page: Page) => page.locator('.portfolio-card .portfolio-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

test('a filter link leads to the matching evaluations, shows the filter, and clears back to all', async () => {
  const page = await pageWithoutJs();
  // The six examples (data/): knowsley, tayside, manchester, jdl-mentoring, needs-inventory, peer-support.
  expect(await cards(page)).toHaveLength(6);
  await page.locator('.portfolio-filters a', { hasText: 'Women' }).click();
  await page.waitForURL(urlOf('/portfolio/client-group/women/'));
  // Tayside alone runs a women's service.
  expect(await cards(page)).toEqual(['/tayside/']);
  expect(await page.locator('.portfolio-active').innerText()).toContain('client group Women');
  await page.locator('.portfolio-active a', { hasText: 'Clear the filter' }).click();
  await page.waitForURL(urlOf('/'));
  expect(await cards(page)).toHaveLength(6);
  await page.context().close();
});

test('an outcome domain filter finds every programme whose domains map to it, whatever each called it', async () => {
  const page = await pageWithoutJs();
  await page.locator('.portfolio-filters a', { hasText: /^Accommodation/ }).click();
  await page.waitForURL(urlOf('/portfolio/domain/accommodation/'));
  // "Housing" (needs inventory), "Accommodation" (Manchester), "Accommodation and housing" (Tayside).
  expect(await cards(page)).toEqual(['/needs-inventory/', '/manchester/', '/tayside/']);
  await page.context().close();
});

test('sorting oldest first is a link, and so is going back to newest first', async () => {
  const page = await pageWithoutJs();
  // Peer support and the needs inventory both end in March 2023; peer support started later, so it is newer.
  expect((await cards(page))[0]).toBe('/peer-support/');
  await page.locator('a', { hasText: 'Sort oldest first' }).click();
  await page.waitForURL(urlOf('/portfolio/oldest/'));
  expect((await cards(page))[0]).toBe('/knowsley/');
  await page.locator('a', { hasText: 'Sort newest first' }).click();
  await page.waitForURL(urlOf('/'));
  await page.context().close();
});

test('on a phone the cards come first, and a link at their top leads to the filters', async () => {
  const page = await pageWithoutJs(PHONE);
  const jump = page.locator('.portfolio-jump a');
  expect(await jump.isVisible()).toBe(true);
  const cardsTop = await page.locator('.portfolio-cards').evaluate((element) => element.getBoundingClientRect().top);
  const filtersTop = await page.locator('.portfolio-filters').evaluate((element) => element.getBoundingClientRect().top);
  expect(cardsTop).toBeLessThan(filtersTop);
  // No card is wider than the phone.
  const widest = await page.locator('.portfolio-card').evaluateAll((elements) => Math.max(...elements.map((element) => element.getBoundingClientRect().right)));
  expect(widest).toBeLessThanOrEqual(PHONE.width);
  await page.context().close();
});
