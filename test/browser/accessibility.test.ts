// Every built page has zero axe-core violations (all rules), on a desktop and on a phone.
import { describe, expect, test } from 'vitest';
import { DESKTOP, KNOWN_PAGES, PHONE, formatViolations, openPage, pages, runAxe, useBrowser } from './helpers.ts';

const browser = useBrowser();

test('the built site has the known pages', () => {
  expect(pages).toEqual(expect.arrayContaining([...KNOWN_PAGES]));
});

describe.each([
  { name: 'desktop (1280x800)', viewport: DESKTOP },
  { name: 'phone (360x800)', viewport: PHONE },
])('accessibility at $name', ({ name, viewport }) => {
  test.each(pages)('%s has no axe violations', async (path) => {
    const context = await (await browser()).newContext({ viewport });
    try {
      const page = await context.newPage();
      await openPage(page, path);
      const violations = await runAxe(page);
      expect(violations.length, formatViolations(`${path} at ${name}`, violations)).toBe(0);
    } finally {
      await context.close();
    }
  });
});
