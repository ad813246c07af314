import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { BuiltFile, ReadText } from '../../src/lib/index.ts';
import { imageMetadataText, RASTER_IMAGE } from './stripImageMetadata.ts';

const TEXT_FILES = /\.(html|json|js|mjs|css|svg|csv|xml|txt|map|webmanifest)$/i;

/**
 * Every file of a built site, named as it will be published (under the output folder's name).
 * Text files are read as UTF-8; others byte for byte as Latin-1, so ASCII in metadata still shows.
 * Raster images also give the text of the metadata they still carry, decoded.
 */
export function builtFiles(folder: string, publishedAs: string): BuiltFile[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => {
      const bytes = readFileSync(path);
      const published = relative(folder, path).split(sep).join('/');
      return {
        path: `${basename(publishedAs)}/${published}`,
        text: bytes.toString(TEXT_FILES.test(path) ? 'utf8' : 'latin1'),
        ...(RASTER_IMAGE.test(path) ? { metadata: imageMetadataText(bytes) } : {}),
      };
    });
}

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

/** Files directly inside a project folder, as project-relative paths, sorted; empty when there is no such folder. */
export function projectFolderLister(root: string): (folder: string) => string[] {
  return (folder) => {
    const full = join(root, folder);
    if (!existsSync(full) || !statSync(full).isDirectory()) return [];
    return readdirSync(full, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `${folder}/${entry.name}`)
      .sort();
  };
}

/** Every file under a project folder at any depth, as project-relative paths, sorted; empty when there is no such folder. */
export function projectTreeLister(root: string): (folder: string) => string[] {
  return (folder) => {
    const full = join(root, folder);
    if (!existsSync(full) || !statSync(full).isDirectory()) return [];
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => `${folder}/${relative(full, join(entry.parentPath, entry.name))}`)
      .sort();
  };
}

/** Whether a file exists under the project's public/ folder (for journey illustrations). */
export function publicFileChecker(root: string): (path: string) => boolean {
  return (path) => {
    const full = join(root, 'public', path);
    return !path.split('/').includes('..') && existsSync(full) && statSync(full).isFile();
  };
}
