import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { parseHTML } from 'linkedom';

// The example site (test/support/exampleSite.ts), built once per run with the bundled site.yaml,
// whose url is https://evaluations.example.org/: what a page shared in an email or found in a
// search shows, and the sitemap. site-build.test.ts shows the same files are byte-identical
// across two builds in other folders, time zones and locales.
const { root } = inject('exampleSite');
const dist = join(root, 'dist');
const ORIGIN = 'https://evaluations.example.org';

/** Every page of the site: the folders of its index.html files, `''` for the home page. */
const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name === 'index.html')
  .map((entry) => relative(dist, entry.parentPath).split(sep).join('/'))
  .map((folder) => (folder === '' ? '' : `${folder}/`))
  .sort();

function head(page: string) {
  const { document } = parseHTML(readFileSync(join(dist, page, 'index.html'), 'utf8'));
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? null;
  return {
    title: document.querySelector('title')?.textContent ?? '',
    description: meta('meta[name="description"]'),
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    ogTitle: meta('meta[property="og:title"]'),
    ogUrl: meta('meta[property="og:url"]'),
    ogImage: meta('meta[property="og:image"]'),
    ogImageAlt: meta('meta[property="og:image:alt"]'),
    twitterCard: meta('meta[name="twitter:card"]'),
  };
}

/** The width and height a PNG's header gives (PNG spec: IHDR right after the 8-byte signature). */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('every page can be shared', () => {
  test('the site has its pages', () => {
    expect(pages).toContain('');
    expect(pages).toContain('manchester/findings/');
    expect(pages.length).toBeGreaterThan(20);
  });

  test.each(pages)('/%s has a title, a description, its canonical address and a share image that exists', (page) => {
    const tags = head(page);
    expect(tags.title.trim()).not.toBe('');
    expect(tags.title).toContain(' · evalsite examples');
    expect(tags.description?.trim()).toBeTruthy();
    expect(tags.description?.length).toBeLessThanOrEqual(200);
    expect(tags.canonical).toBe(`${ORIGIN}/${page}`);
    expect(tags.ogUrl).toBe(tags.canonical);
    expect(tags.ogTitle?.trim()).toBeTruthy();
    expect(tags.twitterCard).toBe('summary_large_image');
    expect(tags.ogImageAlt?.trim()).toBeTruthy();
    // An evaluation's pages share its own picture; the site's other pages, the site's.
    const slug = page.split('/')[0] ?? '';
    // An evaluation's pages have its own picture; the home page (whose folder now holds the site-wide figures.json) and the site's pages share one.
    const own = slug !== '' && existsSync(join(dist, slug, 'figures.json'));
    expect(tags.ogImage).toBe(own ? `${ORIGIN}/${slug}/share.png` : `${ORIGIN}/share.png`);
    expect(pngSize(join(dist, (tags.ogImage ?? '').slice(ORIGIN.length + 1)))).toEqual([1200, 630]);
  });

  test('an evaluation’s summary is described by its own summary; its other pages by what they hold', () => {
    expect(head('tayside/').description).toMatch(/^\S/);
    expect(head('manchester/methodology/').description).toMatch(/^How the figures for .* were worked out/);
    expect(head('').description).toBe(
      'Worked examples of evaluations of offender mentoring and resettlement services, published with evalsite: figures computed from the data, protected where numbers are small, with their methods.',
    );
  });
});

describe('sitemap.xml and robots.txt', () => {
  test('the sitemap lists every page by its canonical address, and nothing else', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    expect(listed).toEqual(pages.map((page) => `${ORIGIN}/${page}`));
    expect(sitemap.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
  });

  test('robots.txt lets every page be read and points to the sitemap', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`);
  });

  test('the page for an address the site does not have is not for search engines and has no canonical address', () => {
    const html = readFileSync(join(dist, '404.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
    expect(html).toContain('<h1>Page not found</h1>');
  });
});
