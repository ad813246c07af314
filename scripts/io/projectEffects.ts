import { siteFontChoice, type ProjectEffects } from '../../src/lib/index.ts';
import { projectBytesReader, projectFolderLister, projectLinkFinder, projectReader, projectTreeLister, publicFileChecker } from './projectFiles.ts';
import { siteFonts } from './siteFontMetrics.ts';

/**
 * The data step's effects for a project folder on disk. `document` is the one charts are drawn
 * into (`chartDocument()`), or null for a data step that draws nothing (`evalsite check`).
 */
export function projectEffects(root: string, document: Document | null): ProjectEffects {
  const readText = projectReader(root);
  return {
    readText,
    readBytes: projectBytesReader(root),
    findLinks: projectLinkFinder(root),
    listFiles: projectFolderLister(root),
    listTree: projectTreeLister(root),
    publicFileExists: publicFileChecker(root),
    document,
    fonts: siteFonts(siteFontChoice(readText)),
  };
}
