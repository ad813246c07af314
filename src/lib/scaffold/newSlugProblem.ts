import { isSlug } from '../text/slug.ts';
import { isReservedSlug, PREVIEW_PRIVATE_FOLDERS, RESERVED_SLUGS } from '../pipeline/buildSite.ts';
import { scanFileNames } from '../identifierScan/scanAuthorText.ts';

/**
 * Why a new evaluation may not have this folder name, or undefined when it may: the name becomes
 * the evaluation's address, so it is a slug (lowercase words joined by single hyphens), and not one
 * of the site's own pages. A name that looks like an identifier is refused by the build's name
 * scan, as any folder's is.
 */
export function newSlugProblem(slug: string): string | undefined {
  if (!isSlug(slug)) return 'lowercase letters and digits, in words joined by single hyphens, such as peer-mentoring-2025 (it becomes the evaluation’s address)';
  if (isReservedSlug(slug)) return `a name other than those of the site’s own pages and folders (${[...RESERVED_SLUGS, ...PREVIEW_PRIVATE_FOLDERS].sort().join(', ')})`;
  if (scanFileNames([`data/${slug}`]).length > 0) return 'a name that does not seem to hold a person’s name or another identifier (the scan of published names would refuse it)';
  return undefined;
}
