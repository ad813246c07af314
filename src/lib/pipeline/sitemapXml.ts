import { escapeMarkup } from '../theme/escapeMarkup.ts';

/**
 * The sitemap (https://www.sitemaps.org/protocol.html) of a built site: one `<loc>` per page, its
 * canonical address (`origin` + base path + the page's folder), sorted, and no dates, so the same
 * site gives the same bytes. `pages` are the folders of the site's index.html files, relative to
 * the site's root (`''` for the home page, `manchester/findings/`).
 */
export function sitemapXml(origin: string, basePath: string, pages: readonly string[]): string {
  const urls = [...new Set(pages)].sort().map((page) => `  <url><loc>${escapeMarkup(pageAddress(origin, basePath, page))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** A page's canonical address: the origin, the base path and the page's folder, each segment percent-encoded as a browser would. */
export function pageAddress(origin: string, basePath: string, page: string): string {
  return new URL(`${basePath.replace(/\/?$/, '/')}${page.replace(/^\//, '')}`, origin).href;
}

/**
 * robots.txt: every page may be read, and where the sitemap is. Crawlers read it only at the root
 * of the host, so under a base path its Sitemap line belongs in the host's own (docs/publishing.md).
 */
export function robotsTxt(sitemap: string | null): string {
  return `User-agent: *\nAllow: /\n${sitemap === null ? '' : `\nSitemap: ${sitemap}\n`}`;
}
