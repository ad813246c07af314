import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ReadBytes, ReadText } from '../../src/lib/index.ts';
import { decodeText } from './decodeText.ts';

/**
 * Reads project files by their path relative to `root`: undefined when a file does not exist;
 * why not, with nothing from the file, when it is reached through a symbolic link (never
 * followed: it could point anywhere), is a folder or not a plain file, cannot be read, or is not
 * UTF-8.
 */
export function projectReader(root: string): ReadText {
  const readBytes = projectBytesReader(root);
  return (path) => {
    const bytes = readBytes(path);
    return bytes instanceof Uint8Array ? decodeText(bytes) : bytes;
  };
}

/** A project file's bytes by its path, with the same refusals as its text (a link on its path, a folder, no permission), undecoded: for workbooks. */
export function projectBytesReader(root: string): ReadBytes {
  return (path) => {
    const parts = path.split('/');
    let stats: Stats | undefined;
    for (let depth = 1; depth <= parts.length; depth += 1) {
      const failure = attempt(() => lstatSync(join(root, ...parts.slice(0, depth))));
      if ('error' in failure) return failure.error === 'missing' ? undefined : { unreadable: failure.error };
      stats = failure.value;
      if (stats.isSymbolicLink()) return { unreadable: 'symlink' };
    }
    if (stats?.isDirectory()) return { unreadable: 'folder' };
    if (!stats?.isFile()) return { unreadable: 'other' };
    const bytes = attempt(() => readFileSync(join(root, path)));
    if ('error' in bytes) return bytes.error === 'missing' ? undefined : { unreadable: bytes.error };
    return new Uint8Array(bytes.value.buffer, bytes.value.byteOffset, bytes.value.byteLength);
  };
}

/** A file system call's result, or why it failed, in the reader's terms. */
function attempt<T>(call: () => T): { value: T } | { error: 'missing' | 'permission' | 'other' } {
  try {
    return { value: call() };
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'EACCES' || code === 'EPERM' ? 'permission' : 'other' };
  }
}

/** The folders whose files reach the data step or the published site, where links are refused. */
const LINK_FREE_FOLDERS = ['data', 'content', 'public'];

/** Every symbolic link under data/, content/ and public/ (the folders themselves included), not followed, sorted. */
export function projectLinkFinder(root: string): () => string[] {
  return () =>
    LINK_FREE_FOLDERS.flatMap((folder) => {
      const full = join(root, folder);
      const stats = attempt(() => lstatSync(full));
      if ('error' in stats) return [];
      if (stats.value.isSymbolicLink()) return [folder];
      if (!stats.value.isDirectory()) return [];
      // A recursive listing does not go into linked folders, so a link to a link is never followed.
      const entries = attempt(() => readdirSync(full, { recursive: true, withFileTypes: true }));
      if ('error' in entries) return [];
      return entries.value.filter((entry) => entry.isSymbolicLink()).map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
    }).sort();
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
