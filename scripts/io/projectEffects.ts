import { siteFontChoice, type ProjectEffects } from '../../src/lib/index.ts';
import { chartDocument } from './chartDocument.ts';
import { projectFolderLister, projectLinkFinder, projectReader, projectTreeLister, publicFileChecker } from './projectFiles.ts';
import { siteFonts } from './siteFontMetrics.ts';

/** The data step's effects for a project folder on disk. */
export function projectEffects(root: string): ProjectEffects {
  const readText = projectReader(root);
  return {
    readText,
    findLinks: projectLinkFinder(root),
    listFiles: projectFolderLister(root),
    listTree: projectTreeLister(root),
    publicFileExists: publicFileChecker(root),
    document: chartDocument(),
    fonts: siteFonts(siteFontChoice(readText)),
  };
}
