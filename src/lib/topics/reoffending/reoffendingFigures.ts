import { figureOrigin, type FigureContext } from '../../figures/figureOrigin.ts';
import type { Breakdown, PublishedFigure } from '../../figures/publishedFigure.ts';
import { concentrationOf, countFigure, measureFigure, proportionFigure } from '../../figures/publishedFigure.ts';
import { REOFFENDING_METRICS } from './metrics.ts';
import { combineDerivations, type Derivation, type DerivationInput } from '../../figures/derivation.ts';
import { notMeasured, type NotMeasured } from '../../figures/notMeasured.ts';

type ReoffendingMetric = keyof typeof REOFFENDING_METRICS;
import { costOfCrime, type UnitCost } from './costOfCrime.ts';
import type { TimedOffence } from './offenceTimeline.ts';
import { frequencyBeforeAfter, reoffendingWithin, timeToFirstReoffence, type FrequencyChange } from './reoffending.ts';

export const FOLLOW_UP_MONTHS = [3, 6, 12] as const;
export const ENGAGEMENT_DIMENSION = 'engagement';

/** What the cost figures left out or assumed, for the page to state beside them. */
export interface CostingNotes {
  readonly uncostedTypes: ReadonlyArray<{ readonly offenceType: string; readonly count: number }>;
  readonly priceYears: readonly string[];
  readonly unitCostSource: string;
}

export interface ReoffendingInput {
  readonly starts: ReadonlyArray<{ readonly clientId: string; readonly start: string }>;
  /** Clients engaged for over six months: the published subset "reduced frequency where engaged over six months". */
  readonly engagedOverSixMonths: ReadonlySet<string>;
  readonly offences: readonly TimedOffence[];
  readonly asOf: string;
  readonly beforeYears: number;
  readonly minimumFollowUpMonths: number;
  /** Which columns the figures read: the offences file's, and the clients' starts. */
  readonly derivation?: { readonly offences: Derivation; readonly gravity: Derivation; readonly costs: Derivation; readonly engagedOverSixMonths: Derivation } | undefined;
  /** Unit costs and the mapping of offence types to their groups; undefined when the evaluation costs nothing. */
  readonly costing?: { readonly unitCosts: readonly UnitCost[]; readonly groupOf: (offenceType: string) => string | undefined; readonly source: string } | undefined;
}

/**
 * Re-offending figures: rates within 3, 6 and 12 months over clients whose window is complete;
 * frequency and seriousness before and after over clients who had offences before; time to first
 * re-offence; and, where the evaluation maps offence types to unit costs, the cost of crime per
 * client-year before and after. Counts of clients left out are published beside the rates.
 */
export function reoffendingFigures(input: ReoffendingInput, context: FigureContext): { figures: PublishedFigure[]; costing: CostingNotes | null; notMeasured: NotMeasured[] } {
  const { starts, offences, asOf } = input;
  const figures: PublishedFigure[] = [];
  const unmeasured: NotMeasured[] = [];
  const derivation = input.derivation;
  const origin = (metric: ReoffendingMetric, breakdowns: readonly Breakdown[] = []) => {
    if (!derivation) return figureOrigin(REOFFENDING_METRICS[metric], breakdowns, context);
    const own = SERIOUSNESS.has(metric) ? derivation.gravity : derivation.offences;
    // The clients engaged over six months are picked by the length of their engagement: its columns too.
    const picked = breakdowns.some((part) => part.dimension === ENGAGEMENT_DIMENSION) ? combineDerivations(own, derivation.engagedOverSixMonths) : own;
    return figureOrigin(REOFFENDING_METRICS[metric], breakdowns, { ...context, derivation: picked });
  };

  for (const months of FOLLOW_UP_MONTHS) {
    const within = reoffendingWithin(starts, offences, months, asOf);
    const suffix = `${months}-months` as const;
    // With nobody followed up for the whole window there is no rate, and "0 offences" would read as a finding.
    if (within.eligible > 0)
      figures.push(proportionFigure(origin(`reoffended-within-${suffix}`), within.reoffended, within.eligible), countFigure(origin(`reoffences-within-${suffix}`), within.offences));
    else {
      const reason = `No client had been followed up for ${months} months by the data as-of date.`;
      unmeasured.push(notMeasured(REOFFENDING_METRICS[`reoffended-within-${suffix}`], reason), notMeasured(REOFFENDING_METRICS[`reoffences-within-${suffix}`], reason));
    }
    figures.push(countFigure(origin(`not-yet-eligible-${suffix}`), within.notYetEligible));
  }

  const comparison = frequencyBeforeAfter(starts, offences, { asOf, beforeYears: input.beforeYears, minimumFollowUpMonths: input.minimumFollowUpMonths });
  figures.push(countFigure(origin('excluded-no-offences-before'), comparison.excludedNoOffencesBefore), countFigure(origin('excluded-short-follow-up'), comparison.excludedShortFollowUp));
  const gravityFile = derivation?.gravity.inputs.find((input) => input.column === 'gravity') ?? { file: context.source, column: 'gravity' };
  for (const [changes, breakdowns] of [
    [comparison.changes, []],
    [comparison.changes.filter((change) => input.engagedOverSixMonths.has(change.clientId)), [{ dimension: ENGAGEMENT_DIMENSION, value: 'over-6-months', label: 'Engaged over six months' }]],
  ] as const) {
    const compared = comparisonFigures(changes, breakdowns, origin, gravityFile);
    figures.push(...compared.figures);
    unmeasured.push(...compared.notMeasured);
  }

  const first = timeToFirstReoffence(starts, offences, asOf);
  figures.push(countFigure(origin('reoffenders'), first.reoffenders));
  if (first.medianDays !== null) figures.push(measureFigure(origin('days-to-first-reoffence-median'), first.medianDays, first.reoffenders));

  const costMetrics = [REOFFENDING_METRICS['cost-per-client-year-before'], REOFFENDING_METRICS['cost-per-client-year-after'], REOFFENDING_METRICS['cost-difference-per-client-year']];
  const uncosted = (reason: string) => ({ figures, costing: null, notMeasured: [...unmeasured, ...costMetrics.map((metric) => notMeasured(metric, reason))] });
  if (!input.costing) return uncosted('The offences dataset maps no offence type to a cost group (cost_groups), so no offence is costed.');
  if (comparison.changes.length === 0) return uncosted('Nobody could be compared before and after starting, so there are no client-years to cost.');
  const cost = costOfCrime(
    { offences, windows: comparison.changes.map(({ clientId, beforeDays, afterDays }) => ({ clientId, beforeDays, afterDays })) },
    input.costing.unitCosts,
    input.costing.groupOf,
  );
  // With no offence costed both totals would be £0: "no cost" is not what the data say.
  if (cost.costedOffences === 0) return uncosted('None of the compared clients’ offences has a unit cost, so nothing could be costed.');
  const base = comparison.changes.length;
  const priceNote = `Unit costs at ${cost.priceYears.join(' and ') || 'the table’s'} prices.`;
  // The totals each figure rests on, for the dominance rule: the change rests on both.
  const [before, after] = [concentrationOf(cost.clientCosts.before), concentrationOf(cost.clientCosts.after)];
  const concentrations = [[before], [after], [before, after]];
  figures.push(
    ...costMetrics.map((metric, index) => ({
      ...measureFigure(
        figureOrigin(metric, [], derivation ? { ...context, derivation: derivation.costs } : context, priceNote),
        [cost.beforePerClientYear, cost.afterPerClientYear, cost.differencePerClientYear][index] ?? 0,
        base,
        'gbp',
      ),
      concentration: concentrations[index] ?? [],
    })),
  );
  return { figures, costing: { uncostedTypes: cost.uncostedTypes, priceYears: cost.priceYears, unitCostSource: input.costing.source }, notMeasured: unmeasured };
}

