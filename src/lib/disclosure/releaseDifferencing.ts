import type { CellRange } from './auditCells.ts';
import { figureCells, type CellSource } from './figureCells.ts';
import type { CellRelation } from './figureRelations.ts';
import { roundedRange } from './roundToBase.ts';

/**
 * One figure as the previous release published it (its `figures.json`): the published value and
 * counts (null where that release protected them), its treatment and the text readers saw.
 */
export interface PreviousFigure {
  readonly id: string;
  readonly unit: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly display: string;
  readonly treatment: 'suppressed' | 'bounded' | 'withheld' | 'collapsed' | null;
  /** Whether that release showed the figure's counts rounded to its `rounding` base (absent: not rounded). */
  readonly rounded?: boolean;
}

/** The previous release as far as disclosure control needs it: what it showed, and the threshold it applied. */
export interface PreviousRelease {
  readonly version: string;
  readonly threshold: number;
  /** The base that release rounded shown counts to (a rounding preset); absent or 1: not rounded. */
  readonly rounding?: number;
  readonly figures: readonly PreviousFigure[];
}

/** What a reader holding both releases knows beyond this release's own figures. */
export interface DifferencingModel {
  /** The previous release's cells (exact or ranges) and the new clients' cells (0 or more), by key. */
  readonly known: ReadonlyMap<string, number | CellRange>;
  /** Each shared cell is its previous count plus the new clients' count; the previous release's own sums. */
  readonly relations: readonly CellRelation[];
  /** Whether a cell the audit finds pinned is a disclosure (a protected previous count, or a small count of new clients). */
  readonly matters: (key: string) => boolean;
  /** This release's cell that a differencing cell belongs to, or undefined for a cell of this release. */
  readonly cellOf: (key: string) => string | undefined;
}

const PREVIOUS = '@previous:';
const NEW = '@new:';

/**
 * Release differencing (docs/privacy.md, "Two releases"). A reader holding the previous release's
 * published figures beside this one's can subtract them. The audit assumes what such a reader
 * would: the cohort was only extended, so for each count of people that both releases publish
 * under the same figure id (same indicator, same breakdown), this release's count is the previous
 * count plus the new clients' count, which is 0 or more; and the previous release's own sums held.
 * The previous release's cells are known as it showed them (exact, "fewer than N" as 0 to N − 1,
 * a bounded share's numerator in its band, a count "not shown" as N or more; under a rounding
 * preset, a shown count as the range of counts that round to it, `roundedRange`), and the new
 * clients' counts are unknowns a reader can reason about. A pinned previous cell that release
 * protected, or a pinned count of new clients below `threshold` (zero included), is a disclosure;
 * a count no sum holds as a part (the cohort itself) is not: every release says whom it covers.
 * Where a count fell since the previous release, the reader sees the cohort was not only extended
 * there, and that cell is left out of the model (`trueValue` says which fell).
 */
