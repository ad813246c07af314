import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT, runCliProcess } from '../support/projectCopy.ts';

// `build --root <folder>` where the folder holds the example's data/ and content/ but not the
// project's src/ and astro.config.mjs: Astro finds no pages there and succeeds with none. The build
// must not report success with an empty site, and must leave the output folder as it was.

const outer = mkdtempSync(join(tmpdir(), 'evalsite-empty-'));
afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe('a build that makes no pages', () => {
  test('fails with exit code 2, names the missing pages, and publishes nothing', async () => {
    const root = join(outer, 'author');
    for (const folder of ['data', 'content']) cpSync(join(PROJECT_ROOT, folder), join(root, folder), { recursive: true });
    // An empty output folder may be built into; it must still be there, empty, afterwards.
    const out = join(outer, 'site');
    mkdirSync(out);
    const run = await runCliProcess(['build', '--root', root, '--out', out]);
    expect(run.stdout).not.toContain('built');
    expect(run.stderr).toContain('evalsite: the build failed: the site builder made no page for index.html, knowsley/index.html, manchester/index.html, tayside/index.html,');
    expect(run.stderr).toContain('docs/errors.md#the-build-itself');
    expect(run.status).toBe(2);
    expect(readdirSync(out)).toEqual([]);
    // No staging folder is left beside the output folder.
    expect(readdirSync(outer).sort()).toEqual(['author', 'site']);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  }, 240_000);
});
