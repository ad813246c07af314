import type { Breakdown, FigureOrigin, PublishedFigure } from '../../figures/publishedFigure.ts';
import { countFigure, proportionFigure } from '../../figures/publishedFigure.ts';
import { indicatorId } from '../../figures/indicatorId.ts';
import { slugify } from '../../text/slug.ts';
import { ENGAGEMENT_METRICS } from './metrics.ts';

type EngagementMetric = keyof typeof ENGAGEMENT_METRICS;
import type { AgeBand } from '../../manifest/manifestSchema.ts';
import type { FigureContext } from '../../figures/figureOrigin.ts';
import { inAgeBand } from './ageBands.ts';
import { engagedForMoreThan, type ClientEngagement } from './clientEngagement.ts';
import { combineDerivations, fromColumns, type Derivation } from '../../figures/derivation.ts';
import type { EngagementInputs } from './engagementInputs.ts';

export type { FigureContext } from '../../figures/figureOrigin.ts';

/** A subset of the cohort: everyone, or one value of one breakdown dimension. */
export interface CohortGroup {
  readonly breakdown: Breakdown | null;
  readonly members: readonly ClientEngagement[];
}

export const AGE_BAND_DIMENSION = 'age-band';
export const NOT_RECORDED = { value: 'not-recorded', label: 'Not recorded' } as const;

/** Everyone, then each value of each attribute (sorted), then each age band in manifest order. */
export function cohortGroups(engagements: readonly ClientEngagement[], attributeIds: readonly string[], ageBands: readonly AgeBand[]): CohortGroup[] {
  const groups: CohortGroup[] = [{ breakdown: null, members: engagements }];
  for (const dimension of attributeIds) {
    const byValue = new Map<string, { label: string; members: ClientEngagement[] }>();
    for (const engagement of engagements) {
      const raw = engagement.client.attributes[dimension] ?? null;
      const value = raw === null ? NOT_RECORDED.value : slugify(raw);
      const entry = byValue.get(value) ?? { label: raw ?? NOT_RECORDED.label, members: [] };
      entry.members.push(engagement);
      byValue.set(value, entry);
    }
    for (const value of [...byValue.keys()].sort()) {
      const entry = byValue.get(value);
      if (entry) groups.push({ breakdown: { dimension, value, label: entry.label }, members: entry.members });
    }
  }
  for (const band of ageBands) {
    groups.push({
      breakdown: { dimension: AGE_BAND_DIMENSION, value: band.id, label: band.label },
      members: engagements.filter((engagement) => inAgeBand(engagement.client.age, band)),
    });
  }
  return groups;
}

/**
 * Engagement indicators for every cohort group: referred, engaged, engaged over three and over six
 * months. Denominators are every client in the group; no client is dropped for a missing date.
 * `inputs` says what engagement and its length are computed from; a share whose inputs are absent
 * is not computed at all (`engagementInputs`). Without it, the clients file's own columns.
 */
export function engagementFigures(groups: readonly CohortGroup[], context: FigureContext, inputs: EngagementInputs = columnsOnly(context.source)): PublishedFigure[] {
  const figures: PublishedFigure[] = [];
  const engaged = 'derivation' in inputs.engaged ? inputs.engaged.derivation : null;
  const duration = 'derivation' in inputs.duration ? inputs.duration.derivation : null;
  for (const { breakdown, members } of groups) {
    const origin = (metric: EngagementMetric, derivation: Derivation): FigureOrigin =>
      originFor(metric, breakdown, { ...context, derivation: combineDerivations(derivation, breakdownDerivation(breakdown, context.source)) });
    figures.push(countFigure(origin('referred', fromColumns(context.source, 'client_id')), members.length));
    // A share of nobody has no meaning: an empty group publishes only its count of zero.
    if (members.length === 0) continue;
    if (engaged) figures.push(proportionFigure(origin('engaged', engaged), members.filter((member) => member.engaged).length, members.length));
    if (!duration) continue;
    figures.push(proportionFigure(origin('engaged-over-3-months', duration), members.filter((member) => engagedForMoreThan(member, 3)).length, members.length));
    figures.push(proportionFigure(origin('engaged-over-6-months', duration), members.filter((member) => engagedForMoreThan(member, 6)).length, members.length));
  }
  return figures;
}

/** Engagement from the clients file's `engaged`, `start_date` and `end_date` columns, no rule standing in. */
function columnsOnly(file: string): EngagementInputs {
  return { engaged: { derivation: fromColumns(file, 'engaged') }, duration: { derivation: fromColumns(file, 'engaged', 'start_date', 'end_date') }, start: fromColumns(file, 'engaged', 'start_date') };
}

/** The column a group is read from: the attribute's, or `age` for an age band. */
export function breakdownDerivation(breakdown: Breakdown | null, file: string): Derivation {
  if (!breakdown) return fromColumns(file);
  return fromColumns(file, breakdown.dimension === AGE_BAND_DIMENSION ? 'age' : breakdown.dimension);
}

/** Cohort characteristics: the share of all clients in each breakdown group. */
export function cohortShareFigures(groups: readonly CohortGroup[], cohortSize: number, context: FigureContext, cohort: 'referred' | 'reviewed' = 'referred'): PublishedFigure[] {
  if (cohortSize === 0) return [];
  return groups.flatMap(({ breakdown, members }) => {
    if (!breakdown) return [];
    const origin = originFor('cohort-share', breakdown, { ...context, derivation: breakdownDerivation(breakdown, context.source) });
    // The catalogue defines the share over referred clients; a reviewed-only file says so.
    const definition = cohort === 'reviewed' ? origin.definition.replace('Share of referred clients', 'Share of the clients reviewed') : origin.definition;
    return [proportionFigure({ ...origin, definition }, members.length, cohortSize)];
  });
}

function originFor(metric: EngagementMetric, breakdown: Breakdown | null, context: FigureContext): FigureOrigin {
  const definition = ENGAGEMENT_METRICS[metric];
  const breakdowns = breakdown ? [breakdown] : [];
  const id = indicatorId(metric, breakdowns);
  const scope = breakdown ? ` ${breakdown.dimension === AGE_BAND_DIMENSION ? 'Age band' : humanise(breakdown.dimension)}: ${breakdown.label}.` : '';
  const label = breakdown ? `${definition.label} — ${breakdown.label}` : definition.label;
  return {
    id,
    metric,
    breakdowns,
    label,
    definition: `${definition.definition}${scope}`,
    provenance: context.provenance,
    source: context.source,
    derivation: context.derivation ?? { inputs: [], fallbacks: [] },
    privacy: definition.privacy,
  };
}

function humanise(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
