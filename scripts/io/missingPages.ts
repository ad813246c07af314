import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The pages a built site must have and `folder` lacks: the home page and every evaluation's
 * summary page. Astro builds whatever pages it finds and succeeds with none, so a site builder
 * pointed at the wrong folder would otherwise publish an empty site and report success.
 */
export function missingPages(folder: string, slugs: readonly string[]): string[] {
  const required = ['index.html', ...slugs.map((slug) => `${slug}/index.html`)];
  return required.filter((page) => !existsSync(join(folder, page)));
}
