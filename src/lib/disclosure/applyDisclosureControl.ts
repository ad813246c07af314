import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { Disclosure } from '../figures/disclosure.ts';
import type { DisclosureRules } from './disclosureRules.ts';
import { cellKey, figureCells, figurePeople, parseCellKey } from './figureCells.ts';
import { protectedPhrase } from './protectedPhrase.ts';
import { complementKey, figureRelations, shareComplements, type CellRelation } from './figureRelations.ts';
import { auditCells, type CellRange, type DisclosureAudit } from './auditCells.ts';
import { roundedRange, roundToBase } from './roundToBase.ts';
import { roundFigure } from './roundFigure.ts';
import { DEFAULT_DOMINANCE, isDominated, type DominanceRule } from './dominanceRule.ts';
import { releaseDifferencing, type PreviousRelease } from './releaseDifferencing.ts';
import { measuresAcrossReleases } from './measuresAcrossReleases.ts';

export interface DisclosureOptions {
  /** Counts of people below this are never shown. */
  readonly threshold: number;
  /** The topics' sums and merges, and the partitions (see `disclosureRules` in src/lib/topics). */
  readonly rules: DisclosureRules;
  /**
   * Finds cells a reader could still recover; secondary suppression continues until it finds
   * none. Integer programming (`auditCells`) unless a test passes another.
   */
  readonly audit?: DisclosureAudit;
  /**
   * The base every count of people that is shown is rounded to (5 under `suppress-1-7-round-5`);
   * 1, the default, rounds nothing. The audit then knows each shown count only as the range it
   * stands for (45 to base 5 is 43 to 47).
   */
  readonly rounding?: number;
  /** When a total of money or hours (a figure with a `concentration`) is dominated by one or two people and not shown. Default: DEFAULT_DOMINANCE. */
  readonly dominance?: DominanceRule;
  /**
   * The previous release's published figures, when this is a later release: the audit then also
   * proves that the two releases together pin no protected cell (releaseDifferencing.ts).
   */
  readonly previous?: PreviousRelease;
}

export interface DisclosureReport {
  readonly threshold: number;
  /** The base shown counts were rounded to; 1 when they were not rounded. */
  readonly rounding: number;
  /** Figures shown as "fewer than N". */
  readonly suppressed: number;
  /** Shares shown as "over X%" / "under X%". */
  readonly bounded: number;
  /** Figures not shown at all (the dominated ones included). */
  readonly withheld: number;
  /** Totals of money or hours, and figures worked out from them, not shown because one or two people make up most of them. */
  readonly dominated: number;
  /** Categories merged by a topic's treatment: statuses into "maintained or deteriorated", feedback answers into "agreed" or "did not agree". */
  readonly collapsed: number;
  /** Cells protected only to stop a reader recovering another (secondary suppression). */
  readonly secondaryCells: number;
  /** Cells the final audit still found recoverable: must be empty for the site to build. */
  readonly exposed: readonly string[];
  /**
   * The figures those cells belong to, named by metric and breakdown dimensions only
   * (`engaged by area`), never a group's value: what an author is told to change.
   */
  readonly exposedFigures: readonly string[];
  /** Whether the audit could not prove anything (it stopped, or a sum it was given was false): nothing may be published. */
  readonly auditFailed: boolean;
  /** Of `exposedFigures`, those a reader could work out only with the previous release beside this one. */
  readonly exposedByDifferencing: readonly string[];
}

const WHY = {
  small: (threshold: number) => `Fewer than ${threshold} people: small numbers are not published, so no one can be picked out.`,
  complement: (threshold: number) => `Shown as a range: the exact share would reveal that fewer than ${threshold} people did otherwise.`,
  base: (threshold: number) => `Not shown: it describes fewer than ${threshold} people.`,
  secondary: 'Not shown: with the other figures, it would reveal a number that is too small to publish.',
  dominated: 'Not shown: one or two people make up most of the total it comes from, so it would tell a reader about them.',
  acrossReleases: 'Not shown: beside the previous release, it would give away the few people added since.',
  collapsed: 'Merged with a neighbouring category, because one of the two is too small to show on its own.',
} as const;

