/**
 * Run as its own process by test/build/held-site-data.test.ts: lays out the examples' site data,
 * frozen to the last nested object, with the site step as a build runs it (scripts/io/runAstro.ts),
 * into the folder named by its argument, and prints what it found as JSON. The pages read the very
 * object the data step made, which the downloads and the share images read too: a page that
 * changed it would throw here.
 */
import { buildSite } from '../../src/lib/index.ts';
import { chartDocument } from '../../scripts/io/chartDocument.ts';
import { projectEffects } from '../../scripts/io/projectEffects.ts';
import { evaluationSlugs } from '../../scripts/io/projectFiles.ts';
import { runAstro } from '../../scripts/io/runAstro.ts';
import { PROJECT_ROOT } from './projectCopy.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const staging = process.argv[2];
if (staging === undefined) throw new Error('usage: frozenSiteBuild.ts <staging folder>');
const { site } = buildSite(evaluationSlugs(PROJECT_ROOT), projectEffects(PROJECT_ROOT, chartDocument()));
if (site === undefined) throw new Error('the examples build');
await runAstro({ project: PROJECT_ROOT, staging, base: '/', site: deepFreeze(site) });
const held = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('evalsite.siteData')];
process.stdout.write(JSON.stringify({ slugs: site.evaluations.map((evaluation) => evaluation.slug), heldAfter: held !== undefined }));
