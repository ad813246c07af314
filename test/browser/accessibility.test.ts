// Every built page has zero axe-core violations (all rules) on a desktop; the phone is
// accessibility-on-a-phone.test.ts.
import { expect, test } from 'vitest';
import { DESKTOP, KNOWN_PAGES, everyPageHasNoAxeViolations, pages } from './helpers.ts';

test('the built site has the known pages', () => {
  expect(pages).toEqual(expect.arrayContaining([...KNOWN_PAGES]));
});

everyPageHasNoAxeViolations('desktop (1280x800)', DESKTOP);
