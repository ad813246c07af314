import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { keepRelease } from '../../scripts/keepRelease.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project folder whose built site has `figures` as demo's figures.json. */
function project(figures: string | null): string {
  const root = mkdtempSync(join(tmpdir(), 'evalsite-release-'));
  roots.push(root);
  if (figures !== null) {
    mkdirSync(join(root, 'dist', 'demo'), { recursive: true });
    writeFileSync(join(root, 'dist', 'demo', 'figures.json'), figures);
  }
  return root;
}
const BUILT = JSON.stringify({
  evaluation: 'demo',
  disclosure_threshold: 5,
  release: { version: '1', date: '2026-01-01' },
  figures: [{ id: 'referred', unit: 'count', label: 'Clients referred', value: 50, display: '50', numerator: null, denominator: null, disclosure: null }],
});
const KEPT = join('data', 'demo', 'releases', '1', 'figures.json');

describe('npm run release -- <evaluation>', () => {
  test('copies the built figures.json to data/<evaluation>/releases/<version>/, byte for byte, and says what to write in the next manifest', () => {
    const root = project(BUILT);
    const { code, message } = keepRelease(['demo'], root);
    expect(code).toBe(0);
    expect(readFileSync(join(root, KEPT), 'utf8')).toBe(BUILT);
    expect(message).toContain('    file: releases/1/figures.json');
  });

  test('never replaces a kept release: the second run fails and the first file is unchanged', () => {
    const root = project(BUILT);
    mkdirSync(join(root, 'data', 'demo', 'releases', '1'), { recursive: true });
    writeFileSync(join(root, KEPT), 'the record');
    const { code, message } = keepRelease(['demo'], root);
    expect(code).toBe(1);
    expect(message).toBe(`${KEPT} — a release 1 kept already — nothing was replaced: a kept release is the record of what was published (give this release another version)`);
    expect(readFileSync(join(root, KEPT), 'utf8')).toBe('the record');
  });

  test('no built site, a version that cannot name a folder, or figures a later release could not read: nothing is written, and nothing from the file is printed', () => {
    expect(keepRelease(['demo'], project(null))).toEqual({
      code: 1,
      message: `${join('dist', 'demo', 'figures.json')} — no built figures for demo — a site built with npm run build (the release to keep is the one built and published)`,
    });
    const climbing = project(BUILT.replace('"version":"1"', '"version":"../../x"'));
    expect(keepRelease(['demo'], climbing).code).toBe(1);
    expect(existsSync(join(climbing, 'data'))).toBe(false);
    const edited = project(BUILT.replace('"display":"50"', '"display":"Jane Smith"').replace('"disclosure":null', '"disclosure":{"treatment":"suppressed"}'));
    const result = keepRelease(['demo'], edited);
    expect(result.code).toBe(1);
    expect(result.message).not.toMatch(/Jane|Smith/);
    expect(existsSync(join(edited, 'data'))).toBe(false);
  });

  test('an evaluation that is not a slug, or an unknown option, prints the usage', () => {
    expect(keepRelease(['../demo'], project(BUILT)).code).toBe(2);
    expect(keepRelease(['demo', '--force', 'yes'], project(BUILT)).code).toBe(2);
  });
});
