import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVALSITE_FOLDER } from './evalsiteFolder.ts';

/** The folders and files of evalsite whose change can change what the data step computes or how the pages are laid out. */
const CODE_FOLDERS = ['src', 'scripts', 'patches'];
const CODE_FILES = ['package.json', 'package-lock.json', 'astro.config.mjs'];

let known: string | undefined;

/**
 * A hash of evalsite's own program: every file under src/, scripts/ and patches/, its package
 * files (so an upgraded library counts) and the site builder's configuration (astro.config.mjs), the Node.js version and the Unicode and zlib libraries it uses. A result kept by an earlier version of the
 * program is never taken for this one's.
 */
export function codeVersion(folder: string = EVALSITE_FOLDER): string {
  if (known !== undefined && folder === EVALSITE_FOLDER) return known;
  const hash = createHash('sha256');
  // The Unicode data (ICU) and zlib Node.js was built with count too: a system library upgraded
  // under the same Node.js can change how text is normalised and read (the leak scan's answers).
  hash.update(`node ${process.version} icu ${process.versions.icu ?? 'none'} unicode ${process.versions.unicode ?? 'none'} zlib ${process.versions.zlib}\0`);
  const files = [...CODE_FOLDERS.flatMap((name) => filesUnder(folder, name)), ...CODE_FILES].sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    try {
      hash.update(readFileSync(join(folder, file)));
    } catch {
      hash.update('\0missing\0');
    }
    hash.update('\0');
  }
  const version = hash.digest('hex');
  if (folder === EVALSITE_FOLDER) known = version;
  return version;
}

function filesUnder(root: string, folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(root, path);
    return entry.isFile() ? [path] : [];
  });
}