/**
 * Statistical disclosure control over every figure of an evaluation (docs/privacy.md):
 * 1. the topics' merges: categories published together where one is small, so a headline
 *    survives (outcome status's `mergeSmallStatuses`);
 * 2. primary suppression: every count of people below the threshold (zero included), and every
 *    share whose complement is below it (96% of 84 says 3 did not);
 * 3. secondary suppression: where a sum a reader knows has exactly one hidden cell, hide the
 *    smallest other one; then, while the audit still finds a recoverable cell, hide the smallest
 *    visible cell in a sum that contains it.
 * Shares that are protected but keep their base are shown in a safe bounded form ("over 95%").
 * The audit also reasons about counts no figure shows: the topics' unpublished bases and every
 * share's complement. It never throws: a sum that is false for the data, or an audit that cannot
 * finish, comes back as `auditFailed`, and what it could not protect as `exposed`, with the
 * figures named by metric and dimension in `exposedFigures`; either way nothing may be published.
 */
export function applyDisclosureControl(
  all: readonly PublishedFigure[],
  { threshold, rules, audit: auditOne = auditCells, rounding = 1, dominance = DEFAULT_DOMINANCE, previous }: DisclosureOptions,
): { figures: PublishedFigure[]; report: DisclosureReport } {
  // Consented case studies are about one person by design: their consent is what allows it.
  const consented = all.filter((figure) => figure.privacy.kind === 'consented');
  let figures = all.filter((figure) => figure.privacy.kind !== 'consented');
  const collapsedIds = new Set<string>();
  // What each merged cell is counted within: the one figure the merge added for the same people.
  const mergedInto = new Map<string, PublishedFigure>();
  for (const merge of rules.merges) {
    const before = new Set(figures.map((figure) => figure.id));
    const merged = merge(figures, threshold);
    figures = merged.figures;
    const added = figures.filter((figure) => !before.has(figure.id));
    for (const key of merged.merged) {
      collapsedIds.add(key);
      const within = added.filter((figure) => cellKey('', figure.breakdowns) === cellKey('', parseCellKey(key).breakdowns));
      if (within.length === 1 && within[0]) mergedInto.set(key, within[0]);
    }
  }
  const values = cellValues(figures);
  const allRelations = figureRelations(figures, rules, rules.unpublished.keys());
  // Counts a reader can reason about that no figure shows: the topics' unpublished bases, and the
  // complement of every share (the people without the outcome, its base less its numerator).
  const latent = new Map(rules.unpublished);
  const complements = shareComplements(figures, allRelations);
  for (const { numerator, denominator, complement } of complements) {
    const [part, whole] = [values.get(numerator), values.get(denominator)];
    if (part !== undefined && whole !== undefined) latent.set(complement, whole - part);
  }
  for (const [key, value] of rules.unpublished) if (!values.has(key)) values.set(key, value);
  // A sum that does not hold for the true counts is no sum a reader knows: it is a fault in the
  // rules, and the audit cannot prove anything with it, so the evaluation is not published.
  const trueValue = (key: string) => values.get(key) ?? latent.get(key);
  const holds = (relation: CellRelation) => {
    const parts = relation.parts.map(trueValue);
    const total = trueValue(relation.total);
    return total !== undefined && parts.every((part) => part !== undefined) && Math.abs(parts.reduce((sum, part) => sum + part, 0) - total) < 1e-9;
  };
  const relations = allRelations.filter(holds);
  const unsound = allRelations.filter((relation) => !holds(relation)).flatMap((relation) => [...relation.parts, relation.total]);
  // With a previous release, a reader also knows its cells and how this release's grew from them: the audit adds both.
  const differencing = previous === undefined ? undefined : releaseDifferencing(previous, figures, relations, trueValue, threshold);
  const auditRelations = differencing === undefined ? relations : [...relations, ...differencing.relations];
  const withPrevious = (known: ReadonlyMap<string, number | CellRange>) => (differencing === undefined ? known : new Map([...known, ...differencing.known]));
  // The audit is asked only about the cells whose pinning the caller acts on: the others still constrain them, unsolved.
  const audit = (known: ReadonlyMap<string, number | CellRange>, asks: (key: string) => boolean) => auditOne(new Map(withPrevious(known)), auditRelations, asks).filter(asks);
  const protectedCells = new Map<string, 'primary' | 'secondary'>();
  for (const [key, value] of values) if (value < threshold && !collapsedIds.has(key)) protectedCells.set(key, 'primary');
  // A share whose complement is small is protected, unless it has none (a group that is the whole).
  const hasComplement = new Set(complements.map(({ numerator, denominator }) => `${numerator} ${denominator}`));
  for (const figure of figures) {
    const { numerator, denominator } = figureCells(figure);
    const people = figurePeople(figure);
    if (figure.privacy.kind === 'share-of-whole' && !hasComplement.has(`${numerator} ${denominator}`)) continue;
    if (figure.unit === 'percent' && numerator && people.numerator !== null && people.denominator !== null && people.denominator - people.numerator < threshold) {
      protectedCells.set(numerator, protectedCells.get(numerator) ?? 'primary');
    }
  }
  for (const key of collapsedIds) protectedCells.set(key, 'secondary');
  // Counts of people that rounding blurs: those the evaluation's own figures show (a published
  // aggregate is quoted as its source gave it; a case study is one consented person).
  const roundable = new Set(
    rounding > 1 ? figures.filter((figure) => figure.privacy.kind !== 'published').flatMap((figure) => Object.values(figureCells(figure)).filter((key): key is string => key !== null)) : [],
  );
  // A total of money or hours most of which is one or two people's, and every figure worked out
  // from it (a cost per client-year, a change between two totals), is not shown: each carries the
  // totals it rests on, so a mean times its base, or one total less a change, cannot give it back.
  const dominated = new Set(figures.filter((figure) => (figure.concentration ?? []).some((total) => isDominated(total, dominance))).map((figure) => figure.id));
  // With a previous release, a total, mean or median whose people grew by only a few would give the newcomers' values away.
  const acrossReleases = previous === undefined ? new Set<string>() : measuresAcrossReleases(figures, previous, threshold);
  const rounds: Rounds = { base: rounding, threshold, cells: roundable, dominated, acrossReleases };
  // A shown count is rounded: a cell in view whose exact value a reader does not know.
  const roundedInView = (key: string) => roundable.has(key) && !protectedCells.has(key) && values.has(key);
  // Rounded counts blur every subtraction, so the audit alone decides where a sum still pins a
  // hidden count; without rounding, a sum with one hidden cell always gives it away.
  if (rounding <= 1) protectSingletons(relations, values, protectedCells, latent);
  // How much of the pages each cell is behind: hiding one that few figures show costs the reader least.
  const reach = new Map<string, number>();
  // A base counts double: hiding it withholds a whole share or mean, where hiding a count loses one number.
  for (const figure of figures) {
    const { numerator, denominator } = figureCells(figure);
    if (numerator !== null) reach.set(numerator, (reach.get(numerator) ?? 0) + 1);
    if (denominator !== null) reach.set(denominator, (reach.get(denominator) ?? 0) + 2);
  }
  let exposed: string[] = [];
  let failed = unsound.length > 0;
  let treated = figures.map((figure) => treat(figure, protectedCells, collapsedIds, mergedInto, rounds));
  const know = () => readerKnowledge(treated, values, rounds, protectedCells, latent.keys());
  // What the choice of a cell to hide treats as in view: exact cells, and shown rounded ones at their value.
  const inView = (known: ReadonlyMap<string, number | CellRange>): ReadonlyMap<string, number | CellRange> =>
    rounding <= 1 ? known : new Map([...known].map(([key, range]) => [key, roundedInView(key) ? (values.get(key) ?? range) : range]));
  // Which sums hold each cell, found once: the search for cells to hide asks it many times a round.
  const sums = sumIndex(auditRelations);
  for (let round = 0; round < 500 && !failed; round += 1) {
    try {
      const known = know();
      // Ranges from different figures can meet at one value before any sum is used ("not shown",
      // so 10 or more; "over 10% of 10", so at most 10): such a cell reaches the audit as exact.
      const pinnedOutright = [...protectedCells.keys()].filter((key) => typeof known.get(key) === 'number' && !latent.has(key));
      // A count no figure shows that a reader can pin matters only if it is small (a large one is no secret).
      // A shown rounded count (never under the threshold) that a reader can pin tells them no small number.
      const found = audit(known, (key) => (differencing?.cellOf(key) !== undefined ? differencing.matters(key) : (!latent.has(key) || (latent.get(key) ?? 0) < threshold) && !roundedInView(key)));
      exposed = [...new Set([...pinnedOutright, ...found])];
    } catch {
      // The audit proves nothing when it cannot finish: the figures are not published.
      failed = true;
      break;
    }
    if (exposed.length === 0) break;
    const before = protectedCells.size;
    // Whether hiding one more cell would stop a reader pinning this one: an audit of the pages as they would then be.
    // Each try is an audit: a round tries a few dozen at most, whatever the number of exposed cells.
    let tries = MOST_TRIES_A_ROUND;
    const unpins = (key: string) => (candidates: readonly string[]) => {
      if (tries-- <= 0) return false;
      const trial = new Map(protectedCells);
      for (const candidate of candidates) trial.set(candidate, 'secondary');
      const pages = figures.map((figure) => treat(figure, trial, collapsedIds, mergedInto, rounds));
      const known = readerKnowledge(pages, values, rounds, trial, latent.keys());
      try {
        return typeof known.get(key) !== 'number' && !audit(known, (cell) => cell === key).includes(key);
      } catch {
        return false;
      }
    };
    protectExposed(exposed, sums, values, protectedCells, withPrevious(inView(know())), (key) => ({ reach, unpins: unpins(key) }));
    if (protectedCells.size === before) break;
    treated = figures.map((figure) => treat(figure, protectedCells, collapsedIds, mergedInto, rounds));
  }
  if (failed) exposed = [...new Set([...unsound, ...exposed])];
  // Which exposed cells only the two releases together pin: the previous release's and the new clients' cells, and this release's cells the audit of this release alone leaves open.
  let alone: ReadonlySet<string> = new Set(exposed);
  if (differencing !== undefined && !failed && exposed.length > 0) {
    try {
      alone = new Set(auditOne(know(), relations));
    } catch {
      alone = new Set();
    }
  }
  const byDifferencing = differencing === undefined ? [] : exposed.filter((key) => differencing.cellOf(key) !== undefined || !alone.has(key));
  const count = (treatment: Disclosure['treatment']) => treated.filter((figure) => figure.disclosure?.treatment === treatment).length;
  return {
    figures: [...treated.map((figure) => (rounding > 1 && figure.privacy.kind !== 'published' ? roundFigure(figure, rounding) : figure)), ...consented],
    report: {
      threshold,
      rounding,
      suppressed: count('suppressed'),
      bounded: count('bounded'),
      withheld: count('withheld'),
      collapsed: count('collapsed'),
      dominated: treated.filter((figure) => dominated.has(figure.id)).length,
      secondaryCells: [...protectedCells.values()].filter((kind) => kind === 'secondary').length,
      exposed,
      exposedFigures: exposedFigures(
        exposed.map((key) => differencing?.cellOf(key) ?? key),
        figures,
      ),
      auditFailed: failed,
      exposedByDifferencing: exposedFigures(
        byDifferencing.map((key) => differencing?.cellOf(key) ?? key),
        figures,
      ),
    },
  };
}

