import type { ProjectEffects } from '../../src/lib/index.ts';
import { chartDocument } from '../../scripts/io/chartDocument.ts';
import { siteFontMetrics } from '../../scripts/io/siteFontMetrics.ts';

/**
 * The data step's effects for a project held in memory: paths relative to the project root mapped
 * to their text (null or absent: no such file). Charts and the font are the real ones.
 */
export function memoryEffects(files: Readonly<Record<string, string | null | undefined>>): ProjectEffects {
  const paths = Object.keys(files).filter((path) => typeof files[path] === 'string');
  return {
    readText: (path) => files[path] ?? undefined,
    listFiles: (folder) => paths.filter((path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes('/')).sort(),
    publicFileExists: (path) => paths.includes(`public/${path}`),
    listAllFiles: (folder) => paths.filter((path) => path.startsWith(`${folder}/`)).sort(),
    document: chartDocument(),
    fonts: { regular: siteFontMetrics(400), bold: siteFontMetrics(700) },
  };
}
