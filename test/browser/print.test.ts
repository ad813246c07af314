// The summary page prints: a PDF comes out, and no headline card is split across pages.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DESKTOP, SUMMARY_PAGE, openPage, useBrowser } from './helpers.ts';

const browser = useBrowser();
let opening: Promise<Page> | undefined;

/** The summary page under print media, opened once for this file. */
function summary(): Promise<Page> {
  opening ??= (async () => {
    const context = await (await browser()).newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await openPage(page, SUMMARY_PAGE);
    await page.emulateMedia({ media: 'print' });
    return page;
  })();
  return opening;
}

test('the summary page prints to a non-empty PDF', async () => {
  const pdf = await (await summary()).pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(1000);
});

test('no headline card is split across printed pages (break-inside: avoid)', async () => {
  const cards = await (
    await summary()
  ).evaluate(() =>
    [...document.querySelectorAll('.card')].map((card) => ({
      label: card.querySelector('.card-label')?.textContent.trim() ?? card.id,
      breakInside: getComputedStyle(card).breakInside,
    })),
  );
  expect(cards.length, 'the summary page has no .card elements').toBeGreaterThan(0);
  const split = cards.filter((card) => card.breakInside !== 'avoid');
  expect(split, 'cards whose computed break-inside under print media is not "avoid"').toEqual([]);
});