/**
 * The figures behind some cells, by metric and breakdown dimensions (`engaged by area`): never a
 * breakdown's value, which can be a group label an author did not mean to print in a message.
 */
function exposedFigures(keys: readonly string[], figures: readonly PublishedFigure[]): string[] {
  const owners = new Map<string, PublishedFigure>();
  for (const figure of figures) {
    const { numerator, denominator } = figureCells(figure);
    for (const key of [numerator, denominator]) if (key !== null && !owners.has(key)) owners.set(key, figure);
  }
  const names = keys.map((key) => {
    // A complement (`~numerator~of~base`) is named by its share's numerator.
    const cell = key.startsWith('~') ? (key.slice(1).split('~of~')[0] ?? key) : key;
    const owner = owners.get(cell);
    const { metric, breakdowns } = owner ?? parseCellKey(cell);
    const dimensions = breakdowns.map((part) => part.dimension);
    return dimensions.length === 0 ? metric : `${metric} by ${dimensions.join(' and ')}`;
  });
  return [...new Set(names)].sort();
}

/** Every count of people the figures reveal, by cell. */
function cellValues(figures: readonly PublishedFigure[]): Map<string, number> {
  const values = new Map<string, number>();
  for (const figure of figures) {
    const { numerator, denominator } = figureCells(figure);
    const people = figurePeople(figure);
    if (numerator !== null) values.set(numerator, figure.unit === 'count' ? figure.value : (people.numerator ?? figure.value));
    if (denominator !== null && people.denominator !== null) values.set(denominator, people.denominator);
  }
  return values;
}

