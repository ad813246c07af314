import { solve, type Constraint } from 'yalps';

/** What a reader learns about one cell: its exact value, or only that it lies in a range (a suppressed "fewer than 5" cell is [0, 4] or [1, 4]; a share "over 95%" of 84 is [80, 84]). */
export type Published = { readonly kind: 'exact'; readonly value: number } | { readonly kind: 'range'; readonly min: number; readonly max: number };

export interface AuditCell {
  readonly id: string;
  readonly published: Published;
}

/** A linear relation a reader knows, e.g. improved + maintained + deteriorated = reviewed: Σ coefficient·cell = the cell `equals` (or a constant). */
export interface AuditRelation {
  readonly terms: ReadonlyArray<{ readonly cell: string; readonly coefficient: number }>;
  readonly equals: { readonly cell: string } | { readonly constant: number };
}

export interface AuditProblem {
  readonly cells: readonly AuditCell[];
  readonly relations: readonly AuditRelation[];
}

export interface CellExposure {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  /** The published range. */
  readonly allowed: readonly [number, number];
}

/** A range-published cell: what the audit has to bound. */
interface Unknown {
  readonly id: string;
  readonly min: number;
  readonly max: number;
}

/** A relation with the exact cells moved to the right: Σ coefficient·unknown = constant. */
interface Equation {
  readonly source: number;
  readonly coefficients: ReadonlyMap<number, number>;
  readonly constant: number;
}

type Range = readonly [number, number];

// Coefficients need not be whole (a reader may know a weighted sum), so equality is checked to a
// tolerance far below the 1 that separates two counts, scaled to the size of the sums involved.
const slack = (scale: number) => 1e-9 * Math.max(1, scale);

/**
 * For every range-published cell: the smallest and largest whole value consistent with everything
 * published (integer LP: minimise and maximise the cell subject to all relations, all cells
 * integer and within their published values/ranges). A cell is exposed when min === max, or when
 * [min, max] is narrower than the published range in a way that pins it: the caller decides.
 *
 * Cells are counts of people, so whole numbers matter: integrality can pin a cell that a
 * fractional answer would leave open (2 × clients = sessions, sessions 5 to 7: clients = 3).
 * Every bound reported is the value of that cell in a whole-number table that has been checked
 * against every relation, so a solver slip could only narrow [min, max] (a false alarm), never
 * widen it and hide a disclosure. Results come in the order of `problem.cells`. Throws when the
 * published figures contradict each other: that is a bug in what is published, not a safe table.
 */
export function auditDisclosure(problem: AuditProblem): CellExposure[] {
  return auditWithin(problem, 'bounds');
}

/**
 * What the audit finds: every cell's bounds, or (`pinned`) only whether each cell is pinned. A
 * cell two checked whole-number tables give different values is not pinned, whatever its bounds,
 * so it needs no program of its own: with the previous release beside this one, most cells are
 * settled that way, and only the pinned ones, and those no table has moved yet, are solved for.
 */
type AuditDepth = 'bounds' | 'pinned';

/** Every cell, or only those a caller asks about (the others still constrain them). */
type Asks = (id: string) => boolean;

function auditWithin(problem: AuditProblem, depth: AuditDepth, asks: Asks = () => true): CellExposure[] {
  const exact = new Map<string, number>();
  const unknownIndex = new Map<string, number>();
  const unknowns: Unknown[] = [];
  for (const { id, published } of problem.cells) {
    if (exact.has(id) || unknownIndex.has(id)) throw new RangeError(`cell ${id} is listed twice`);
    if (published.kind === 'exact') {
      if (!Number.isInteger(published.value)) throw new RangeError(`cell ${id}: exact value ${published.value} is not a whole number`);
      exact.set(id, published.value);
    } else {
      const { min, max } = published;
      // Whole bounds only: "over 95% of 84" must arrive as [80, 84], rounded by the caller who knows the rule.
      if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) throw new RangeError(`cell ${id}: invalid range [${min}, ${max}]`);
      unknownIndex.set(id, unknowns.length);
      unknowns.push({ id, min, max });
    }
  }
  const equations = problem.relations.flatMap((relation, source) => toEquation(relation, source, exact, unknownIndex));
  const bounds = tighten(unknowns, equations);
  solveOpen(unknowns, equations, bounds, depth, (index) => asks(unknowns[index]?.id ?? ''));
  return unknowns.map(({ id, min, max }, index): CellExposure => {
    const [lowest, highest] = bounds[index] ?? [min, max];
    return { id, min: lowest, max: highest, allowed: [min, max] };
  });
}

