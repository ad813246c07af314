// The theory-of-change pages in Chromium with the real font: every label's rendered box lies inside
// its diagram box, the stacked form replaces the diagram on a phone, and the diagram prints whole.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DESKTOP, PHONE, openPage, pages, useBrowser } from './helpers.ts';

const browser = useBrowser();
// The evaluations' diagrams: the author guide has a page of the same name (its format), with no diagram.
const tocPages = pages.filter((path) => path.endsWith('/theory-of-change/') && !path.startsWith('/guide/'));

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await (await browser()).newPage({ viewport });
  await openPage(page, path);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

test("the diagram's key names the results it shows, in the colours they are written in: Tayside has targets met and missed, Manchester none", async () => {
  const key = async (path: string) => {
    const page = await open(path, DESKTOP);
    const items = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.toc-key li')].map((item) => [item.textContent.trim(), getComputedStyle(item).color]));
    await page.close();
    return items;
  };
  // #1b7a5a is rgb(27, 122, 90); #b34700 is rgb(179, 71, 0).
  expect(await key('/tayside/theory-of-change/')).toEqual(
    expect.arrayContaining([
      ['✓ met: the figure reached its target', 'rgb(27, 122, 90)'],
      ['✗ not met: the figure fell short of its target', 'rgb(179, 71, 0)'],
    ]),
  );
  expect((await key('/manchester/theory-of-change/')).map(([label]) => label)).toEqual(['Outcome with a published figure']);
});

test('both examples have a theory-of-change page', () => {
  expect(tocPages).toEqual(expect.arrayContaining(['/manchester/theory-of-change/', '/tayside/theory-of-change/']));
});

describe.each(tocPages)('%s', (path) => {
  test('every label, drawn with the loaded font, lies inside its box (getBBox)', async () => {
    const page = await open(path, DESKTOP);
    const outside = await page.evaluate(() => {
      const problems: string[] = [];
      for (const rect of document.querySelectorAll<SVGRectElement>('rect[data-box-id]')) {
        const id = rect.dataset['boxId'] ?? '';
        const box = rect.getBBox();
        for (const text of document.querySelectorAll<SVGTextElement>(`text[data-box="${CSS.escape(id)}"]`)) {
          const bounds = text.getBBox();
          if (bounds.x < box.x || bounds.y < box.y || bounds.x + bounds.width > box.x + box.width || bounds.y + bounds.height > box.y + box.height) {
            problems.push(`${id}: "${text.textContent}"`);
          }
        }
      }
      return { problems, boxes: document.querySelectorAll('rect[data-box-id]').length };
    });
    expect(outside.boxes).toBeGreaterThan(5);
    expect(outside.problems).toEqual([]);
    await page.close();
  });

  test('on a 360 px phone the diagram gives way to the stacked form, with no sideways scroll', async () => {
    const page = await open(path, PHONE);
    const state = await page.evaluate(() => ({
      diagramShown: (() => {
        const diagram = document.querySelector('.toc-diagram');
        return diagram !== null && getComputedStyle(diagram).display !== 'none';
      })(),
      stackedShown: document.querySelector<HTMLElement>('.toc-words')?.offsetHeight ?? 0,
      scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(state.diagramShown).toBe(false);
    expect(state.stackedShown).toBeGreaterThan(200);
    expect(state.scroll).toBeLessThanOrEqual(1);
    await page.close();
  });

  test('the words are folded beside the diagram on a wide screen, and open on a phone and on paper', async () => {
    const visibleWords = async (viewport: typeof DESKTOP | typeof PHONE, media: 'screen' | 'print') => {
      const page = await open(path, viewport);
      await page.emulateMedia({ media });
      // Inside a closed <details> the list is still laid out but not rendered: checkVisibility says which.
      const height = await page.evaluate(() => {
        const words = document.querySelector<HTMLElement>('.toc-columns');
        return words?.checkVisibility() ? words.offsetHeight : 0;
      });
      await page.close();
      return height;
    };
    expect(await visibleWords(DESKTOP, 'screen')).toBe(0);
    expect(await visibleWords(PHONE, 'screen')).toBeGreaterThan(200);
    expect(await visibleWords(DESKTOP, 'print')).toBeGreaterThan(200);
  });

  test('printed, the diagram is kept whole on one page', async () => {
    const page = await open(path, DESKTOP);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const diagram = document.querySelector('.toc-diagram');
      return diagram ? { breakInside: getComputedStyle(diagram).breakInside, height: diagram.getBoundingClientRect().height, width: diagram.getBoundingClientRect().width } : null;
    });
    expect(printed?.breakInside).toBe('avoid');
    // An A4 page is about 1,000 CSS px tall inside its margins: the whole figure must fit.
    expect(printed?.height ?? Infinity).toBeLessThan(1000);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.close();
  });
});
