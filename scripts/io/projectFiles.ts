import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadText } from '../../src/lib/index.ts';

/** Reads project files by their path relative to `root`; undefined when a file does not exist. */
export function projectReader(root: string): ReadText {
  return (path) => {
    const full = join(root, path);
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
  };
}

/** Evaluation slugs: the folders under data/, sorted. */
export function evaluationSlugs(root: string): string[] {
  const dataDir = join(root, 'data');
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
