// The summary page prints: a PDF comes out, and no headline card is split across pages.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, SUMMARY_PAGE, launchBrowser, openPage } from './helpers.ts';

let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: DESKTOP });
  page = await context.newPage();
  await openPage(page, SUMMARY_PAGE);
  await page.emulateMedia({ media: 'print' });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

function summary(): Page {
  if (!page) throw new Error('the summary page did not open: see the error above.');
  return page;
}

test('the summary page prints to a non-empty PDF', async () => {
  const pdf = await summary().pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(1000);
});

test('no headline card is split across printed pages (break-inside: avoid)', async () => {
  const cards = await summary().evaluate(() =>
    [...document.querySelectorAll('.card')].map((card) => ({
      label: card.querySelector('.card-label')?.textContent?.trim() ?? card.id,
      breakInside: getComputedStyle(card).breakInside,
    })),
  );
  expect(cards.length, 'the summary page has no .card elements').toBeGreaterThan(0);
  const split = cards.filter((card) => card.breakInside !== 'avoid');
  expect(split, 'cards whose computed break-inside under print media is not "avoid"').toEqual([]);
});