/** The figures that rest on seriousness: they read the gravity column too. */
const SERIOUSNESS: ReadonlySet<string> = new Set(['reduced-frequency-and-seriousness', 'gravity-before', 'gravity-after']);

function comparisonFigures(
  changes: readonly FrequencyChange[],
  breakdowns: readonly Breakdown[],
  origin: (metric: ReoffendingMetric, breakdowns?: readonly Breakdown[]) => ReturnType<typeof figureOrigin>,
  gravityColumn: DerivationInput,
): { figures: PublishedFigure[]; notMeasured: NotMeasured[] } {
  const compared = changes.length;
  const figures = [countFigure(origin('compared-before-after', breakdowns), compared)];
  const scope = breakdowns.length > 0 ? breakdowns : undefined;
  if (compared === 0) {
    const reason = 'Nobody could be compared before and after starting (see the clients left out, and why).';
    const metrics = ['offences-per-year-before', 'offences-per-year-after', 'reduced-frequency', 'reduced-frequency-and-seriousness', 'gravity-before', 'gravity-after'] as const;
    return { figures, notMeasured: metrics.map((metric) => notMeasured(REOFFENDING_METRICS[metric], reason, [], scope)) };
  }
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const gravityBefore = changes.flatMap((change) => (change.gravityBefore === null ? [] : [change.gravityBefore]));
  const gravityAfter = changes.flatMap((change) => (change.gravityAfter === null ? [] : [change.gravityAfter]));
  figures.push(
    measureFigure(origin('offences-per-year-before', breakdowns), mean(changes.map((change) => change.before)), compared),
    measureFigure(origin('offences-per-year-after', breakdowns), mean(changes.map((change) => change.after)), compared),
    proportionFigure(origin('reduced-frequency', breakdowns), changes.filter((change) => change.reducedFrequency).length, compared),
  );
  // Seriousness is measurable only where some compared client has a gravity before start: otherwise (no
  // gravity column, or none filled in) "reduced both" would be 0% by construction, not a finding.
  if (gravityBefore.length === 0) {
    const reason = 'No compared client has an offence with a gravity before starting (the gravity column is absent or empty), so seriousness cannot be compared.';
    const metrics = ['reduced-frequency-and-seriousness', 'gravity-before', 'gravity-after'] as const;
    return { figures, notMeasured: metrics.map((metric) => notMeasured(REOFFENDING_METRICS[metric], reason, [gravityColumn], scope)) };
  }
  figures.push(proportionFigure(origin('reduced-frequency-and-seriousness', breakdowns), changes.filter((change) => change.reducedBoth).length, compared));
  figures.push(measureFigure(origin('gravity-before', breakdowns), mean(gravityBefore), gravityBefore.length));
  if (gravityAfter.length > 0) figures.push(measureFigure(origin('gravity-after', breakdowns), mean(gravityAfter), gravityAfter.length));
  return { figures, notMeasured: [] };
}
