import { buildSite } from '../../src/lib/index.ts';
import { projectEffects } from '../../scripts/io/projectEffects.ts';
import { chartDocument } from '../../scripts/io/chartDocument.ts';
import { evaluationSlugs } from '../../scripts/io/projectFiles.ts';
import { PROJECT_ROOT } from './projectCopy.ts';

let cached: ReturnType<typeof buildSite> | undefined;

/**
 * The data step on the bundled examples, run once per test worker and shared by the test files
 * that read it (workers keep modules between files). Tests must not change what it returns.
 */
export function exampleSiteData(): ReturnType<typeof buildSite> {
  cached ??= buildSite(evaluationSlugs(PROJECT_ROOT), projectEffects(PROJECT_ROOT, chartDocument()));
  return cached;
}
