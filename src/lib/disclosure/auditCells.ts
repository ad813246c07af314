import { exposedCells } from './disclosureAudit.ts';
import type { CellRelation } from './figureRelations.ts';

/** What a reader can learn about a protected cell: a range of whole numbers. */
export interface CellRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The audit, cells still pinned to one value; with `asks`, the caller looks only at the cells it
 * accepts, so an audit may leave the others unsolved (they still constrain the rest).
 */
export type DisclosureAudit = (cells: ReadonlyMap<string, number | CellRange>, relations: readonly CellRelation[], asks?: (key: string) => boolean) => string[];

/**
 * The disclosure audit in the shape disclosure control calls it: what a reader knows of each
 * count (exact, or a range) and the sums they know, in; the cells they could still pin to one
 * value, out. Integer linear programming (yalps), so it sees through combinations of sums, not
 * only single subtractions.
 */
export const auditCells: DisclosureAudit = (cells: ReadonlyMap<string, number | CellRange>, relations: readonly CellRelation[], asks?: (key: string) => boolean) =>
  exposedCells(
    {
      cells: [...cells].map(([id, value]) => ({ id, published: typeof value === 'number' ? { kind: 'exact' as const, value } : { kind: 'range' as const, min: value.min, max: value.max } })),
      relations: relations.map(({ parts, total }) => ({ terms: parts.map((cell) => ({ cell, coefficient: 1 })), equals: { cell: total } })),
    },
    asks,
  ).map((exposure) => exposure.id);
