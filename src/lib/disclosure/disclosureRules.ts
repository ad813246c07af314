import type { PublishedFigure } from '../figures/publishedFigure.ts';

/**
 * A sum a reader knows, so can subtract to recover a hidden count. Cells are named as in
 * `cellKey`: a metric id or an unpublished base, with the same breakdowns on every side.
 * - `parts`: the total is the sum of these cells (improved + maintained + deteriorated = reviewed);
 * - `part` and `over`: the total is the sum of one cell over every value of a dimension (the
 *   responses to a question add up to its responses);
 * - `totalCell` and `partCells`: one sum of named cells that holds only for this evaluation's data
 *   (the share agreeing is the responses from "agree" up; age bands that do not overlap, with the
 *   clients in none of them, add up to everyone). It holds only where every cell it names exists.
 */
export type CellSum =
  | { readonly total: string; readonly parts: readonly string[] }
  | { readonly total: string; readonly part: string; readonly over: string }
  | { readonly totalCell: string; readonly partCells: readonly string[] };

/**
 * A treatment one topic needs before suppression: merges categories so that a headline survives
 * (outcome status merges a small "maintained" or "deteriorated" into one). Returns the figures with
 * any merged ones added, and the cells it merged (hidden, shown as merged).
 */
export type CategoryMerge = (figures: readonly PublishedFigure[], threshold: number) => { readonly figures: PublishedFigure[]; readonly merged: ReadonlySet<string> };

/** What disclosure control knows beyond each figure's own semantics: the topics' sums and merges, and the partitions. */
export interface DisclosureRules {
  readonly sums: readonly CellSum[];
  readonly merges: readonly CategoryMerge[];
  /** Breakdown dimensions whose values partition the clients (the client attributes, blanks a group of their own). */
  readonly partitions: ReadonlySet<string>;
  /**
   * Counts that no figure publishes but that sums tie together (the clients who started are every
   * window's eligible plus not yet eligible), by cell key, with their values: the audit treats them
   * as unknowns a reader can reason about.
   */
  readonly unpublished: ReadonlyMap<string, number>;
}
