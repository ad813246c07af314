import type { Problem } from '../problems/problem.ts';
import { scanFileNames, scanTextLines, scanYamlText } from '../identifierScan/scanAuthorText.ts';
import type { ProjectEffects } from './projectEffects.ts';

/**
 * Manifest fields that hold ids, not prose: indicator, target and age-band ids, the consenting
 * client's pseudonymous id (leak-scanned instead) and consent references.
 */
const MANIFEST_IDS: ReadonlySet<string> = new Set(['id', 'client_id', 'consent', 'measured_by']);
/** Theory-of-change fields that hold ids: box ids, the ends of links, evidence and targets. */
const TOC_IDS: ReadonlySet<string> = new Set(['id', 'from', 'to', 'evidence', 'target']);

/**
 * The identifier scan of the text an author writes for one evaluation (the dataset scan is in
 * loadDatasets, journeys in parseJourney): every text value of the manifest and the theory of
 * change, and every line of the MDX narrative, front matter included.
 */
export function authorTextProblems(slug: string, { readText }: Pick<ProjectEffects, 'readText'>): Problem[] {
  const manifestFile = `data/${slug}/evaluation.yaml`;
  const tocFile = `content/${slug}/theory-of-change.yaml`;
  const narrativeFile = `content/${slug}/summary.mdx`;
  const manifest = readText(manifestFile);
  const toc = readText(tocFile);
  const narrative = readText(narrativeFile);
  // A file that cannot be read is reported where it is read for its content, never twice.
  return [
    ...(typeof manifest === 'string' ? scanYamlText(manifestFile, manifest, MANIFEST_IDS) : []),
    ...(typeof toc === 'string' ? scanYamlText(tocFile, toc, TOC_IDS) : []),
    ...(typeof narrative === 'string' ? scanTextLines(narrativeFile, narrative) : []),
  ];
}

/**
 * The identifier scan of the names that become addresses on the site: files and folders under
 * public/ (published as they are), the evaluation folders under data/ and everything under
 * content/ (an evaluation's folder and a journey's file name are part of its pages' addresses).
 */
export function publishedNameProblems(slugs: readonly string[], { listTree }: Pick<ProjectEffects, 'listTree'>): Problem[] {
  return scanFileNames([...listTree('public'), ...slugs.map((slug) => `data/${slug}`), ...listTree('content')]);
}
