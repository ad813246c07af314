// Every built page has zero axe-core violations (all rules), on a desktop and on a phone.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, KNOWN_PAGES, PHONE, formatViolations, launchBrowser, openPage, pages, runAxe } from './helpers.ts';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('the built site has the known pages', () => {
  expect(pages).toEqual(expect.arrayContaining([...KNOWN_PAGES]));
});

describe.each([
  { name: 'desktop (1280x800)', viewport: DESKTOP },
  { name: 'phone (360x800)', viewport: PHONE },
])('accessibility at $name', ({ name, viewport }) => {
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    if (!browser) throw new Error('Chromium did not start: see the error above.');
    context = await browser.newContext({ viewport });
  });

  afterAll(async () => {
    await context?.close();
  });

  test.each(pages)('%s has no axe violations', async (path) => {
    if (!context) throw new Error('no browser context: Chromium did not start.');
    const page = await context.newPage();
    try {
      await openPage(page, path);
      const violations = await runAxe(page);
      expect(violations.length, formatViolations(`${path} at ${name}`, violations)).toBe(0);
    } finally {
      await page.close();
    }
  });
});
