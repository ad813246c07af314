import type { DatasetKind, DatasetsConfig } from '../manifest/manifestSchema.ts';

/** Canonical name → header as written, per kind, so cross-checks can name the author's column. */
export type HeaderNames = Record<DatasetKind, (canonical: string) => string>;

/** The headers as the manifest maps them (a canonical name the manifest does not map is its own header). */
export function headerNames(config: DatasetsConfig, kinds: readonly DatasetKind[]): HeaderNames {
  const namer = (kind: DatasetKind) => (canonical: string) => config[kind]?.columns[canonical] ?? canonical;
  return Object.fromEntries(kinds.map((kind) => [kind, namer(kind)])) as HeaderNames;
}