export function releaseDifferencing(
  previous: PreviousRelease,
  figures: readonly CellSource[],
  relations: readonly CellRelation[],
  trueValue: (key: string) => number | undefined,
  threshold: number,
): DifferencingModel {
  const current = new Map(figures.map((figure) => [figure.id, figure]));
  const known = new Map<string, CellRange>();
  const largest = Math.max(1, ...figures.flatMap((figure) => [trueValue(figureCells(figure).numerator ?? '') ?? 0, trueValue(figureCells(figure).denominator ?? '') ?? 0]));
  const anything: CellRange = { min: 0, max: 100 * largest };
  const learn = (key: string | null, range: CellRange) => {
    if (key === null) return;
    const before = known.get(key) ?? anything;
    known.set(key, { min: Math.max(before.min, range.min), max: Math.min(before.max, range.max) });
  };
  const t = previous.threshold;
  const base = previous.rounding ?? 1;
  // Previous cells that release showed (rounded, so a range): at least its threshold, so pinning one only undoes its rounding.
  const shownRounded = new Set<string>();
  for (const figure of previous.figures) {
    const now = current.get(figure.id);
    if (now === undefined || now.privacy.kind === 'consented' || now.privacy.kind === 'published') continue;
    const cells = figureCells(now);
    const numerator = cells.numerator === null ? null : PREVIOUS + cells.numerator;
    const denominator = cells.denominator === null ? null : PREVIOUS + cells.denominator;
    const rounded = base > 1 && figure.rounded === true;
    // A count that release showed: exact, or, rounded, every count that rounds to it.
    const shownAs = (value: number): CellRange => (rounded ? roundedRange(value, base, t) : { min: value, max: value });
    const exact = (key: string | null, value: number | null) => {
      if (key === null || value === null || !Number.isInteger(value)) return;
      learn(key, shownAs(value));
      if (rounded) shownRounded.add(key);
    };
    if (figure.treatment === null) {
      if (figure.unit === 'count') exact(numerator, figure.value);
      else {
        exact(numerator, figure.numerator);
        exact(denominator, figure.denominator);
      }
      learn(numerator, anything);
      learn(denominator, anything);
      continue;
    }
    exact(denominator, figure.denominator);
    if (figure.treatment === 'suppressed') learn(numerator, { min: 0, max: t - 1 });
    else if (figure.treatment === 'bounded' && figure.denominator !== null) {
      // "under 5%" / "5% or less" is the low band; "over 95%" / "95% or more" the high one.
      const low = /^under |or less$/.test(figure.display);
      const shownBase = shownAs(figure.denominator);
      learn(numerator, low ? { min: 0, max: t - 1 } : { min: shownBase.min - t + 1, max: shownBase.max });
    } else if (figure.treatment === 'withheld' && figure.unit === 'count') learn(numerator, { min: t, max: anything.max });
    else learn(numerator, anything);
    learn(denominator, anything);
  }
  // The previous release's own sums: those among this release's whose every cell it published,
  // with the counts no figure shows (a share's complement) as unknowns of that release.
  const published = new Set([...known.keys()].map((key) => key.slice(PREVIOUS.length)));
  const figureKeys = new Set(figures.flatMap((figure) => Object.values(figureCells(figure)).filter((key): key is string => key !== null)));
  const diffRelations: CellRelation[] = [];
  const latentKeys = new Set<string>();
  for (const relation of relations) {
    const cells = [relation.total, ...relation.parts];
    if (!cells.every((key) => published.has(key) || !figureKeys.has(key))) continue;
    if (!cells.some((key) => published.has(key))) continue;
    for (const key of cells) {
      if (known.has(PREVIOUS + key)) continue;
      learn(PREVIOUS + key, anything);
      latentKeys.add(PREVIOUS + key);
    }
    diffRelations.push({ parts: relation.parts.map((key) => PREVIOUS + key), total: PREVIOUS + relation.total });
  }
  // A count the previous release showed in no figure (a share's complement), where one of its sums
  // gives it from counts that release showed exactly: the 8 not engaged of 50 with 42 engaged.
  const exactly = (key: string) => {
    const range = known.get(key);
    return range !== undefined && range.min === range.max ? range.min : undefined;
  };
  const previousLatent = new Map<string, number>();
  for (const relation of diffRelations) {
    const cells = [relation.total, ...relation.parts];
    const open = cells.filter((key) => exactly(key) === undefined);
    const [only] = open;
    if (open.length !== 1 || only === undefined || !latentKeys.has(only)) continue;
    const sum = relation.parts.reduce((total, key) => total + (key === only ? 0 : (exactly(key) ?? 0)), 0);
    previousLatent.set(only, only === relation.total ? sum : (exactly(relation.total) ?? 0) - sum);
  }
  const result = new Map<string, number | CellRange>();
  const newValue = new Map<string, number>();
  for (const [key, range] of known) {
    const cell = key.slice(PREVIOUS.length);
    const value = trueValue(cell);
    const before = previousLatent.get(key) ?? exactly(key);
    // A count that fell: the reader sees that this cell is no previous count plus new clients.
    // (Under rounding the previous count is known only as a range: below its least, it surely fell.)
    if (value === undefined || value < (before ?? range.min)) continue;
    result.set(key, range.min === range.max ? range.min : range);
    result.set(NEW + cell, anything);
    if (before !== undefined) newValue.set(NEW + cell, value - before);
    diffRelations.push({ parts: [key, NEW + cell], total: cell });
  }
  // Previous-release sums over a cell left out would speak of it unconstrained: keep only those whose cells are all in.
  const kept = diffRelations.filter((relation) => [relation.total, ...relation.parts].every((key) => result.has(key) || !key.startsWith(PREVIOUS)));
  const parts = new Set(relations.flatMap((relation) => relation.parts));
  // With no new clients at all (every count no sum holds as a part is unchanged), there is no one
  // new to learn about: a same-cohort release pins the new clients' counts at 0, which says nothing.
  const wholes = [...result.keys()].filter((key) => key.startsWith(PREVIOUS) && !parts.has(key.slice(PREVIOUS.length)));
  const noNewClients = wholes.length > 0 && wholes.every((key) => newValue.get(NEW + key.slice(PREVIOUS.length)) === 0);
  return {
    known: result,
    relations: kept,
    matters: (key) => {
      // A count the previous release protected, or one it showed in no figure that is small (or cannot be worked out here).
      // A count it showed rounded is at least its threshold: pinning it only undoes its rounding.
      if (key.startsWith(PREVIOUS)) return !shownRounded.has(key) && (!latentKeys.has(key) || (previousLatent.get(key) ?? 0) < t);
      if (!key.startsWith(NEW) || noNewClients) return false;
      const cell = key.slice(NEW.length);
      const value = newValue.get(key);
      return parts.has(cell) && (value === undefined || value < threshold);
    },
    cellOf: (key) => (key.startsWith(PREVIOUS) ? key.slice(PREVIOUS.length) : key.startsWith(NEW) ? key.slice(NEW.length) : undefined),
  };
}
