import type { PublishedFigure, ReadBytes, ReadText } from '../../src/lib/index.ts';
import { loadDatasets } from '../../src/lib/datasets/loadDatasets.ts';
import { parseManifest } from '../../src/lib/manifest/parseManifest.ts';
import { computeFindings } from '../../src/lib/pipeline/computeFindings.ts';
import { projectBytesReader, projectReader } from '../../scripts/io/projectFiles.ts';

/**
 * An example's figures as computed, before disclosure control: the exact values the published
 * sources printed, which the built site (rightly) no longer carries for protected figures.
 */
export function computedFigures(root: string, slug: string): PublishedFigure[] {
  return computedFiguresOf(projectReader(root), slug, projectBytesReader(root));
}

/** The same, for a project read through `readText` and `readBytes` (such as one held in memory); empty when it does not load. */
export function computedFiguresOf(readText: ReadText, slug: string, readBytes: ReadBytes = () => undefined): PublishedFigure[] {
  const folder = `data/${slug}`;
  const text = readText(`${folder}/evaluation.yaml`);
  const { manifest } = parseManifest(`${folder}/evaluation.yaml`, typeof text === 'string' ? text : '');
  if (!manifest) throw new Error(`${slug}: the manifest does not parse`);
  const { datasets } = loadDatasets(folder, manifest, readText, readBytes);
  if (!datasets) throw new Error(`${slug}: the datasets do not load`);
  return computeFindings(folder, manifest, datasets, readText).figures;
}
