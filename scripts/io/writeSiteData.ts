import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteData } from '../../src/lib/index.ts';

/**
 * Writes the site data for the live preview (scripts/io/liveData.ts; src/site/siteData.ts reads it): `site-data.json` with
 * everything but the evaluations, which it names, and one compact file per evaluation beside it,
 * so no string grows with the whole portfolio (a string past 512 MB cannot be made at all).
 * Returns the path of `site-data.json`.
 */
export function writeSiteData(folder: string, site: SiteData): string {
  const evaluationFiles = site.evaluations.map((evaluation, index) => {
    const name = `evaluation-${index}.json`;
    writeFileSync(join(folder, name), JSON.stringify(evaluation));
    return name;
  });
  const file = join(folder, 'site-data.json');
  writeFileSync(file, JSON.stringify({ ...site, evaluations: [], evaluationFiles }));
  return file;
}
