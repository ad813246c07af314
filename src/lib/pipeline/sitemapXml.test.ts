import { describe, expect, test } from 'vitest';
import { pageAddress, robotsTxt, sitemapXml } from './sitemapXml.ts';

describe('sitemapXml(origin, basePath, pages)', () => {
  test('one <loc> per page, by its canonical address under the base path, sorted, once each, with no dates', () => {
    expect(sitemapXml('https://example.org', '/evaluations/', ['manchester/findings/', '', 'manchester/', 'manchester/'])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://example.org/evaluations/</loc></url>',
        '  <url><loc>https://example.org/evaluations/manchester/</loc></url>',
        '  <url><loc>https://example.org/evaluations/manchester/findings/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  test('an address is percent-encoded and escaped as XML', () => {
    expect(pageAddress('https://example.org', '/', 'a b/')).toBe('https://example.org/a%20b/');
    expect(sitemapXml('https://example.org', '/', ['x&y/'])).toContain('<loc>https://example.org/x&amp;y/</loc>');
  });
});

describe('robotsTxt(sitemap)', () => {
  test('lets every page be read, and names the sitemap when there is one', () => {
    expect(robotsTxt('https://example.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
    expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n');
  });
});
