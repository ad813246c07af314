import { chartDocument } from '../../scripts/io/chartDocument.ts';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runDataStep, runDataStepInParallel } from '../../scripts/cli.ts';
import { CACHE_FOLDER } from '../../scripts/io/evaluationCache.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
let project: string;

beforeAll(() => {
  // Three evaluations, one of them different (Knowsley), so the order they finish in could show.
  project = mkdtempSync(join(tmpdir(), 'evalsite-parallel-'));
  for (const [slug, source] of [
    ['alpha', 'manchester'],
    ['beta', 'knowsley'],
    ['gamma', 'manchester'],
  ] as const) {
    cpSync(join(ROOT, 'data', source), join(project, 'data', slug), { recursive: true });
    cpSync(join(ROOT, 'content', source), join(project, 'content', slug), { recursive: true });
  }
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

test('evaluations computed in worker threads give the data step byte for byte what one thread gives', async () => {
  const serial = runDataStep(project, chartDocument(), { cache: false });
  const parallel = await runDataStepInParallel(project, chartDocument(), { cache: false, threads: 2 });
  expect(serial.site?.evaluations.map((evaluation) => evaluation.slug)).toEqual(['alpha', 'beta', 'gamma']);
  expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
  // Value for value (objects one thread shares, such as a panel laid out once, arrive as copies).
  expect(isDeepStrictEqual(parallel, serial)).toBe(true);
});

test('with kept results: the workers fill the cache, the next run takes what is kept, and both equal one thread', { timeout: 300_000 }, async () => {
  const entries = ['alpha', 'beta', 'gamma'].map((slug) =>
    join(
      CACHE_FOLDER,
      `${createHash('sha256')
        .update(`${realpathSync(project)}\0${slug}`)
        .digest('hex')
        .slice(0, 40)}.entry`,
    ),
  );
  try {
    const serial = runDataStep(project, chartDocument(), { cache: false });
    const filled = await runDataStepInParallel(project, chartDocument(), { cache: true, threads: 2 });
    expect(entries.every((entry) => existsSync(entry))).toBe(true);
    const kept = await runDataStepInParallel(project, chartDocument(), { cache: true, threads: 2 });
    expect(isDeepStrictEqual(filled, serial)).toBe(true);
    expect(isDeepStrictEqual(kept, serial)).toBe(true);
  } finally {
    for (const entry of entries) rmSync(entry, { force: true });
  }
});

test('a result that cannot be taken in fails the data step: a rejected promise, not an error thrown where nothing hears it', async () => {
  const { evaluateInParallel } = await import('../../scripts/io/evaluateInParallel.ts');
  const refused = evaluateInParallel(project, ['alpha', 'gamma'], {
    cache: false,
    draw: false,
    threads: 2,
    receive: () => {
      throw new Error('not taken in');
    },
  });
  await expect(refused).rejects.toThrow('not taken in');
});