/** The sums a reader knows, with those that hold each cell (each once, in the sums' order). */
interface SumIndex {
  readonly of: (cell: string) => readonly CellRelation[];
  /** Distinct sums, in the order of all the sums: what filtering all of them would give. */
  readonly inOrder: (some: Iterable<CellRelation>) => CellRelation[];
}

function sumIndex(relations: readonly CellRelation[]): SumIndex {
  const byCell = new Map<string, CellRelation[]>();
  const order = new Map(relations.map((relation, index) => [relation, index]));
  for (const relation of relations) {
    for (const cell of new Set([...relation.parts, relation.total])) {
      const holding = byCell.get(cell);
      if (holding === undefined) byCell.set(cell, [relation]);
      else holding.push(relation);
    }
  }
  return {
    of: (cell) => byCell.get(cell) ?? [],
    inOrder: (some) => [...new Set(some)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
  };
}

/** Where one sum has exactly one hidden cell, hide the smallest visible part (or else the total). */
function protectSingletons(relations: readonly CellRelation[], values: ReadonlyMap<string, number>, protectedCells: Map<string, 'primary' | 'secondary'>, latent: ReadonlyMap<string, number>): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const relation of relations) {
      const cells = [...relation.parts, relation.total];
      // A sum with a count no figure publishes needs two sums to subtract with: the audit's work.
      if (cells.some((key) => latent.has(key)) || cells.filter((key) => protectedCells.has(key)).length !== 1) continue;
      const candidate = smallestVisible(relation.parts, values, protectedCells) ?? (protectedCells.has(relation.total) ? undefined : relation.total);
      if (candidate !== undefined) {
        protectedCells.set(candidate, 'secondary');
        changed = true;
      }
    }
  }
}

