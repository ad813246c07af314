import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { serialize } from 'node:v8';
import { heldPartsDigest } from './heldParts.ts';
import { derivedOnce, evaluationBySlug, pageKeysWanted, siteData } from './siteData.ts';

/**
 * The `cacheKey` an evaluation's pages give Astro's incremental build (scripts/io/runAstro.ts). A
 * page whose key and code match the last build's is copied from it instead of being laid out
 * again, so the key names every input of the page:
 * - what the page reads: the evaluation's own result, the site's settings, whether the report is
 *   printed to PDF (an evaluation's pages never read another evaluation:
 *   test/build/kept-pages.test.ts fails if they do);
 * - evalsite's program and the Node.js and Unicode data the page is formatted with;
 * - the names of this build's stylesheets and other assets, which are hashes of their content:
 *   how the site's styles are split into files depends on every page, not only this one, and a
 *   copied page must link to files this build publishes.
 * Astro itself checks the page's own code, its configuration (the base path among it) and the
 * installed libraries.
 * Serialised as structured clone does (node:v8), which reads back to the same value, so two
 * different inputs never give the same bytes (JSON would not: NaN and null read alike). The same
 * value may give other bytes (a string held one byte or two to a character), which only lays a
 * page out again. Where a large portfolio's build holds an evaluation's large parts on disk
 * (scripts/io/evaluationsOnDisk.ts), the key names them by the hash of their values taken when
 * they were written (canonicalDigest.ts), which does not depend on how a string is held.
 * Undefined when the build keeps no pages (`--no-cache`, the live preview).
 */
export function evaluationPageKey(slug: string): string | undefined {
  const wanted = pageKeysWanted();
  // Worked out only when the pages are kept: hashing every evaluation costs about 10 ms each.
  if (!wanted) return undefined;
  const keys = derivedOnce('evaluation-page-keys', () => ({ common: commonKey(wanted.code, wanted.assets), bySlug: new Map<string, string>() }));
  let key = keys.bySlug.get(slug);
  if (key === undefined) {
    const { settings, reportPdf } = siteData();
    const evaluation = evaluationBySlug(slug);
    key = createHash('sha256')
      .update(keys.common)
      .update(serialize([settings, reportPdf, evaluation, heldPartsDigest(evaluation)]))
      .digest('hex');
    keys.bySlug.set(slug, key);
  }
  return key;
}

function commonKey(code: string, assets: string): string {
  // The assets are written before the pages are laid out (Astro bundles, then renders).
  let names: string[] = [];
  try {
    names = readdirSync(assets, { recursive: true, encoding: 'utf8' }).sort();
  } catch (error) {
    // A site with no stylesheet or asset at all: nothing to link to.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return createHash('sha256')
    .update(`evalsite-pages 3\0${code}\0${process.version}\0${process.versions.icu ?? ''}\0`)
    .update(JSON.stringify(names))
    .digest('hex');
}
