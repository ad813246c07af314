import type { ProjectEffects } from '../../src/lib/index.ts';
import { chartDocument } from './chartDocument.ts';
import { projectBytesReader, projectFolderLister, projectLinkFinder, projectReader, projectTreeLister, publicFileChecker } from './projectFiles.ts';
import { siteFontMetrics } from './siteFontMetrics.ts';

/** The data step's effects for a project folder on disk. */
export function projectEffects(root: string): ProjectEffects {
  return {
    readText: projectReader(root),
    readBytes: projectBytesReader(root),
    findLinks: projectLinkFinder(root),
    listFiles: projectFolderLister(root),
    listTree: projectTreeLister(root),
    publicFileExists: publicFileChecker(root),
    document: chartDocument(),
    fonts: { regular: siteFontMetrics(400), bold: siteFontMetrics(700) },
  };
}