/** The smallest cell in view in a sum that holds the exposed cell; failing that, in any sum that shares a cell with one. */
function nearestCell(
  key: string,
  sums: SumIndex,
  values: ReadonlyMap<string, number>,
  protectedCells: ReadonlyMap<string, unknown>,
  known: ReadonlyMap<string, number | CellRange>,
): string | undefined {
  const containing = sums.of(key);
  const linked = sums.inOrder(containing.flatMap((relation) => [...relation.parts, relation.total].flatMap((cell) => sums.of(cell))).filter((relation) => !containing.includes(relation)));
  for (const relation of [...containing, ...linked]) {
    const visible = [...relation.parts, relation.total].filter((cell) => typeof known.get(cell) === 'number');
    // A protected cell can still be pinned (a count "not shown" is known to be N or more): hide another.
    const candidate = smallestVisible(visible, values, protectedCells);
    if (candidate !== undefined) return candidate;
  }
  return undefined;
}

/**
 * Hides more cells so that the exposed ones are no longer pinned, in three passes, each ending the
 * round (the audit runs again) as soon as it hides anything: for each exposed cell, the nearest
 * cell in view, where no sum in view gives it straight back; else cells further along the sums,
 * found by trying them (`fartherCut`); else the nearest cell all the same, and the audit goes on.
 */
function protectExposed(
  exposed: readonly string[],
  sums: SumIndex,
  values: ReadonlyMap<string, number>,
  protectedCells: Map<string, 'primary' | 'secondary'>,
  known: ReadonlyMap<string, number | CellRange>,
  search: (key: string) => FartherSearch,
): void {
  const nearest = exposed.map((key) => nearestCell(key, sums, values, protectedCells, known));
  let hid = false;
  for (const cell of nearest) {
    if (cell !== undefined && !protectedCells.has(cell) && !rederivable(cell, sums, known, protectedCells)) {
      protectedCells.set(cell, 'secondary');
      hid = true;
    }
  }
  if (hid) return;
  for (const key of exposed) {
    const farther = fartherCut(key, sums, values, protectedCells, known, search(key));
    if (farther === undefined) continue;
    for (const cell of farther) protectedCells.set(cell, 'secondary');
    return;
  }
  for (const cell of nearest) if (cell !== undefined) protectedCells.set(cell, 'secondary');
}

interface FartherSearch {
  /** How many figures reveal each cell. */
  readonly reach: ReadonlyMap<string, number>;
  /** Whether hiding these cells too would leave the exposed one undetermined. */
  readonly unpins: (cells: readonly string[]) => boolean;
}

/** Single cells, and sets of cells, tried at most before falling back to the nearest: each try is one audit. */
const MOST_TRIES = 8;
const MOST_GROUP_TRIES = 4;
const MOST_TRIES_A_ROUND = 36;

/** Whether hiding a cell would hide nothing: a sum holds it with every other cell in view. */
function rederivable(cell: string, sums: SumIndex, known: ReadonlyMap<string, number | CellRange>, protectedCells: ReadonlyMap<string, unknown>): boolean {
  return sums.of(cell).some((relation) => {
    const cells = [...relation.parts, relation.total];
    return cells.every((other) => other === cell || (typeof known.get(other) === 'number' && !protectedCells.has(other)));
  });
}

