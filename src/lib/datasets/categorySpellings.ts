import { datasetSource } from '../manifest/datasetSource.ts';
import type { DatasetKind, Manifest } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { slugify } from '../text/slug.ts';
import { DATASET_KINDS, type ColumnDeclaration } from './datasetKinds.ts';
import type { Datasets } from './datasetRows.ts';
import type { HeaderNames } from './headerNames.ts';

/** More distinct values than this and a column is not a short list of categories: it is not compared. */
const MOST_CATEGORIES = 200;
/** Warnings for one column at most: a column of many near-twins is one mistake to look at, not a list. */
const MOST_PER_COLUMN = 5;

/**
 * Categories spelled two ways ("Accomodation" and "Accommodation"): in every column of repeated
 * labels (a domain, a question, an offence type, a client attribute…), two values that make
 * different ids but differ only in their spacing or punctuation ("Drug misuse", "Drug-misuse" is
 * the same id and an error of its own), or in one word by a letter or two (one edit in a word of 5
 * letters or more, two in one of 9 or more; never a word of digits or a single letter, so "Wave 1"
 * and "Wave 2", "Group A" and "Group B" are not twins). Each becomes a group of its own, so a
 * figure is split in two. The warning is at the first row of the second spelling and names the
 * first row of the other: never either value, which is data (an attribute may hold anything).
 */
export function categorySpellings(folder: string, manifest: Manifest, datasets: Datasets, header: HeaderNames): Problem[] {
  const problems: Problem[] = [];
  for (const kind of Object.keys(DATASET_KINDS) as DatasetKind[]) {
    const rows = datasets[kind] as ReadonlyArray<Record<string, unknown> & { readonly row: number }> | undefined;
    const config = manifest.datasets[kind];
    if (!rows || !config) continue;
    const file = datasetSource(folder, config);
    const columns = Object.entries(DATASET_KINDS[kind] as Readonly<Record<string, ColumnDeclaration>>).filter(([, column]) => 'category' in column && column.category);
    for (const [name, column] of columns)
      problems.push(
        ...twins(
          rows.map((row) => ({ row: row.row, value: row[column.key] })),
          { file, column: header[kind](name) },
        ),
      );
    if (kind === 'clients' && 'attributes' in config) {
      const clients = datasets.clients ?? [];
      for (const [id, attributeHeader] of Object.entries(config.attributes))
        problems.push(
          ...twins(
            clients.map((client) => ({ row: client.row, value: client.attributes[id] ?? null })),
            { file, column: attributeHeader },
          ),
        );
    }
  }
  return problems;
}

function twins(cells: ReadonlyArray<{ readonly row: number; readonly value: unknown }>, where: { readonly file: string; readonly column: string }): Problem[] {
  // The first row of each id, in row order.
  const firstRow = new Map<string, number>();
  for (const { row, value } of cells) {
    if (typeof value !== 'string') continue;
    const id = slugify(value);
    if (id !== '' && !firstRow.has(id)) firstRow.set(id, row);
  }
  if (firstRow.size > MOST_CATEGORIES) return [];
  const ids = [...firstRow].sort((a, b) => a[1] - b[1]);
  const found: Problem[] = [];
  ids.forEach(([id, row], index) => {
    const twin = ids.slice(0, index).find(([other]) => alike(other, id));
    if (twin && found.length < MOST_PER_COLUMN) found.push(problem('category-spelled-two-ways', { ...where, row }, { earlier: twin[1] }));
  });
  return found;
}

/** Whether two different ids look like one name spelled two ways (see categorySpellings). */
export function alike(a: string, b: string): boolean {
  if (a.replaceAll('-', '') === b.replaceAll('-', '')) return true;
  const wordsA = a.split('-');
  const wordsB = b.split('-');
  if (wordsA.length !== wordsB.length) return false;
  const differing = wordsA.flatMap((word, index) => (word === wordsB[index] ? [] : [[word, wordsB[index] ?? ''] as const]));
  if (differing.length !== 1) return false;
  const [x, y] = differing[0] ?? ['', ''];
  if (/\d/.test(x) || /\d/.test(y)) return false;
  const shorter = Math.min(x.length, y.length);
  const edits = editDistance(x, y);
  return (shorter >= 5 && edits <= 1) || (shorter >= 9 && edits <= 2);
}

/** Edits (insert, delete, replace, swap two neighbours) that turn one word into the other. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (__, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}
