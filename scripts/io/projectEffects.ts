import type { ProjectEffects } from '../../src/lib/index.ts';
import { chartDocument } from './chartDocument.ts';
import { projectFileLister, projectFolderLister, projectReader, publicFileChecker } from './projectFiles.ts';
import { siteFontMetrics } from './siteFontMetrics.ts';

/** The data step's effects for a project folder on disk. */
export function projectEffects(root: string): ProjectEffects {
  return {
    readText: projectReader(root),
    listFiles: projectFolderLister(root),
    publicFileExists: publicFileChecker(root),
    listAllFiles: projectFileLister(root),
    document: chartDocument(),
    fonts: { regular: siteFontMetrics(400), bold: siteFontMetrics(700) },
  };
}
