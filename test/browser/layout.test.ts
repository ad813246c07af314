// On a 360 px wide phone no page scrolls sideways.
import { expect, test } from 'vitest';
import { PHONE, openPage, pages, useBrowser, useTab } from './helpers.ts';

const tab = useTab(useBrowser(), { viewport: PHONE });

test.each(pages)('%s has no horizontal scroll at 360 px', async (path) => {
  const page = await tab();
  await openPage(page, path);
  const measure = await page.evaluate(() => {
    const root = document.documentElement;
    const clientWidth = root.clientWidth;
    // The outermost elements that reach past the viewport's right edge (their parent does
    // not), widest first: these are what to fix.
    const describe = (element: Element): string => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      return `${element.tagName.toLowerCase()}${id}${classes}`;
    };
    const pastEdge = (element: Element | null): boolean => element !== null && element.getBoundingClientRect().right > clientWidth + 1;
    const overflowing = [...document.body.querySelectorAll('*')]
      .filter((element) => pastEdge(element) && !pastEdge(element.parentElement))
      .map((element) => ({ element, right: element.getBoundingClientRect().right }))
      .sort((a, b) => b.right - a.right)
      .slice(0, 8)
      .map(({ element, right }) => {
        const parent = element.parentElement ? `${describe(element.parentElement)} > ` : '';
        return `${parent}${describe(element)} reaches ${Math.round(right)} px`;
      });
    return { scrollWidth: root.scrollWidth, clientWidth, overflowing };
  });
  expect(
    measure.scrollWidth,
    `${path} scrolls sideways at 360 px: scrollWidth ${measure.scrollWidth} > clientWidth ${measure.clientWidth}.\n` +
      `Outermost elements past the right edge:\n  ${measure.overflowing.join('\n  ')}\n`,
  ).toBeLessThanOrEqual(measure.clientWidth + 1);
});
