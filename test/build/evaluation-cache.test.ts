import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { runCli } from '../../scripts/cli.ts';
import { CACHE_FOLDER, cachedEvaluation } from '../../scripts/io/evaluationCache.ts';
import { chartDocument } from '../../scripts/io/chartDocument.ts';
import { projectEffects } from '../../scripts/io/projectEffects.ts';
import { buildEvaluation, buildSite, type EvaluateOne } from '../../src/lib/index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SLUGS = ['manchester', 'second'];

/** A project of two copies of the Manchester example, and a cache folder of its own. */
let project: string;
let cache: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'evalsite-cache-'));
  cache = mkdtempSync(join(tmpdir(), 'evalsite-cache-entries-'));
  for (const slug of SLUGS) {
    cpSync(join(ROOT, 'data/manchester'), join(project, 'data', slug), { recursive: true });
    cpSync(join(ROOT, 'content/manchester'), join(project, 'content', slug), { recursive: true });
  }
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

/** The data step with the cache, counting the evaluations actually computed. */
function cachedBuild(code = 'version-1', document: Document | null = chartDocument()) {
  const computed: string[] = [];
  const compute: EvaluateOne = (slug, effects) => {
    computed.push(slug);
    return buildEvaluation(slug, effects);
  };
  const built = buildSite(SLUGS, projectEffects(project, document), cachedEvaluation(project, { folder: cache, code, compute }));
  return { built, computed };
}

const freshBuild = () => buildSite(SLUGS, projectEffects(project, chartDocument()));

describe('results kept between builds', () => {
  test('an unchanged project takes every result from the cache, the same as a fresh build, ids for the leak scan included', () => {
    const first = cachedBuild();
    expect(first.computed).toEqual(['manchester', 'second']);
    expect(readdirSync(cache).filter((name) => name.endsWith('.entry'))).toHaveLength(2);
    const again = cachedBuild();
    expect(again.computed).toEqual([]);
    const fresh = freshBuild();
    expect(fresh.site).toBeDefined();
    expect(isDeepStrictEqual(again.built, fresh)).toBe(true);
    expect(JSON.stringify(again.built.site)).toBe(JSON.stringify(fresh.site));
    // The leak scan's ids come with the kept result: the clients file's first id is among them.
    expect(again.built.tokens.some((token) => JSON.stringify(token).includes('CLI0001'))).toBe(true);
  });

  test('a CSV changed without changing its size or time is read again: that evaluation alone is computed', () => {
    const file = join(project, 'data/second/clients.csv');
    // A whole second, which every file system keeps exactly.
    const time = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, time, time);
    cachedBuild();
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    const changed = text.replace('CLI0001,12/11/2013,21/12/2013,28/02/2015,Yes,69,69.00', 'CLI0001,12/11/2013,21/12/2013,28/02/2015,Yes,68,68.00');
    expect(changed).not.toBe(text);
    expect(changed.length).toBe(text.length);
    writeFileSync(file, changed);
    utimesSync(file, time, time);
    expect(statSync(file).size).toBe(before.size);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    const after = cachedBuild();
    expect(after.computed).toEqual(['second']);
    expect(isDeepStrictEqual(after.built, freshBuild())).toBe(true);
    // The change reached the figures: the two copies no longer agree.
    const [manchester, second] = after.built.site?.evaluations ?? [];
    expect(JSON.stringify(second?.figures)).not.toBe(JSON.stringify(manchester?.figures));
    writeFileSync(file, text);
  });

  test('a file the evaluation asks about that appears (a journey) or changes (its summary) invalidates it', () => {
    cachedBuild();
    const summary = join(project, 'content/manchester/summary.mdx');
    const text = readFileSync(summary, 'utf8');
    writeFileSync(summary, `${text}\nOne more sentence.\n`);
    expect(cachedBuild().computed).toEqual(['manchester']);
    writeFileSync(summary, text);
    expect(cachedBuild().computed).toEqual(['manchester']);
    expect(cachedBuild().computed).toEqual([]);
  });

  test('a result kept by check, which draws nothing, is never taken by a build, which draws; check takes a drawn one', () => {
    expect(cachedBuild('version-drawing', null).computed).toEqual(['manchester', 'second']);
    const built = cachedBuild('version-drawing');
    // Computed again, drawn: a build publishing a result kept by check would publish empty charts.
    expect(built.computed).toEqual(['manchester', 'second']);
    expect(built.built.site?.evaluations[0]?.charts.every((chart) => chart.svg.startsWith('<svg'))).toBe(true);
    expect(cachedBuild('version-drawing', null).computed).toEqual([]);
  });

  test('a typeface chosen in site.yaml (read before the traced reads) invalidates every kept result', () => {
    expect(cachedBuild('version-font').computed).toEqual(['manchester', 'second']);
    writeFileSync(join(project, 'site.yaml'), 'font: source-serif-4\n');
    try {
      const changed = cachedBuild('version-font');
      expect(changed.computed).toEqual(['manchester', 'second']);
      expect(changed.built.site?.evaluations[0]?.charts[0]?.svg).toContain('Source Serif 4');
    } finally {
      rmSync(join(project, 'site.yaml'));
    }
    expect(cachedBuild('version-font').computed).toEqual(['manchester', 'second']);
  });

  test('another version of the program never takes a kept result', () => {
    cachedBuild('version-1');
    expect(cachedBuild('version-2').computed).toEqual(['manchester', 'second']);
  });

  test('a damaged or unfinished entry is ignored and replaced', () => {
    cachedBuild();
    const entries = readdirSync(cache)
      .filter((name) => name.endsWith('.entry'))
      .map((name) => join(cache, name));
    const [damaged, cut] = entries;
    if (!damaged || !cut) throw new Error('expected two entries');
    const bytes = readFileSync(damaged);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
    writeFileSync(damaged, bytes);
    writeFileSync(cut, readFileSync(cut).subarray(0, 1000));
    const after = cachedBuild();
    expect(after.computed).toHaveLength(2);
    expect(isDeepStrictEqual(after.built, freshBuild())).toBe(true);
    expect(cachedBuild().computed).toEqual([]);
  });

  test('check keeps results in the evalsite work folder, and --no-cache neither takes nor keeps any', { timeout: 300_000 }, async () => {
    // One evaluation: the command computes it in this thread.
    const single = mkdtempSync(join(tmpdir(), 'evalsite-cache-cli-'));
    cpSync(join(ROOT, 'data/manchester'), join(single, 'data/manchester'), { recursive: true });
    cpSync(join(ROOT, 'content/manchester'), join(single, 'content/manchester'), { recursive: true });
    const entry = join(
      CACHE_FOLDER,
      `${createHash('sha256')
        .update(`${realpathSync(single)}\0manchester`)
        .digest('hex')
        .slice(0, 40)}.entry`,
    );
    const output = { stdout: { write: () => true }, stderr: { write: () => true } };
    try {
      expect(await runCli(['check', '--no-cache', '--root', single], output)).toBe(0);
      expect(existsSync(entry)).toBe(false);
      expect(await runCli(['check', '--root', single], output)).toBe(0);
      expect(existsSync(entry)).toBe(true);
    } finally {
      rmSync(entry, { force: true });
      rmSync(single, { recursive: true, force: true });
    }
  });
});
