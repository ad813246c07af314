import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parsePreviousRelease } from '../src/lib/pipeline/previousRelease.ts';
import { isSlug } from '../src/lib/text/slug.ts';

/** `evalsite-release <evaluation> [--root <project>] [--out <built site>]` */
export const RELEASE_USAGE = 'usage: npm run release -- <evaluation> [--root <project folder>] [--out <built site folder>]';

/** A version that can name a folder: what `release.previous.file` accepts as one segment. */
const VERSION_FOLDER = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * Keeps a built evaluation's published figures in the project, for the next release to compare
 * with (docs/releases.md): copies `<out>/<evaluation>/figures.json` to
 * `<root>/data/<evaluation>/releases/<version>/figures.json`, the version read from the file. It
 * never overwrites: a release kept once is the record of what was published. Messages name files
 * and the version only, never anything else from the file.
 */
export function keepRelease(argv: readonly string[], cwd: string): { readonly code: 0 | 1 | 2; readonly message: string } {
  const [slug, ...rest] = argv;
  let root = cwd;
  let out: string | undefined;
  for (let index = 0; index < rest.length; index += 2) {
    const [flag, value] = [rest[index], rest[index + 1]];
    if (value === undefined) return { code: 2, message: RELEASE_USAGE };
    if (flag === '--root') root = resolve(cwd, value);
    else if (flag === '--out') out = resolve(cwd, value);
    else return { code: 2, message: RELEASE_USAGE };
  }
  if (slug === undefined || !isSlug(slug)) return { code: 2, message: RELEASE_USAGE };
  const source = join(out ?? join(root, 'dist'), slug, 'figures.json');
  const shown = (path: string) => relative(cwd, path) || '.';
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch {
    return { code: 1, message: `${shown(source)} — no built figures for ${slug} — a site built with npm run build (the release to keep is the one built and published)` };
  }
  let version: unknown;
  try {
    const json: unknown = JSON.parse(text);
    version =
      typeof json === 'object' && json !== null && 'release' in json && typeof json.release === 'object' && json.release !== null && 'version' in json.release ? json.release.version : undefined;
  } catch {
    version = undefined;
  }
  if (typeof version !== 'string' || !VERSION_FOLDER.test(version)) {
    return {
      code: 1,
      message: `${shown(source)} — figures without a version that can name a folder — a site built by this evalsite from a manifest whose version is letters, digits, ".", "_" or "-"`,
    };
  }
  if (parsePreviousRelease(source, text, version).problems.length > 0) {
    return { code: 1, message: `${shown(source)} — figures a later release could not read — a site built by this evalsite, as published` };
  }
  const folder = join(root, 'data', slug, 'releases', version);
  const target = join(folder, 'figures.json');
  try {
    mkdirSync(folder, { recursive: true });
    // `wx`: created only if absent, in one step, so an existing release is never replaced.
    writeFileSync(target, text, { flag: 'wx' });
  } catch (error) {
    const exists = error instanceof Error && 'code' in error && error.code === 'EEXIST';
    return {
      code: 1,
      message: exists
        ? `${shown(target)} — a release ${version} kept already — nothing was replaced: a kept release is the record of what was published (give this release another version)`
        : `${shown(target)} — a file that could not be written — a folder you can write to`,
    };
  }
  return {
    code: 0,
    message: `Kept release ${version} of ${slug} in ${shown(target)}.\nIn the next release's evaluation.yaml:\nrelease:\n  previous:\n    version: "${version}"\n    file: releases/${version}/figures.json\n`,
  };
}
