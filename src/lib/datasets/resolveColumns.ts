import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { closestName, editDistance } from '../problems/closestName.ts';
import type { ColumnSpec } from './datasetKinds.ts';
import { normaliseHeader } from './normaliseHeader.ts';

export interface ResolveColumnsOptions {
  readonly file: string;
  /** The file's header row, as written. */
  readonly header: readonly string[];
  readonly columns: readonly ColumnSpec[];
  /** The manifest's `columns`: canonical name → header as written. */
  readonly mapping: Readonly<Record<string, string>>;
  /** The manifest's `attributes`: attribute id → header as written. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Manifest field that holds the mapping, named in hints. */
  readonly mappingField: string;
}

/**
 * Which header holds each canonical column: the manifest's mapping first, then a header that is the
 * canonical name once case, spaces and punctuation are set aside (`Start Date` is start_date).
 * An optional column is otherwise skipped without a word when absent, so a leftover header that
 * nearly names one (`Start Dt`) is an error rather than a column silently left out.
 */
export function resolveColumns(options: ResolveColumnsOptions): { mapping: Record<string, string>; problems: Problem[] } {
  const { file, header, columns, mapping, attributes, mappingField } = options;
  const problems: Problem[] = [];
  const resolved: Record<string, string> = { ...mapping };
  const claimed = new Set([...Object.values(mapping), ...Object.values(attributes)]);
  const free = [...new Set(header)].filter((name) => !claimed.has(name));

  for (const spec of columns) {
    if (mapping[spec.name] !== undefined) continue;
    const matches = free.filter((name) => normaliseHeader(name) === normaliseHeader(spec.name));
    const [first, second] = matches;
    if (first === undefined) continue;
    resolved[spec.name] = first;
    if (second !== undefined) problems.push(problem('csv-ambiguous-header', { file, row: 1, column: second }, { headers: matches, canonical: spec.name, mappingField }));
  }

  // Required columns that are absent are reported by readTable already, with the file's headers.
  const used = new Set(Object.values(resolved));
  const absent = columns.filter((spec) => !spec.required && resolved[spec.name] === undefined);
  const absentByKey = new Map(absent.map((spec) => [normaliseHeader(spec.name), spec.name]));
  for (const name of free.filter((candidate) => !used.has(candidate))) {
    const key = normaliseHeader(name);
    const nearest = closestName(key, [...absentByKey.keys()]);
    if (nearest !== undefined && isLookalike(key, nearest)) {
      problems.push(problem('csv-lookalike-header', { file, row: 1, column: name }, { header: name, canonical: absentByKey.get(nearest) ?? nearest, mappingField }));
      continue;
    }
    const held = columnNameHeld(name, absent);
    if (held !== undefined) problems.push(problem('csv-header-holds-column-name', { file, row: 1, column: name }, { header: name, canonical: held, mappingField }));
  }
  return { mapping: resolved, problems };
}

/** A header's words, lower case: `Start Date (dd/mm/yyyy)` is start, date, dd, mm, yyyy. */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * The absent column whose every word the header holds (`Age at start` holds age, `Date ended`
 * end_date), the one with most words when several do. A word counts as itself or with -s or -ed,
 * never as the start of a longer word: `Agency` is not age.
 */
export function columnNameHeld(header: string, absent: readonly ColumnSpec[]): string | undefined {
  const headerWords = new Set(words(header));
  const holds = (word: string) => headerWords.has(word) || headerWords.has(`${word}s`) || headerWords.has(`${word}ed`) || headerWords.has(`${word}d`);
  let best: { name: string; size: number } | undefined;
  for (const spec of absent) {
    const nameWords = words(spec.name.replace(/_/g, ' '));
    if (nameWords.every(holds) && (best === undefined || nameWords.length > best.size)) best = { name: spec.name, size: nameWords.length };
  }
  return best?.name;
}

/**
 * At most two edits apart, or one when either is shorter than six characters: `Sex` is two edits
 * from `age` and `Name` two from `date`, and neither is a misspelling.
 */
export function isLookalike(key: string, canonicalKey: string): boolean {
  const allowed = Math.min(key.length, canonicalKey.length) < 6 ? 1 : 2;
  return editDistance(key, canonicalKey) <= allowed;
}