/**
 * Where the nearest cell to hide would be given straight back by another sum (the referrals,
 * which their groups add up to), cells further along the sums whose hiding is tried and found to
 * leave the exposed cell undetermined. The sums are searched outwards from the exposed cell. In
 * each ring, single cells are tried first: those the fewest figures show (a count on its own, not
 * the base of many), smallest first. Then, for a count no figure shows that the ring reaches (the
 * clients who started), one cell from each sum that pins it: Manchester's engaged 81 of 84 comes
 * back through the clients who started, whom three re-offending windows and the before-and-after
 * comparison each add up; hiding one count in each of the four ends it, where hiding the
 * referrals would only move the exposure to their groups and on to every breakdown of them.
 */
function fartherCut(
  key: string,
  sums: SumIndex,
  values: ReadonlyMap<string, number>,
  protectedCells: ReadonlyMap<string, unknown>,
  known: ReadonlyMap<string, number | CellRange>,
  { reach, unpins }: FartherSearch,
): string[] | undefined {
  const shown = (cell: string) => typeof known.get(cell) === 'number' && !protectedCells.has(cell) && values.has(cell);
  const cheapest = (cells: readonly string[]) => [...cells].sort((a, b) => (reach.get(a) ?? 0) - (reach.get(b) ?? 0) || (values.get(a) ?? 0) - (values.get(b) ?? 0) || (a < b ? -1 : 1));
  const reached = new Set([key]);
  const used = new Set<CellRelation>();
  let [tries, groupTries] = [0, 0];
  for (let depth = 0; depth < 8 && (tries < MOST_TRIES || groupTries < MOST_GROUP_TRIES); depth++) {
    const next = sums.inOrder([...reached].flatMap((cell) => sums.of(cell)).filter((relation) => !used.has(relation)));
    if (next.length === 0) return undefined;
    const cells = [...new Set(next.flatMap((relation) => [...relation.parts, relation.total]))];
    const singles = cheapest(cells.filter((cell) => shown(cell) && !rederivable(cell, sums, known, protectedCells))).map((cell) => [cell]);
    const unknowns = cells.filter((cell) => cell !== key && typeof known.get(cell) !== 'number');
    const groups = unknowns.flatMap((unknown) => {
      // Every sum in which this count is the only one not in view: one cell of each.
      const pinning = sums.of(unknown).filter((relation) => {
        const members = [...relation.parts, relation.total];
        return members.every((cell) => cell === unknown || shown(cell));
      });
      const cut = [...new Set(pinning.map((relation) => cheapest([...relation.parts, relation.total].filter((cell) => cell !== unknown))[0] ?? ''))].filter((cell) => cell !== '');
      return cut.length > 0 ? [cut] : [];
    });
    for (const cut of [...singles.slice(0, Math.max(0, MOST_TRIES - tries)), ...groups.slice(0, Math.max(0, MOST_GROUP_TRIES - groupTries))]) {
      if (cut.length === 1) tries += 1;
      else groupTries += 1;
      if (unpins(cut)) return cut;
    }
    for (const relation of next) used.add(relation);
    for (const cell of cells) reached.add(cell);
  }
  return undefined;
}

function smallestVisible(keys: readonly string[], values: ReadonlyMap<string, number>, protectedCells: ReadonlyMap<string, unknown>): string | undefined {
  return keys.filter((key) => !protectedCells.has(key) && values.has(key)).sort((a, b) => (values.get(a) ?? 0) - (values.get(b) ?? 0) || (a < b ? -1 : 1))[0];
}

/**
 * What a reader knows of each cell from the treated figures, exactly as the pages show them and
 * as docs/privacy.md explains the rules: a count shown by any figure is exact; "fewer than N" is 0
 * to N − 1; a share "over X%" of a shown base puts its numerator in the top band; "not shown" says
 * something too, since a small count would read "fewer than N": a count not shown is N or more, a
 * share not shown over a base that is shown has N or more on either side, and a share not shown
 * because its base is small puts the base under N. Anything else could be anything up to the
 * largest count.
 */
