// Charts are readable on a phone and use the column on a desktop: at 360 px no chart text is drawn
// below 12 px, and at 1280 px every chart is as wide as its column.
import { expect, test } from 'vitest';
import { DESKTOP, PHONE, openPage, pages, useBrowser, useTab } from './helpers.ts';

const browser = useBrowser();
const phoneTab = useTab(browser, { viewport: PHONE });
const desktopTab = useTab(browser, { viewport: DESKTOP });

/** The page kinds that carry charts: an evaluation's summary (its main chart), findings and report, and the Justice Data Lab pages. */
const CHART_PAGES = pages.filter((path) => /^\/[^/]+\/((findings|report)\/)?$/.test(path) || path.startsWith('/justice-data-lab/'));

/** Smallest text a chart may draw on a phone, px. */
const SMALLEST_TEXT = 12;

test('the pages with charts include findings pages (so the tests below test something)', () => {
  expect(CHART_PAGES.filter((path) => path.endsWith('/findings/')).length).toBeGreaterThanOrEqual(3);
});

test.each(CHART_PAGES)("%s: at 360 px no chart text is below 12 px, cut off at the drawing's edge or drawn over other text", async (path) => {
  const page = await phoneTab();
  await openPage(page, path);
  const measured = await page.evaluate(() => {
    const small: string[] = [];
    const clipped: string[] = [];
    const overlapping: string[] = [];
    let texts = 0;
    for (const svg of document.querySelectorAll<SVGSVGElement>('.chart-svg svg')) {
      // A drawing hidden by the page's CSS (the other layout) is not what the reader sees.
      if (svg.getClientRects().length === 0) continue;
      const chart = svg.closest('figure')?.id ?? '(no id)';
      const frame = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll<SVGTextElement | SVGTSpanElement>('text, tspan')) {
        if (text.textContent.trim() === '' || text.getClientRects().length === 0) continue;
        // The size as drawn on screen: the font size in the drawing's units times every scale between the drawing and the screen (the viewBox shrunk to the column, any transforms).
        const matrix = text.getScreenCTM();
        if (!matrix) continue;
        const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
        texts += 1;
        if (size < 11.95) small.push(`${chart}: "${text.textContent.trim().slice(0, 40)}" at ${size.toFixed(1)} px`);
      }
      // Whole labels (a <text> with its lines): inside the drawing, and clear of each other.
      const boxes = [...svg.querySelectorAll('text')]
        .filter((text) => text.textContent.trim() !== '' && text.getClientRects().length > 0)
        .map((text) => ({ words: text.textContent.trim().slice(0, 40), box: text.getBoundingClientRect() }));
      for (const { words, box } of boxes) {
        if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) clipped.push(`${chart}: "${words}"`);
      }
      boxes.forEach((a, index) => {
        for (const b of boxes.slice(index + 1)) {
          const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (width > 1 && height > 1) overlapping.push(`${chart}: "${a.words}" and "${b.words}"`);
        }
      });
    }
    return { texts, small: [...new Set(small)], clipped, overlapping };
  });
  if (path.endsWith('/findings/')) expect(measured.texts, `${path}: no chart text found`).toBeGreaterThan(0);
  expect(measured.small, `${path} at 360 px: chart text below ${SMALLEST_TEXT} px:\n  ${measured.small.slice(0, 20).join('\n  ')}`).toEqual([]);
  expect(measured.clipped, `${path} at 360 px: chart text past the drawing's edge`).toEqual([]);
  expect(measured.overlapping, `${path} at 360 px: chart text drawn over other text`).toEqual([]);
});

test.each(CHART_PAGES)('%s: every chart fills its column at 1280 px', async (path) => {
  const page = await desktopTab();
  await openPage(page, path);
  const narrow = await page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('.chart-svg svg')]
      .filter((svg) => svg.getClientRects().length > 0)
      .map((svg) => {
        const column = (svg.closest('figure') ?? svg).getBoundingClientRect().width;
        return { chart: svg.closest('figure')?.id ?? '(no id)', width: svg.getBoundingClientRect().width, column };
      })
      .filter(({ width, column }) => width < column * 0.97 || width > column + 1)
      .map(({ chart, width, column }) => `${chart}: ${Math.round(width)} px in a column of ${Math.round(column)} px`),
  );
  expect(narrow, `${path} at 1280 px: charts not as wide as their column`).toEqual([]);
});