/**
 * The range-published cells whose value a reader can work out exactly; with `asks`, only among
 * the cells it accepts (a caller that would drop the others anyway saves their programs).
 */
export function exposedCells(problem: AuditProblem, asks?: Asks): CellExposure[] {
  return auditWithin(problem, 'pinned', asks).filter((exposure) => exposure.min === exposure.max && (asks?.(exposure.id) ?? true));
}

function toEquation(relation: AuditRelation, source: number, exact: ReadonlyMap<string, number>, unknownIndex: ReadonlyMap<string, number>): Equation[] {
  const coefficients = new Map<number, number>();
  let constant = 'constant' in relation.equals ? relation.equals.constant : 0;
  if (!Number.isFinite(constant)) throw new RangeError(`relation ${source}: constant ${constant} is not finite`);
  let scale = Math.abs(constant);
  const terms = 'cell' in relation.equals ? [...relation.terms, { cell: relation.equals.cell, coefficient: -1 }] : relation.terms;
  for (const { cell, coefficient } of terms) {
    if (!Number.isFinite(coefficient)) throw new RangeError(`relation ${source}: coefficient ${coefficient} of ${cell} is not finite`);
    const value = exact.get(cell);
    const index = unknownIndex.get(cell);
    if (value !== undefined) {
      constant -= coefficient * value;
      scale += Math.abs(coefficient * value);
    } else if (index !== undefined) {
      coefficients.set(index, (coefficients.get(index) ?? 0) + coefficient);
    } else {
      throw new RangeError(`relation ${source} names unknown cell ${cell}`);
    }
  }
  // A cell on both sides (or twice) can cancel out; a zero coefficient would only confuse the solver.
  for (const [index, coefficient] of coefficients) if (Math.abs(coefficient) <= slack(1)) coefficients.delete(index);
  if (coefficients.size > 0) return [{ source, coefficients, constant }];
  if (Math.abs(constant) > slack(scale)) throw new RangeError(`relation ${source} does not hold for the published exact values (off by ${constant})`);
  return [];
}

/**
 * Narrows each range with what each relation alone allows, given the others' ranges, until
 * nothing changes: the sum-minus-the-rest reasoning a reader does by hand. Sound but not
 * complete (it reasons one relation at a time), so the integer programs still decide; it only
 * settles the easy cells cheaply and shrinks what is left for the solver.
 */
function tighten(unknowns: readonly Unknown[], equations: readonly Equation[]): Range[] {
  const bounds: Range[] = unknowns.map(({ min, max }) => [min, max]);
  // Each pass that changes anything shrinks a whole-number range, so this ends; the cap only
  // stops a slow walk (ranges shrinking by one a pass) that the solver settles faster.
  for (let pass = 0, changed = true; changed && pass < 100; pass++) {
    changed = false;
    for (const { source, coefficients, constant } of equations) {
      let low = 0;
      let high = 0;
      let scale = Math.abs(constant);
      for (const [index, coefficient] of coefficients) {
        const [min, max] = bounds[index] ?? [0, 0];
        low += Math.min(coefficient * min, coefficient * max);
        high += Math.max(coefficient * min, coefficient * max);
        scale += Math.abs(coefficient) * Math.max(Math.abs(min), Math.abs(max));
      }
      for (const [index, coefficient] of coefficients) {
        const [min, max] = bounds[index] ?? [0, 0];
        // coefficient·x = constant − the rest, and the rest lies in [low, high] less x's own part.
        const restLow = low - Math.min(coefficient * min, coefficient * max);
        const restHigh = high - Math.max(coefficient * min, coefficient * max);
        const ends = [(constant - restHigh) / coefficient, (constant - restLow) / coefficient];
        const lowest = Math.max(min, Math.ceil(Math.min(...ends) - slack(scale)));
        const highest = Math.min(max, Math.floor(Math.max(...ends) + slack(scale)));
        if (lowest > highest) throw new RangeError(`the published figures contradict each other: no whole value of ${unknowns[index]?.id} in its range fits relation ${source}`);
        if (lowest !== min || highest !== max) {
          bounds[index] = [lowest, highest];
          changed = true;
        }
      }
    }
  }
  return bounds;
}

/**
 * Settles the cells `tighten` left open with integer programs, one connected group at a time (a
 * suppressed cell in one breakdown cannot be moved by an unrelated one), so each program is only
 * as large as a pattern of suppression, not the table. Cells already pinned become constants.
 */
