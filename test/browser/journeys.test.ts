// Client journey pages in Chromium: the strip reads as a script in the accessibility tree, the
// grid is one panel per row on a phone with no sideways scroll, every balloon's words stay inside
// their balloon with the real font, and a printed PDF never splits a panel across two pages.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DESKTOP, PHONE, openPage, pages, useBrowser } from './helpers.ts';

const browser = useBrowser();
const journeyPages = pages.filter((path) => /\/journeys\/[^/]+\/$/.test(path));

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await (await browser()).newPage({ viewport });
  await openPage(page, path);
  return page;
}

interface ScriptBalloon {
  readonly speaker: string;
  readonly kind?: string;
  readonly text: string;
}
interface Script {
  readonly cast: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly panels: ReadonlyArray<{ readonly caption?: string; readonly balloons?: readonly ScriptBalloon[]; readonly milestone?: { readonly label: string } }>;
}

/** The journey's own YAML, read here independently of the build, as the expected script. */
function script(path: string): Script {
  const [, evaluation, journey] = /^\/([^/]+)\/journeys\/([^/]+)\/$/.exec(path) ?? [];
  return parse(readFileSync(new URL(`../../content/${evaluation}/journeys/${journey}.yaml`, import.meta.url), 'utf8')) as Script;
}

const VERB: Readonly<Record<string, string>> = { speech: 'says', thought: 'thinks', whisper: 'whispers', shout: 'shouts' };
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the examples publish their journeys: three composites and an illustrative case on Manchester, one on Knowsley', () => {
  expect(journeyPages).toEqual(
    expect.arrayContaining([
      '/manchester/journeys/journey-1/',
      '/manchester/journeys/journey-2/',
      '/manchester/journeys/journey-3/',
      '/manchester/journeys/lee-case-study/',
      '/knowsley/journeys/journey-4/',
    ]),
  );
});

/** Every balloon's visible words against its drawn outline, the balloons counted, and the panels in the first row. */
async function measureBalloons(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    let balloons = 0;
    for (const frame of document.querySelectorAll<HTMLElement>('.panel-frame')) {
      // The balloon's body, tail left out: words must sit inside the box or cloud itself.
      const outlines = [...frame.querySelectorAll('svg .balloon-body')].map((body) => body.getBoundingClientRect());
      [...frame.querySelectorAll<HTMLElement>('p.balloon')].forEach((words, index) => {
        balloons += 1;
        // The visible words only: the speaker's name before them is for screen readers.
        const shown = [...words.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
        const range = document.createRange();
        range.setStartBefore(shown[0] ?? words);
        range.setEndAfter(shown.at(-1) ?? words);
        const text = range.getBoundingClientRect();
        const outline = outlines[index];
        if (!outline || text.left < outline.left || text.right > outline.right || text.top < outline.top || text.bottom > outline.bottom) {
          problems.push(`${frame.closest('li')?.id ?? ''} balloon ${index + 1}: "${words.textContent}"`);
        }
      });
    }
    const tops = [...document.querySelectorAll('.panel-frame')].map((frame) => Math.round(frame.getBoundingClientRect().top));
    return { problems, balloons, perFirstRow: tops.filter((top) => top === tops[0]).length, commentary: document.querySelectorAll('.panel-commentary').length };
  });
}

