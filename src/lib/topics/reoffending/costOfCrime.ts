import type { TimedOffence } from './offenceTimeline.ts';

/** The cost of one offence of a group, at one year's prices, and where the figure comes from. */
export interface UnitCost {
  readonly group: string;
  readonly costGbp: number;
  readonly priceYear: string;
  readonly source: string;
}

/** Days in a year, averaging the leap years, as the re-offending rates use. */
const DAYS_PER_YEAR = 365.25;

/**
 * The cost of the cohort's offences per client-year, before and after starting: the unit costs
 * of the offences in each window, summed, over the client-years of those windows (days / 365.25).
 * `differencePerClientYear` is after − before, so a saving is negative.
 *
 * Only offences inside their client's windows count: before is −beforeDays ≤ day < 0, after is
 * 0 ≤ day < afterDays; offences of clients with no window are ignored. Pass the `changes` of
 * `frequencyBeforeAfter` as the windows to cost exactly the clients and spans it compared.
 *
 * An offence whose type has no cost group, or whose group has no unit cost, is UNCOSTED: listed
 * with its count (most frequent first) and left out of both totals, never costed as zero. Both
 * totals are then an underestimate, so a page must show the list beside them. Groups match
 * trimmed and case-insensitively. `priceYears` are the distinct price years of the unit costs
 * actually applied; they are not uprated to one year here, so more than one means the author
 * should supply costs at a single year's prices.
 */
export function costOfCrime(
  changesInput: {
    offences: readonly TimedOffence[];
    windows: ReadonlyArray<{ readonly clientId: string; readonly beforeDays: number; readonly afterDays: number }>;
  },
  unitCosts: readonly UnitCost[],
  groupOf: (offenceType: string) => string | undefined,
): {
  beforePerClientYear: number;
  afterPerClientYear: number;
  differencePerClientYear: number;
  clientYearsBefore: number;
  clientYearsAfter: number;
  uncostedTypes: ReadonlyArray<{ offenceType: string; count: number }>;
  costedOffences: number;
  uncostedOffences: number;
  priceYears: string[];
  /** Each compared client's costed offences before and after, summed: what the dominance rule weighs (never published). */
  clientCosts: { readonly before: number[]; readonly after: number[] };
} {
  const costByGroup = new Map<string, UnitCost>();
  for (const unitCost of unitCosts) {
    const group = normaliseGroup(unitCost.group);
    if (costByGroup.has(group)) throw new RangeError('two unit costs for one offence group (loadUnitCosts reports this as unit-cost-group-twice)');
    costByGroup.set(group, unitCost);
  }

  const windowOf = new Map<string, { beforeDays: number; afterDays: number }>();
  let daysBefore = 0;
  let daysAfter = 0;
  for (const { clientId, beforeDays, afterDays } of changesInput.windows) {
    if (windowOf.has(clientId)) throw new RangeError('a client listed twice in windows');
    windowOf.set(clientId, { beforeDays, afterDays });
    daysBefore += beforeDays;
    daysAfter += afterDays;
  }
  // With no client-years there is no rate to give; a zero would read as "no cost".
  if (daysBefore <= 0 || daysAfter <= 0) throw new RangeError(`no client-years to cost: ${daysBefore} days before, ${daysAfter} after`);

  let costBefore = 0;
  let costAfter = 0;
  let costedOffences = 0;
  const uncosted = new Map<string, number>();
  const priceYears = new Set<string>();
  const clientCost = new Map<string, { before: number; after: number }>();
  for (const offence of changesInput.offences) {
    const window = windowOf.get(offence.clientId);
    if (!window) continue;
    const isBefore = offence.day >= -window.beforeDays && offence.day < 0;
    const isAfter = offence.day >= 0 && offence.day < window.afterDays;
    if (!isBefore && !isAfter) continue;
    const group = groupOf(offence.offenceType);
    const unitCost = group === undefined ? undefined : costByGroup.get(normaliseGroup(group));
    if (!unitCost) {
      uncosted.set(offence.offenceType, (uncosted.get(offence.offenceType) ?? 0) + 1);
      continue;
    }
    costedOffences += 1;
    priceYears.add(unitCost.priceYear);
    if (isBefore) costBefore += unitCost.costGbp;
    else costAfter += unitCost.costGbp;
    const own = clientCost.get(offence.clientId) ?? { before: 0, after: 0 };
    clientCost.set(offence.clientId, isBefore ? { ...own, before: own.before + unitCost.costGbp } : { ...own, after: own.after + unitCost.costGbp });
  }

  const clientYearsBefore = daysBefore / DAYS_PER_YEAR;
  const clientYearsAfter = daysAfter / DAYS_PER_YEAR;
  const beforePerClientYear = costBefore / clientYearsBefore;
  const afterPerClientYear = costAfter / clientYearsAfter;
  const uncostedTypes = [...uncosted]
    .map(([offenceType, count]) => ({ offenceType, count }))
    // Ties by code point, not locale, so every machine builds the same page.
    .sort((a, b) => b.count - a.count || (a.offenceType < b.offenceType ? -1 : a.offenceType > b.offenceType ? 1 : 0));
  return {
    beforePerClientYear,
    afterPerClientYear,
    differencePerClientYear: afterPerClientYear - beforePerClientYear,
    clientYearsBefore,
    clientYearsAfter,
    uncostedTypes,
    costedOffences,
    uncostedOffences: uncostedTypes.reduce((sum, type) => sum + type.count, 0),
    priceYears: [...priceYears].sort(),
    clientCosts: { before: [...clientCost.values()].map((own) => own.before), after: [...clientCost.values()].map((own) => own.after) },
  };
}

function normaliseGroup(group: string): string {
  return group.trim().toLowerCase();
}
