// One typeface across text and charts, and chart descriptions kept for screen readers and the data
// table rather than printed under every title (issue 14).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseSiteSettings } from '../../src/lib/manifest/parseSiteSettings.ts';
import { DESKTOP, openPage, pages, useBrowser } from './helpers.ts';

const browser = useBrowser();
/** The typeface the example project's site.yaml chooses (its `font`; Atkinson Hyperlegible Next when it names none). */
const SITE_FONT = parseSiteSettings(readFileSync(new URL('../../site.yaml', import.meta.url), 'utf8'), () => true).settings?.fontName ?? '';

// One page of each kind the site builds, where it has one: summary, findings, methodology, theory of change, journeys, a journey, downloads, report, the site-wide pages.
const KINDS = [
  /^\/$/,
  /^\/manchester\/$/,
  /^\/manchester\/findings\/$/,
  /^\/manchester\/methodology\/$/,
  /\/theory-of-change\/$/,
  /^\/manchester\/journeys\/$/,
  /^\/manchester\/journeys\/[^/]+\/$/,
  /\/downloads\/$/,
  /\/report\/$/,
  /^\/justice-data-lab\/$/,
  /^\/journey-kit\/$/,
];
const PAGE_KINDS = KINDS.flatMap((kind) => pages.find((path) => kind.test(path)) ?? []);

/** Every element that draws text of its own (a text node, or a form control), with the first family of its computed font, where that is not the site's. */
function otherFamilies(page: Page): Promise<string[]> {
  return page.evaluate((font) => {
    const found: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      if (!ownText && !element.matches('input, button, select, textarea')) continue;
      const first = (getComputedStyle(element).fontFamily.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '');
      if (first !== font) found.push(`<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}>: ${first}`);
    }
    return [...new Set(found)];
  }, SITE_FONT);
}

describe('one typeface', () => {
  test('there is a page of every kind to look at', () => {
    expect(PAGE_KINDS.length).toBeGreaterThanOrEqual(8);
  });

  test.each(PAGE_KINDS)('%s: every text element, chart text, legend, table, code and control is set in the site font, and the font loads', async (path) => {
    const context = await (await browser()).newContext({ viewport: DESKTOP });
    try {
      const page = await context.newPage();
      await openPage(page, path);
      expect(await otherFamilies(page)).toEqual([]);
      expect(await page.evaluate((font) => document.fonts.check(`16px "${font}"`), SITE_FONT)).toBe(true);
      // The page's stylesheets declare that typeface alone: no other family's files are published or fetched.
      expect(await page.evaluate(() => [...new Set([...document.fonts].map((face) => face.family.replace(/^["']|["']$/g, '')))])).toEqual([SITE_FONT]);
    } finally {
      await context.close();
    }
  });

  test('chart SVG text counts too: a chart is on the findings page and its text is in the site font', async () => {
    const context = await (await browser()).newContext({ viewport: DESKTOP });
    try {
      const page = await context.newPage();
      await openPage(page, '/manchester/findings/');
      const families = await page.evaluate(() =>
        [...document.querySelectorAll('.chart-svg svg text')].map((text) =>
          getComputedStyle(text)
            .fontFamily.split(',')[0]
            ?.trim()
            .replace(/^["']|["']$/g, ''),
        ),
      );
      expect(families.length).toBeGreaterThan(20);
      expect(new Set(families)).toEqual(new Set([SITE_FONT]));
    } finally {
      await context.close();
    }
  });
});

describe('chart descriptions', () => {
  test('are not printed under the title, yet are each drawing’s accessible description and show when the data table is opened', async () => {
    const context = await (await browser()).newContext({ viewport: DESKTOP });
    try {
      const page = await context.newPage();
      await openPage(page, '/manchester/findings/');
      const client = await context.newCDPSession(page);
      const ids = await page.evaluate(() => [...document.querySelectorAll('figure.chart')].filter((figure) => figure.querySelector('.chart-svg svg')).map((figure) => figure.id));
      expect(ids.length).toBeGreaterThan(5);
      for (const id of ids) {
        const description = page.locator(`#${id} .chart-description`);
        const words = (await description.textContent()) ?? '';
        expect(words.length, id).toBeGreaterThan(40);
        // Not seen until asked for: the data table is closed.
        expect(await description.isVisible(), id).toBe(false);
        // What a screen reader is given for the drawing: Chromium's accessibility tree.
        const { root } = await client.send('DOM.getDocument', { depth: 0 });
        const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#${id} .chart-svg svg` });
        const { nodes } = await client.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
        const svg = nodes.find((node) => !node.ignored) ?? nodes[0];
        expect(svg?.role?.value, id).toBe('image');
        expect(svg?.name?.value, id).toBe(await page.locator(`#${id} h3`).textContent());
        expect(svg?.description?.value, id).toBe(words);
        // Opening the data table shows it, before the table.
        await page.locator(`#${id} .chart-data > summary`).click();
        expect(await description.isVisible(), id).toBe(true);
      }
    } finally {
      await context.close();
    }
  });
});