function readerKnowledge(
  figures: readonly PublishedFigure[],
  values: ReadonlyMap<string, number>,
  rounds: Rounds,
  protectedCells: ReadonlyMap<string, unknown>,
  unpublished: Iterable<string>,
): Map<string, number | CellRange> {
  const { threshold } = rounds;
  // Under rounding the largest count is itself known only to within the base: a bound from its exact value would tell the audit more than a reader knows.
  const largest = Math.max(0, ...values.values()) + (rounds.base > 1 ? rounds.base : 0);
  const known = new Map<string, CellRange>();
  // Counts no figure publishes are unknowns: only the sums they are in say anything about them.
  for (const key of unpublished) known.set(key, { min: 0, max: 100 * largest });
  const learn = (key: string | null, range: CellRange) => {
    if (key === null) return;
    const before = known.get(key) ?? { min: 0, max: largest };
    known.set(key, { min: Math.max(before.min, range.min), max: Math.min(before.max, range.max) });
  };
  for (const figure of figures) {
    const { numerator, denominator } = figureCells(figure);
    learn(numerator, { min: 0, max: largest });
    learn(denominator, { min: 0, max: largest });
    // A count shown: exact, or, rounded, the range it stands for.
    const exact = (key: string | null) => {
      const value = key === null ? undefined : values.get(key);
      if (key !== null && value !== undefined) learn(key, shownRange(key, value, rounds));
    };
    const { disclosure } = figure;
    if (!disclosure) {
      exact(numerator);
      exact(denominator);
      // A mean or rate shown beside a rounded base can give the base back (57.7 re-offences per 100
      // of "about 25" can only be 15 of 26), and with it any count in a sum with it: the audit
      // counts the base, and a second count the value rests on, as known exactly.
      if (rounds.base > 1 && figure.privacy.kind === 'measure') {
        const also = figure.privacy.alsoOver === undefined ? null : cellKey(figure.privacy.alsoOver, figure.breakdowns);
        for (const key of [denominator, also]) {
          const value = key === null ? undefined : values.get(key);
          if (key !== null && value !== undefined) learn(key, { min: value, max: value });
        }
      }
      continue;
    }
    if (disclosure.baseShown) exact(denominator);
    if (disclosure.treatment === 'suppressed') learn(numerator, { min: 0, max: threshold - 1 });
    const base = denominator !== null && figure.denominator !== null ? shownRange(denominator, figure.denominator, rounds) : null;
    if (disclosure.treatment === 'bounded' && figure.numerator !== null && base !== null) {
      learn(numerator, figure.numerator < threshold ? { min: 0, max: threshold - 1 } : { min: base.min - threshold + 1, max: base.max });
      // "Over 95%" says fewer than the threshold did otherwise: with a rounded base, the sum says it, not the ranges.
      const complement = numerator !== null && denominator !== null ? complementKey(numerator, denominator) : null;
      if (rounds.base > 1 && figure.numerator >= threshold && complement !== null && known.has(complement)) learn(complement, { min: 0, max: threshold - 1 });
    }
    if (disclosure.treatment !== 'withheld') continue;
    if (denominator !== null && protectedCells.has(denominator)) {
      const base = figurePeople(figure).denominator;
      if (base !== null && base < threshold) learn(denominator, { min: 0, max: threshold - 1 });
    } else if (figure.unit !== 'percent') {
      learn(numerator, { min: threshold, max: largest });
    } else if (base !== null) {
      learn(numerator, { min: threshold, max: base.max - threshold });
    }
  }
  return new Map([...known].map(([key, range]) => [key, range.min === range.max ? range.min : range]));
}