function solveOpen(unknowns: readonly Unknown[], equations: readonly Equation[], bounds: Range[], depth: AuditDepth, asked: (index: number) => boolean): void {
  const isOpen = (index: number) => {
    const [min, max] = bounds[index] ?? [0, 0];
    return min < max;
  };
  const open = equations.flatMap(({ source, coefficients, constant }): Equation[] => {
    const kept = new Map<number, number>();
    let rest = constant;
    for (const [index, coefficient] of coefficients) {
      if (isOpen(index)) kept.set(index, coefficient);
      else rest -= coefficient * (bounds[index]?.[0] ?? 0);
    }
    return kept.size > 0 ? [{ source, coefficients: kept, constant: rest }] : [];
  });
  for (const members of connectedGroups(unknowns.length, open)) {
    if (!members.some(isOpen)) continue;
    const memberSet = new Set(members);
    const own = open.filter((equation) => [...equation.coefficients.keys()].some((index) => memberSet.has(index)));
    if (own.length === 0) continue;
    for (const [index, range] of boundsWithin(members, own, unknowns, bounds, depth, asked)) bounds[index] = range;
  }
}

function connectedGroups(count: number, equations: readonly Equation[]): number[][] {
  const parent = Array.from({ length: count }, (_, index) => index);
  const root = (index: number): number => {
    let current = index;
    while (parent[current] !== current) current = parent[current] ?? current;
    return current;
  };
  for (const equation of equations) {
    const [first, ...rest] = equation.coefficients.keys();
    if (first === undefined) continue;
    for (const other of rest) {
      const [a, b] = [root(first), root(other)];
      // Join towards the lower index so the grouping, and so the solving order, depends only on the input.
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const groups = new Map<number, number[]>();
  for (let index = 0; index < count; index++) {
    const key = root(index);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  }
  return [...groups.values()];
}

/**
 * Minimises and maximises each member. Every solution the solver returns is a whole-number table
 * consistent with what is published, so it also witnesses a value for every other member: once a
 * member has been seen at an end of its range, that side needs no program of its own. With
 * `pinned`, a member already seen at two values is not pinned and needs none at all: its range is
 * then the values seen, narrower than its bounds but never a single value.
 */
function boundsWithin(
  members: readonly number[],
  equations: readonly Equation[],
  unknowns: readonly Unknown[],
  bounds: readonly Range[],
  depth: AuditDepth,
  asked: (index: number) => boolean,
): Map<number, Range> {
  // Once per group: the programs differ only in their objective.
  const kept = independent(members, equations);
  const solve = (member: number, direction: 'minimize' | 'maximize') => optimise(member, direction, members, equations, kept, unknowns, bounds);
  const seenLow = new Map<number, number>();
  const seenHigh = new Map<number, number>();
  const witness = (values: ReadonlyMap<number, number>) => {
    for (const [member, value] of values) {
      seenLow.set(member, Math.min(seenLow.get(member) ?? Infinity, value));
      seenHigh.set(member, Math.max(seenHigh.get(member) ?? -Infinity, value));
    }
  };
  const result = new Map<number, Range>();
  // A group no cell asked about is still solved once: figures that contradict each other stop the audit, asked or not.
  const first = members[0];
  if (first !== undefined && !members.some(asked)) witness(solve(first, 'minimize'));
  const moved = (member: number) => depth === 'pinned' && (seenLow.get(member) ?? Infinity) < (seenHigh.get(member) ?? -Infinity);
  for (const member of members) {
    const [min, max] = bounds[member] ?? [0, 0];
    if (!asked(member)) continue;
    if (moved(member)) {
      result.set(member, [seenLow.get(member) ?? min, seenHigh.get(member) ?? max]);
      continue;
    }
    let lowest = seenLow.get(member) ?? Infinity;
    if (lowest > min) {
      const values = solve(member, 'minimize');
      witness(values);
      lowest = values.get(member) ?? min;
    }
    let highest = seenHigh.get(member) ?? -Infinity;
    if (highest < max && !moved(member)) {
      const values = solve(member, 'maximize');
      witness(values);
      highest = values.get(member) ?? max;
    }
    result.set(member, [lowest, highest]);
  }
  return result;
}

/**
 * One integer program over the members, each as y = cell − its lowest possible value so the
 * solver's non-negative variables fit. Returns the members' whole values (in cells, not y) at the
 * optimum, checked against every equation.
 */
function optimise(
  target: number,
  direction: 'minimize' | 'maximize',
  members: readonly number[],
  equations: readonly Equation[],
  kept: readonly Equation[],
  unknowns: readonly Unknown[],
  bounds: readonly Range[],
): Map<number, number> {
  const low = (index: number) => bounds[index]?.[0] ?? 0;
  const span = (index: number) => (bounds[index]?.[1] ?? 0) - low(index);
  const bound = (index: number) => `bound ${index}`;
  const row = (equation: Equation) => `relation ${equation.source}`;
  const constraints: Array<[string, Constraint]> = [
    ...members.map((index): [string, Constraint] => [bound(index), { max: span(index) }]),
    ...kept.map((equation): [string, Constraint] => {
      let shifted = equation.constant;
      for (const [index, coefficient] of equation.coefficients) shifted -= coefficient * low(index);
      return [row(equation), { equal: shifted }];
    }),
  ];
  const variables = members.map((index): [string, Array<[string, number]>] => [
    String(index),
    [
      [bound(index), 1],
      ...kept.flatMap((equation): Array<[string, number]> => {
        const coefficient = equation.coefficients.get(index);
        return coefficient === undefined ? [] : [[row(equation), coefficient]];
      }),
    ],
  ]);
  // The objective is the member's own bound row, whose only entry is the member itself.
  const solution = solve({ direction, objective: bound(target), constraints, variables, integers: true }, { includeZeroVariables: true });
  const name = unknowns[target]?.id ?? String(target);
  if (solution.status === 'infeasible') {
    const cells = members.map((index) => unknowns[index]?.id).join(', ');
    throw new RangeError(`the published figures contradict each other: no whole numbers for ${cells} fit every relation together`);
  }
  // Anything short of a proven optimum stops the audit rather than being read as safe.
  if (solution.status !== 'optimal') throw new Error(`disclosure audit of ${name}: the solver stopped (${solution.status})`);
  const values = new Map<number, number>();
  for (const [key, raw] of solution.variables) {
    const index = Number(key);
    values.set(index, low(index) + Math.round(raw));
    if (Math.abs(raw - Math.round(raw)) > 1e-6) throw new Error(`disclosure audit of ${name}: the solver returned a fractional count ${raw}`);
  }
  checkWitness(name, values, members, equations, bounds);
  return values;
}

/**
 * The solver works in floating point. Its answer is only used as a whole-number table that
 * provably fits what is published; anything else stops the audit.
 */
function checkWitness(name: string, values: ReadonlyMap<number, number>, members: readonly number[], equations: readonly Equation[], bounds: readonly Range[]): void {
  for (const member of members) {
    const value = values.get(member);
    const [min, max] = bounds[member] ?? [0, 0];
    if (value === undefined || value < min || value > max) throw new Error(`disclosure audit of ${name}: the solver's answer leaves a range`);
  }
  for (const { source, coefficients, constant } of equations) {
    let total = 0;
    let scale = Math.abs(constant);
    for (const [index, coefficient] of coefficients) {
      const term = coefficient * (values.get(index) ?? Number.NaN);
      total += term;
      scale += Math.abs(term);
    }
    if (!(Math.abs(total - constant) <= slack(scale))) throw new Error(`disclosure audit of ${name}: the solver's answer breaks relation ${source}`);
  }
}

/**
 * The equations less any that follow from the others (a table's row totals and column totals
 * both add up to the grand total, so one of them says nothing new). Repeated information makes
 * the solver's simplex degenerate, and it can cycle; what is dropped is still checked in every
 * witness, so a wrong call here stops the audit rather than passing it.
 */
function independent(members: readonly number[], equations: readonly Equation[]): Equation[] {
  const column = new Map(members.map((member, position) => [member, position]));
  const basis: Array<{ pivot: number; row: Float64Array }> = [];
  return equations.filter((equation) => {
    const row = new Float64Array(members.length + 1);
    for (const [index, coefficient] of equation.coefficients) {
      const position = column.get(index);
      if (position !== undefined) row[position] = coefficient;
    }
    row[members.length] = equation.constant;
    const size = Math.max(...row.map(Math.abs));
    for (const { pivot, row: reduced } of basis) {
      const factor = row[pivot] ?? 0;
      if (factor !== 0) for (let c = 0; c <= members.length; c++) row[c] = (row[c] ?? 0) - factor * (reduced[c] ?? 0);
    }
    let pivot = -1;
    for (let c = 0; c < members.length; c++) if (Math.abs(row[c] ?? 0) > slack(size) && (pivot < 0 || Math.abs(row[c] ?? 0) > Math.abs(row[pivot] ?? 0))) pivot = c;
    if (pivot < 0) {
      // Nothing new on the left; on the right it must then say nothing new either.
      if (Math.abs(row[members.length] ?? 0) > 1e-6 * Math.max(1, size)) throw new RangeError(`the published figures contradict each other: relation ${equation.source} disagrees with the others`);
      return false;
    }
    const scale = row[pivot] ?? 1;
    for (let c = 0; c <= members.length; c++) row[c] = (row[c] ?? 0) / scale;
    basis.push({ pivot, row });
    return true;
  });
}
