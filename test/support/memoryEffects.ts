import { siteFontChoice, type ProjectEffects, type Unreadable } from '../../src/lib/index.ts';
import { chartDocument } from '../../scripts/io/chartDocument.ts';
import { decodeText } from '../../scripts/io/decodeText.ts';
import { siteFonts } from '../../scripts/io/siteFontMetrics.ts';

/** A file held in memory: its text, its bytes (decoded as the real reader decodes them), or why it cannot be read. */
export type MemoryFile = string | Uint8Array | Unreadable;

/**
 * The data step's effects for a project held in memory: paths relative to the project root mapped
 * to their text (null or absent: no such file), their bytes, or why they cannot be read (a link,
 * a folder…). `links` are the symbolic links the project has. Charts and the font are the real ones.
 */
export function memoryEffects(files: Readonly<Record<string, MemoryFile | null | undefined>>, { links = [] }: { readonly links?: readonly string[] } = {}): ProjectEffects {
  // As on disk, a folder listing shows files, readable or not, but neither links nor folders.
  const paths = Object.keys(files).filter((path) => {
    const file = files[path];
    return file !== null && file !== undefined && !(typeof file === 'object' && 'unreadable' in file && (file.unreadable === 'symlink' || file.unreadable === 'folder'));
  });
  const readText: ProjectEffects['readText'] = (path) => {
    const file = files[path] ?? undefined;
    return file instanceof Uint8Array ? decodeText(file) : file;
  };
  return {
    readText,
    readBytes: (path) => {
      const file = files[path] ?? undefined;
      if (file === undefined || file instanceof Uint8Array) return file;
      if (typeof file === 'string') return new TextEncoder().encode(file);
      return file.unreadable === 'not-utf8' ? { unreadable: 'other' } : file;
    },
    findLinks: () => [...links].sort(),
    listFiles: (folder) => paths.filter((path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes('/')).sort(),
    listTree: (folder) => paths.filter((path) => path.startsWith(`${folder}/`)).sort(),
    publicFileExists: (path) => paths.includes(`public/${path}`),
    document: chartDocument(),
    fonts: siteFonts(siteFontChoice(readText)),
  };
}