describe.each(journeyPages)('%s', (path) => {
  test('the accessibility tree reads every balloon in story order, each with its speaker', async () => {
    const page = await open(path, DESKTOP);
    const tree = await page.locator('ol.strip').ariaSnapshot();
    const { cast, panels } = script(path);
    const nameOf = (id: string) => cast.find((member) => member.id === id)?.name ?? id;
    const expected = panels.flatMap((panel) => (panel.balloons ?? []).map((balloon) => squash(`${nameOf(balloon.speaker)} ${VERB[balloon.kind ?? 'speech']}: ${balloon.text}`)));
    expect(expected.length).toBeGreaterThan(3);
    // Each balloon is found after the one before it in the tree's text.
    const text = squash(tree.replace(/^\s*- (paragraph|listitem|list|text)( ".*")?:?/gm, ' '));
    let from = 0;
    for (const line of expected) {
      const at = text.indexOf(line, from);
      expect(at, `"${line}" not found after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
    await page.close();
  });

  test('on a 360 px phone: one panel per row, no sideways scroll', async () => {
    const page = await open(path, PHONE);
    const layout = await page.evaluate(() => ({
      lefts: [...document.querySelectorAll('.panel-frame')].map((frame) => Math.round(frame.getBoundingClientRect().left)),
      tops: [...document.querySelectorAll('.panel-frame')].map((frame) => frame.getBoundingClientRect().top),
      scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(layout.lefts.length).toBeGreaterThan(3);
    expect(new Set(layout.lefts).size).toBe(1);
    layout.tops.slice(1).forEach((top, index) => expect(top).toBeGreaterThan(layout.tops[index] ?? Infinity));
    expect(layout.scroll).toBeLessThanOrEqual(1);
    await page.close();
  });

  test('on a desktop several panels share a row, and every balloon’s words lie inside their balloon', async () => {
    const page = await open(path, DESKTOP);
    const result = await measureBalloons(page);
    expect(result.balloons).toBeGreaterThan(3);
    expect(result.problems).toEqual([]);
    // With an evaluator's note beside each step, a row holds one panel and its note.
    expect(result.perFirstRow).toBeGreaterThanOrEqual(result.commentary > 0 ? 1 : 2);
    await page.close();
  });

  test('zoomed to 400% (a 1280 px window is then 320 CSS px wide): words still inside their balloons, nothing off the side', async () => {
    const page = await open(path, { width: 320, height: 800 });
    const result = await measureBalloons(page);
    expect(result.balloons).toBeGreaterThan(3);
    expect(result.problems).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
    await page.close();
  });

  test('printed to PDF, no panel is split across pages', async () => {
    const page = await open(path, DESKTOP);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const { panels } = script(path);
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    const pageTexts: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      pageTexts.push(
        content.items
          .map((item) => ('str' in item ? item.str : ''))
          .join('')
          .replace(/\s+/g, ''),
      );
    }
    expect(document.numPages).toBeGreaterThan(1);
    panels.forEach((panel, index) => {
      // The caption at the top of the frame, the balloons inside it, the milestone line under it.
      const words = [panel.caption, ...(panel.balloons ?? []).map((balloon) => balloon.text), panel.milestone?.label]
        .filter((text): text is string => text !== undefined)
        .map((text) => text.replace(/\s+/g, ''));
      if (words.length === 0) return;
      const onPages = words.map((text) => pageTexts.findIndex((pageText) => pageText.includes(text)));
      expect(
        onPages.every((pageIndex) => pageIndex >= 0),
        `panel ${index + 1}: some words not found in the PDF`,
      ).toBe(true);
      expect(new Set(onPages).size, `panel ${index + 1} is split across pages ${[...new Set(onPages)].map((p) => p + 1).join(' and ')}`).toBe(1);
    });
    await page.close();
  });
});

test('the kit gallery shows every scene, expression, pose and balloon by name', async () => {
  const page = await open('/journey-kit/', DESKTOP);
  const captions = await page.locator('figcaption code').allTextContents();
  for (const scene of [
    'secure-unit',
    'prison-visits-room',
    'prison-gate',
    'car-park',
    'cafe',
    'job-centre',
    'probation-office',
    'home-kitchen',
    'hostel-room',
    'gym',
    'bowling-alley',
    'college',
    'street',
    'construction-site',
  ]) {
    expect(captions).toContain(`scene: ${scene}`);
  }
  for (const expression of ['neutral', 'happy', 'worried', 'frustrated', 'thinking']) expect(captions).toContain(`expression: ${expression}`);
  for (const pose of ['standing', 'sitting', 'walking', 'on-the-phone']) expect(captions).toContain(`pose: ${pose}`);
  // Every kind of balloon, drawn as in a journey, with its words inside it.
  const balloons = await measureBalloons(page);
  expect(balloons.balloons).toBe(4);
  expect(balloons.problems).toEqual([]);
  expect(await page.locator('.strip .balloon-body').count()).toBe(4);
  await page.close();
});
