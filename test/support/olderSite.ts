import { readdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Files only evalsite versions that mark their sites write: the search index, the tables
 * downloads, chart PNGs, share images, the site-wide figures, the sitemap, robots.txt and the 404
 * page. An unmarked site holding any of them is not one an older evalsite built, so the output
 * folder check does not recognise it (a mistyped --out must never wipe someone else's site).
 */
const NEWER_ONLY = /^(pagefind\/.*|figures\.(json|csv)|share\.png|sitemap\.xml|robots\.txt|404\.html|[a-z0-9-]+\/(share\.png|[a-z0-9-]+-tables\.(zip|xlsx)|charts\/[a-z0-9-]+\.png|[a-z0-9-]+\.pdf))$/;

/** Makes a site this version built look as an older evalsite built it: no marker, and none of the newer kinds of file. */
export function asOlderEvalsiteBuilt(site: string): void {
  rmSync(join(site, '.evalsite-build'));
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(site, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (NEWER_ONLY.test(file)) rmSync(join(site, file));
  }
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
}
