import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';

// The example site (test/support/exampleSite.ts): the bundled examples and a narrative-only evaluation, built once per run.
const { root } = inject('exampleSite');
const dist = join(root, 'dist');
const documentOf = (path: string) => parseHTML(readFileSync(join(dist, path), 'utf8')).document;
const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The evaluations a portfolio page lists, by the slug each card's title links to, in order. */
const cardsOn = (path: string) => [...documentOf(path).querySelectorAll('.portfolio-card .portfolio-title a')].map((link) => (link.getAttribute('href') ?? '').replace(/^\/|\/$/g, ''));

describe('the portfolio home and its filter pages', () => {
  test('the home page has a card per evaluation, newest period first', () => {
    // Periods' ends: peer support and needs inventory March 2023 (peer support started later, April
    // 2022 against January 2022, so it is newer), Justice Data Lab March 2018, Manchester May 2015,
    // narrative-only December 2014, Tayside March 2014, Knowsley June 2013.
    expect(cardsOn('index.html')).toEqual(['peer-support', 'needs-inventory', 'jdl-mentoring', 'manchester', 'narrative-only', 'tayside', 'knowsley']);
    expect(cardsOn('portfolio/oldest/index.html')).toEqual(['knowsley', 'tayside', 'manchester', 'narrative-only', 'jdl-mentoring', 'needs-inventory', 'peer-support']);
  });

  test("a card's headline figures are the summary's headline cards, value and base, three at most", () => {
    const card = [...documentOf('index.html').querySelectorAll('.portfolio-card')].find((element) => element.querySelector('a[href="/manchester/"]'));
    const figures = [...(card?.querySelectorAll('.portfolio-figures li') ?? [])].map((li) => [text(li.querySelector('.portfolio-figure-value')), text(li.querySelector('.portfolio-figure-base'))]);
    const summary = documentOf('manchester/index.html');
    const headlines = [...summary.querySelectorAll('.headline-cards .card')].slice(0, 3).map((element) => [text(element.querySelector('.card-value')), text(element.querySelector('.card-base'))]);
    expect(figures).toHaveLength(3);
    expect(figures).toEqual(headlines);
  });

  test('each filter page lists exactly the matching evaluations, shows the active filter and links to clear it', () => {
    // Tayside alone states a women's service; three evaluations map a domain to accommodation.
    expect(cardsOn('portfolio/client-group/women/index.html')).toEqual(['tayside']);
    expect(cardsOn('portfolio/domain/accommodation/index.html')).toEqual(['needs-inventory', 'manchester', 'tayside']);
    expect(cardsOn('portfolio/area/manchester/index.html')).toEqual(['manchester']);
    // Manchester's period runs from December 2013 to May 2015; Tayside's from April 2013; the narrative-only one is 2014.
    expect(cardsOn('portfolio/year/2014/index.html')).toEqual(['manchester', 'narrative-only', 'tayside']);
    const page = documentOf('portfolio/area/manchester/index.html');
    expect(text(page.querySelector('.portfolio-active'))).toBe('Showing the evaluation with area Manchester, of 7 in all. Clear the filter and show every evaluation');
    expect(page.querySelector('.portfolio-active a')?.getAttribute('href')).toBe('/');
    expect([...page.querySelectorAll('.portfolio-filters a[aria-current="page"]')].map((link) => link.getAttribute('href'))).toEqual(['/portfolio/area/manchester/']);
  });

  test('every filter link leads to a page that was built', () => {
    const home = documentOf('index.html');
    const links = [...home.querySelectorAll('.portfolio-filters a')].map((link) => link.getAttribute('href') ?? '');
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(existsSync(join(dist, link, 'index.html')), link).toBe(true);
  });
});

describe('findings and recommendations as items', () => {
  const FIGURES = new Map<string, string>(
    (['manchester', 'tayside'] as const).flatMap((slug) =>
      (JSON.parse(readFileSync(join(dist, slug, 'figures.json'), 'utf8')) as { figures: Array<{ id: string; display: string }> }).figures.map(
        (figure) => [`${slug} ${figure.id}`, figure.display] as const,
      ),
    ),
  );

  test("each item's anchor is its manifest id, with a permalink to itself", () => {
    const page = documentOf('manchester/conclusions/index.html');
    const items = [...page.querySelectorAll('li.item')];
    expect(items.map((item) => item.getAttribute('id'))).toEqual([
      'finding-take-up',
      'finding-offending-before-and-after',
      'finding-motivation-and-attitudes',
      'finding-accommodation-needs',
      'recommendation-keep-peer-mentors-in-iom',
      'recommendation-housing-partner',
      'recommendation-comparison-group',
    ]);
    for (const item of items) expect(item.querySelector('.item-meta a:last-child')?.getAttribute('href')).toBe(`/manchester/conclusions/#${item.getAttribute('id') ?? ''}`);
  });

  test("every figure in an item reads as the evaluation's figures.json publishes it", () => {
    for (const slug of ['manchester', 'tayside']) {
      const spans = [...documentOf(`${slug}/conclusions/index.html`).querySelectorAll('span.figure')];
      expect(spans.length).toBeGreaterThan(3);
      for (const span of spans) expect(text(span.querySelector('strong')), span.getAttribute('data-indicator') ?? '').toBe(FIGURES.get(`${slug} ${span.getAttribute('data-indicator') ?? ''}`));
    }
  });

  test('the conclusions page is in the navigation only of evaluations with items', () => {
    const nav = (slug: string) => [...documentOf(`${slug}/index.html`).querySelectorAll('nav.evaluation-nav a')].map((link) => text(link));
    expect(nav('tayside')).toContain('Conclusions');
    expect(nav('knowsley')).not.toContain('Conclusions');
    expect(existsSync(join(dist, 'knowsley/conclusions/index.html'))).toBe(false);
  });

  test('the portfolio page per theme lists the items of that theme from every evaluation, each linking to its own address', () => {
    const page = documentOf('findings-and-recommendations/accommodation/index.html');
    expect([...page.querySelectorAll('.item-meta a')].map((link) => link.getAttribute('href'))).toEqual([
      '/manchester/conclusions/#finding-accommodation-needs',
      '/tayside/conclusions/#finding-housing-gap-between-services',
      '/manchester/conclusions/#recommendation-housing-partner',
      '/tayside/conclusions/#recommendation-housing-support-for-men',
    ]);
    expect([...documentOf('findings-and-recommendations/index.html').querySelectorAll('.theme-filter a')].map((link) => link.getAttribute('href'))).toEqual([
      '/findings-and-recommendations/',
      '/findings-and-recommendations/accommodation/',
      '/findings-and-recommendations/attitudes-thinking-behaviour/',
      '/findings-and-recommendations/reoffending/',
      '/findings-and-recommendations/service-delivery/',
    ]);
  });
});
