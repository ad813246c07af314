import type { ProjectEffects } from '../../src/lib/index.ts';
import { chartDocument } from './chartDocument.ts';
import { projectFolderLister, projectReader, publicFileChecker, publicFileLister } from './projectFiles.ts';
import { siteFontMetrics } from './siteFontMetrics.ts';

/** The data step's effects for a project folder on disk. */
export function projectEffects(root: string): ProjectEffects {
  return {
    readText: projectReader(root),
    listFiles: projectFolderLister(root),
    publicFileExists: publicFileChecker(root),
    listPublicFiles: publicFileLister(root),
    document: chartDocument(),
    fonts: { regular: siteFontMetrics(400), bold: siteFontMetrics(700) },
  };
}