function treat(
  figure: PublishedFigure,
  protectedCells: ReadonlyMap<string, 'primary' | 'secondary'>,
  collapsedIds: ReadonlySet<string>,
  mergedInto: ReadonlyMap<string, PublishedFigure>,
  rounds: Rounds,
): PublishedFigure {
  const { threshold } = rounds;
  const { numerator, denominator } = figureCells(figure);
  const disclose = (disclosure: Disclosure): PublishedFigure => ({ ...figure, disclosure });
  const withheld = (reason: string, why: 'small-base' | 'other-figures' | 'small-group' | 'dominated') =>
    disclose({ treatment: 'withheld', shown: 'not shown', phrase: protectedPhrase.withheld(figure.unit, why), reason, baseShown: false });
  // A merged category's share reads "merged"; any other figure of the same people is protected as usual.
  if (numerator && collapsedIds.has(numerator) && figure.unit === 'percent') {
    const within = mergedInto.get(numerator);
    // The category's own name ("Maintained or deteriorated"), without the groups the sentence already names (figureOrigin: "label — groups").
    const name = within && (within.breakdowns.length > 0 ? within.label.split(' — ')[0] : within.label);
    return disclose({ treatment: 'collapsed', shown: 'merged', phrase: protectedPhrase.collapsed(name), reason: WHY.collapsed, baseShown: false, ...(within ? { mergedInto: within.id } : {}) });
  }
  const people = figurePeople(figure);
  if (rounds.dominated.has(figure.id)) return withheld(WHY.dominated, 'dominated');
  if (rounds.acrossReleases.has(figure.id)) return withheld(WHY.acrossReleases, 'other-figures');
  if (denominator && protectedCells.has(denominator)) {
    const smallBase = people.denominator !== null && people.denominator < threshold;
    return smallBase ? withheld(WHY.base(threshold), 'small-base') : withheld(WHY.secondary, 'other-figures');
  }
  // A measure that also gives away a second count of people is withheld with it.
  if (figure.privacy.kind === 'measure' && figure.privacy.alsoOver !== undefined && protectedCells.has(cellKey(figure.privacy.alsoOver, figure.breakdowns))) {
    return withheld(WHY.secondary, 'other-figures');
  }
  if (!numerator || !protectedCells.has(numerator)) return figure;
  if (figure.unit !== 'percent') {
    if (figure.value < threshold)
      return disclose({ treatment: 'suppressed', shown: `fewer than ${threshold}`, phrase: protectedPhrase.suppressed(threshold), reason: WHY.small(threshold), baseShown: false });
    // Only a count gets here (a mean's cell is its base): one not shown is the threshold or more.
    return disclose({ treatment: 'withheld', shown: 'not shown', phrase: protectedPhrase.withheldCount(threshold), reason: WHY.secondary, baseShown: false });
  }
  if (figure.numerator === null || figure.denominator === null) {
    // A share that does not show its counts (a published aggregate) cannot be shown as a range of them.
    const small = people.numerator !== null && (people.numerator < threshold || (people.denominator !== null && people.denominator - people.numerator < threshold));
    return small ? withheld(WHY.small(threshold), 'small-group') : withheld(WHY.secondary, 'other-figures');
  }
  // A rounded base is shown rounded: the bound holds for the smallest base it stands for, the one that makes it widest.
  const rounded = denominator !== null && rounds.cells.has(denominator);
  const shownBase = rounded ? roundToBase(figure.denominator, rounds.base) : figure.denominator;
  const leastBase = rounded ? shownRange(denominator, figure.denominator, rounds).min : figure.denominator;
  const phrase = (shown: string, side: 'below' | 'above') =>
    rounded ? protectedPhrase.boundedRounded(shown, side, threshold, shownBase) : protectedPhrase.bounded(shown, side, threshold, figure.denominator ?? 0);
  if (figure.numerator < threshold) {
    const shown = boundBelow(threshold - 1, leastBase);
    return disclose({ treatment: 'bounded', shown, phrase: phrase(shown, 'below'), reason: WHY.small(threshold), baseShown: true });
  }
  if (figure.denominator - figure.numerator < threshold) {
    const shown = boundAbove(leastBase - threshold + 1, leastBase);
    return disclose({ treatment: 'bounded', shown, phrase: phrase(shown, 'above'), reason: WHY.complement(threshold), baseShown: true });
  }
  return withheld(WHY.secondary, 'other-figures');
}

/** "under 5%" for at most `most` of `base`; "5% or less" when the bound is a whole percentage. */
export function boundBelow(most: number, base: number): string {
  const exact = (100 * most) / base;
  const rounded = Math.ceil(exact - 1e-9);
  return Math.abs(exact - rounded) < 1e-9 ? `${rounded}% or less` : `under ${rounded}%`;
}

/** "over 95%" for at least `least` of `base`; "95% or more" when the bound is a whole percentage. */
export function boundAbove(least: number, base: number): string {
  const exact = (100 * least) / base;
  const rounded = Math.floor(exact + 1e-9);
  return Math.abs(exact - rounded) < 1e-9 ? `${rounded}% or more` : `over ${rounded}%`;
}

/** The rounding rule: its base (1: none), the threshold (a shown count is at least it) and the cells it applies to. */
interface Rounds {
  readonly base: number;
  readonly threshold: number;
  readonly cells: ReadonlySet<string>;
  /** Figures not shown under the dominance rule (decided once, read where figures are treated). */
  readonly dominated: ReadonlySet<string>;
  /** Measures not shown because, beside the previous release's, they would give the few newcomers' values (measuresAcrossReleases.ts). */
  readonly acrossReleases: ReadonlySet<string>;
}

/** What a reader learns from a count shown: its value, or, rounded, every count that rounds to what is shown. */
function shownRange(key: string, value: number, { base, threshold, cells }: Rounds): CellRange {
  return base > 1 && cells.has(key) ? roundedRange(roundToBase(value, base), base, threshold) : { min: value, max: value };
}
