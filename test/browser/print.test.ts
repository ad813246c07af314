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

test('on paper, headings stay with what follows, the page furniture is dropped and links to other sites show their address', async () => {
  const page = await summary();
  const styles = await page.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element) : null;
    };
    // The examples link to no other site, so one such link, and one within the site, are put in for the test.
    const main = document.querySelector('main');
    const external = document.createElement('a');
    external.href = 'https://example.org/report';
    external.textContent = 'the report';
    const internal = document.createElement('a');
    internal.href = '/manchester/methodology/';
    internal.textContent = 'methods';
    main?.append(external, internal);
    const after = (link: Element) => getComputedStyle(link, '::after').content;
    const result = {
      headingBreakAfter: style('main h2')?.breakAfter,
      navDisplay: style('.evaluation-nav')?.display,
      breadcrumbDisplay: style('.breadcrumb')?.display,
      externalAfter: after(external),
      internalAfter: after(internal),
    };
    external.remove();
    internal.remove();
    return result;
  });
  expect(styles.headingBreakAfter).toBe('avoid');
  expect(styles.navDisplay).toBe('none');
  expect(styles.breadcrumbDisplay).toBe('none');
  expect(styles.externalAfter).toBe('" (https://example.org/report)"');
  expect(styles.internalAfter).toBe('none');
});

test('each printed page of an evaluation carries its title, as an escaped CSS string that cannot end early', async () => {
  const page = await summary();
  // The running title's own style element (the brand's colours have another).
  const rule = await page.evaluate(() =>
    [...document.querySelectorAll('head style')]
      .map((element) => element.textContent)
      .filter((text) => text.includes('@page') && text.includes('content:'))
      .join('\n'),
  );
  // The Manchester example's title, letters and spaces as they are and the comma as its escape (U+002C).
  expect(rule).toBe('@page { @top-left { content: "Mentoring within Integrated Offender Management\\2c  Manchester"; } }');
});
