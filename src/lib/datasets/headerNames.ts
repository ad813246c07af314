import type { DatasetKind } from '../manifest/manifestSchema.ts';

/** Canonical name → header as written, per kind, so cross-checks can name the author's column. */
export type HeaderNames = Record<DatasetKind, (canonical: string) => string>;

/** The headers each file was read by (resolveColumns); a canonical name no header holds is its own header. */
export function headerNames(mappings: Partial<Record<DatasetKind, Readonly<Record<string, string>>>>, kinds: readonly DatasetKind[]): HeaderNames {
  const namer = (kind: DatasetKind) => (canonical: string) => mappings[kind]?.[canonical] ?? canonical;
  return Object.fromEntries(kinds.map((kind) => [kind, namer(kind)])) as HeaderNames;
}
