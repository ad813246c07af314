import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject, runCliProcess } from '../support/projectCopy.ts';

// An evalsite folder that has lost its pages (src/pages/): Astro finds none and succeeds with an
// empty site. The build must not report success with an empty site, and must leave the output
// folder as it was.

const evalsite = copyProject();
rmSync(join(evalsite, 'src/pages'), { recursive: true });
afterAll(() => rmSync(evalsite, { recursive: true, force: true }));

describe('a build that makes no pages', () => {
  test('fails with exit code 2, names the missing pages, and publishes nothing', async () => {
    // An empty output folder may be built into; it must still be there, empty, afterwards.
    const out = join(evalsite, 'site');
    mkdirSync(out);
    // The work folders of a killed build (its process has ended) and of one still running (this one).
    const ended = `build-${spawnSync(process.execPath, ['-e', '']).pid}-killed`;
    const running = `build-${process.pid}-running`;
    for (const folder of [ended, running]) {
      mkdirSync(join(evalsite, '.evalsite', folder), { recursive: true });
      writeFileSync(join(evalsite, '.evalsite', folder, 'site-data.json'), '{}\n');
    }
    const run = await runCliProcess(['build', '--out', out], { cwd: evalsite });
    expect(run.stdout).not.toContain('built');
    expect(run.stderr).toContain(
      'evalsite: the build failed: the site builder made no page for index.html, jdl-mentoring/index.html, knowsley/index.html, manchester/index.html, needs-inventory/index.html and 2 more,',
    );
    expect(run.stderr).toContain(`The pages are built from the src/ folder and astro.config.mjs of the evalsite folder ${evalsite}`);
    expect(run.stderr).toContain('docs/errors.md#the-build-itself');
    expect(run.status).toBe(2);
    expect(readdirSync(out)).toEqual([]);
    // No staging folder is left beside the output folder, nor this build's work folder in the
    // evalsite folder; the killed build's is cleared, the running one's kept.
    expect(readdirSync(evalsite).filter((name) => name.startsWith('.site-'))).toEqual([]);
    // (The results kept for the next build stay in the work folder's cache/: docs/performance.md.)
    expect(readdirSync(join(evalsite, '.evalsite')).filter((name) => name !== 'cache')).toEqual([running]);
  }, 240_000);
});
