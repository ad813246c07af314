import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanEnv, PROJECT_ROOT } from '../support/projectCopy.ts';
import { missingPages } from '../../scripts/io/missingPages.ts';

/** test/support/frozenSiteBuild.ts in a process of its own (Astro reads the environment and keeps its modules). */
function frozenSiteBuild(staging: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'test/support/frozenSiteBuild.ts'), staging], {
      cwd: PROJECT_ROOT,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 240_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('the pages read the site data the data step made in the same process, one copy of it, and never change it', () => {
  const staging = mkdtempSync(join(tmpdir(), 'evalsite-held-'));
  afterAll(() => rmSync(staging, { recursive: true, force: true }));
  const run = frozenSiteBuild(staging);

  test('every page is laid out from site data frozen to its last object, and it is let go afterwards', async () => {
    const { status, stdout, stderr } = await run;
    expect(stderr).not.toMatch(/read.only|frozen|not extensible|Cannot (assign|add|delete)/i);
    expect(status).toBe(0);
    const { slugs, heldAfter } = JSON.parse(stdout) as { slugs: string[]; heldAfter: boolean };
    expect(slugs.length).toBeGreaterThan(1);
    expect(missingPages(staging, slugs)).toEqual([]);
    expect(heldAfter).toBe(false);
  });
});
