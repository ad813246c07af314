import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import { derivedOnce, evaluationBySlug, pageKeysWanted, siteData } from './siteData.ts';

/**
 * The `cacheKey` an evaluation's pages give Astro's incremental build (scripts/io/runAstro.ts): a
 * hash of everything those pages read — the evaluation's own result, the site's settings, whether
 * the report is printed to PDF — and of the Node.js and Unicode data they are formatted with.
 * Astro also checks that the page's code, its configuration (the base path among it) and the
 * installed libraries are unchanged; a page whose key and code match the last build's is copied
 * from it instead of being laid out again, so the key must name every input: an evaluation's
 * pages never read another evaluation (test/build/kept-pages.test.ts fails if they do).
 * Serialised as structured clone does (node:v8), which reads back to the same value, so two
 * different inputs never give the same bytes (JSON would not: NaN and null read alike). Undefined
 * when the build keeps no pages (`--no-cache`, the live preview).
 */
export function evaluationPageKey(slug: string): string | undefined {
  // Worked out only when the pages are kept: hashing every evaluation costs about 10 ms each.
  if (!pageKeysWanted()) return undefined;
  const keys = derivedOnce('evaluation-page-keys', () => new Map<string, string>());
  let key = keys.get(slug);
  if (key === undefined) {
    const { settings, reportPdf } = siteData();
    key = createHash('sha256')
      .update(`evalsite-pages 1\0${process.version}\0${process.versions.icu ?? ''}\0`)
      .update(serialize([settings, reportPdf, evaluationBySlug(slug)]))
      .digest('hex');
    keys.set(slug, key);
  }
  return key;
}
