import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { evaluationShareImageSvg, robotsTxt, siteDescription, sitemapXml, siteShareImageSvg, pageAddress, type SiteData } from '../../src/lib/index.ts';
import { renderPngs, type RenderPngsOptions } from './renderPngs.ts';
import { shareImagePicture } from './shareImagePng.ts';
import { writeNewSiteFile } from './writeNewSiteFile.ts';
import { siteFonts } from './siteFontMetrics.ts';

/** Where the share images are published: one per evaluation, in its folder, and one for the site's other pages. */
export const SHARE_IMAGE_FILE = 'share.png';

/**
 * The sharing files Astro does not make, written into the staging folder after Astro and before
 * the leak scan reads every file (scripts/cli.ts): each evaluation's share image and the site's,
 * and, when site.yaml gives the site's url, sitemap.xml (every page built, by its canonical
 * address) and robots.txt pointing to it. Everything comes from the site data, so only published
 * text goes in. A share image or sitemap never replaces a file already there (an author's under
 * public/): the build stops instead. An author's own robots.txt is kept. The share images are drawn
 * by `renderPngs`, like the chart PNGs (`options.cache` false for --no-cache).
 */
export async function writeSharing(staging: string, site: SiteData, base: string, options: RenderPngsOptions = {}): Promise<string[]> {
  const written: string[] = [];
  const write = (path: string, bytes: Uint8Array | string) => {
    writeNewSiteFile(staging, path, bytes);
    written.push(path);
  };
  const { settings } = site;
  const fonts = siteFonts(settings.font);
  const logo = settings.logo === null ? null : logoAddress(join(staging, ...settings.logo.split('/')));
  // Each evaluation's image, then the site's; an image's SVG is made when it is needed (each embeds the logo), never all at once.
  const { evaluations } = site;
  await renderPngs(
    evaluations.length + 1,
    (index) => {
      const evaluation = evaluations[index];
      return shareImagePicture(
        evaluation ? evaluationShareImageSvg(evaluation, settings, fonts, logo) : siteShareImageSvg(settings, siteDescription(settings, evaluations), fonts, logo),
        settings.font,
      );
    },
    (index, png) => write(index < evaluations.length ? `${evaluations[index]?.slug ?? ''}/${SHARE_IMAGE_FILE}` : SHARE_IMAGE_FILE, png),
    options,
  );
  const sitemap = settings.origin === null ? null : pageAddress(settings.origin, base, 'sitemap.xml');
  if (settings.origin !== null) write('sitemap.xml', sitemapXml(settings.origin, base, builtPages(staging)));
  if (!existsSync(join(staging, 'robots.txt'))) write('robots.txt', robotsTxt(sitemap));
  return written;
}

/**
 * The logo as the share images embed it: a data: address of the copy published with the site (from
 * public/, checked there like every public file), so the renderer reads nothing else.
 */
function logoAddress(path: string): string {
  const extension = path.toLowerCase().split('.').pop();
  const type = extension === 'svg' ? 'image/svg+xml' : extension === 'png' ? 'image/png' : 'image/jpeg';
  return `data:${type};base64,${readFileSync(path).toString('base64')}`;
}

/** The folders of every index.html under `folder`, relative to it with a trailing slash (`''` for the home page). */
export function builtPages(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => relative(folder, entry.parentPath).split(sep).join('/'))
    .map((page) => (page === '' ? '' : `${page}/`))
    .sort();
}
