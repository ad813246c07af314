import type { Problem } from '../problems/problem.ts';
import { parseYamlFile } from '../yaml/parseYamlFile.ts';
import { ManifestSchema, type Manifest } from './manifestSchema.ts';

/**
 * Reads an evaluation manifest from YAML text. Problems name the file, the line and the field
 * path (e.g. `datasets.clients.format.decimal`), and unknown keys suggest the nearest known one.
 */
export function parseManifest(file: string, text: string): { manifest?: Manifest; problems: Problem[] } {
  const { value, problems } = parseYamlFile(file, text, ManifestSchema);
  return value ? { manifest: value, problems } : { problems };
}
