import type { CellSum } from '../../disclosure/disclosureRules.ts';
import { cellKey, figureCells } from '../../disclosure/figureCells.ts';
import { complementKey } from '../../disclosure/figureRelations.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { AgeBand } from '../../manifest/manifestSchema.ts';
import { inAgeBand } from './ageBands.ts';
import { engagedForMoreThan, type ClientEngagement } from './clientEngagement.ts';
import { AGE_BAND_DIMENSION } from './engagementFigures.ts';
import { ENGAGEMENT_METRICS } from './metrics.ts';

/** Who each engagement count counts, for the clients outside a set of bands. */
const COUNTED: ReadonlyArray<readonly [metric: string, counts: (member: ClientEngagement) => boolean]> = [
  [ENGAGEMENT_METRICS.referred.id, () => true],
  [ENGAGEMENT_METRICS.engaged.id, (member) => member.engaged],
  [ENGAGEMENT_METRICS['engaged-over-3-months'].id, (member) => engagedForMoreThan(member, 3)],
  [ENGAGEMENT_METRICS['engaged-over-6-months'].id, (member) => engagedForMoreThan(member, 6)],
];

/** More bands than this and only the sets found greedily are used (2^12 subsets is the most it tries). */
const MOST_BANDS = 12;

/**
 * Age bands that do not overlap add up, with the clients in none of them (no recorded age, or an
 * age outside every band), to the whole cohort: a reader who knows the bands' edges can subtract.
 * For every largest set of bands that do not overlap, and every engagement count, the sum of the
 * bands' cells and a "rest" cell is the whole. Where nobody is outside the set, the rest is left
 * out: a reader may assume every age is recorded, so the bands alone are taken to add up. Where
 * somebody is, the rest is a count no figure publishes (its cell and value are returned), which
 * the audit reasons about and protects when small.
 */
export function ageBandSums(engagements: readonly ClientEngagement[], bands: readonly AgeBand[], figures: readonly PublishedFigure[]): { sums: CellSum[]; unpublished: Array<[string, number]> } {
  const cells = new Set(figures.flatMap((figure) => Object.values(figureCells(figure)).filter((key): key is string => key !== null)));
  const sums: CellSum[] = [];
  const unpublished: Array<[string, number]> = [];
  disjointSets(bands).forEach((set, index) => {
    const outside = engagements.filter((member) => !set.some((band) => inAgeBand(member.client.age, band)));
    const outsideCell = (metric: string) => cellKey(metric, [{ dimension: AGE_BAND_DIMENSION, value: `~outside-${index + 1}` }]);
    for (const [metric, counts] of COUNTED) {
      const totalCell = cellKey(metric, []);
      if (!cells.has(totalCell)) continue;
      // An empty band publishes only its count of zero, so its shares have no cell: they are zero.
      const occupied = set.filter((band) => engagements.some((member) => inAgeBand(member.client.age, band)));
      const partCells = (metric === ENGAGEMENT_METRICS.referred.id ? set : occupied).map((band) => cellKey(metric, [{ dimension: AGE_BAND_DIMENSION, value: band.id }]));
      if (!partCells.every((cell) => cells.has(cell))) continue;
      const rest = outside.filter(counts).length;
      if (rest > 0) {
        const restCell = outsideCell(metric);
        partCells.push(restCell);
        unpublished.push([restCell, rest]);
        // Of the clients outside the bands, those this count leaves out: none or more.
        const all = outside.length;
        if (metric !== ENGAGEMENT_METRICS.referred.id) {
          const complement = complementKey(restCell, outsideCell(ENGAGEMENT_METRICS.referred.id));
          unpublished.push([complement, all - rest]);
          sums.push({ totalCell: outsideCell(ENGAGEMENT_METRICS.referred.id), partCells: [restCell, complement] });
        }
      }
      if (partCells.length > 0) sums.push({ totalCell, partCells });
    }
  });
  return { sums, unpublished };
}

/** Whether two bands share no whole age. */
function apart(a: AgeBand, b: AgeBand): boolean {
  return (a.max !== undefined && b.min !== undefined && a.max < b.min) || (b.max !== undefined && a.min !== undefined && b.max < a.min);
}

/** Every largest set of bands no two of which overlap, in manifest order. */
export function disjointSets(bands: readonly AgeBand[]): AgeBand[][] {
  if (bands.length > MOST_BANDS) {
    // Greedily, from each band in turn: fewer sets than all of them, but each one is a true sum.
    const found = bands.map((first) => bands.reduce<AgeBand[]>((set, band) => (set.every((member) => apart(member, band)) ? [...set, band] : set), [first]));
    const unique = new Map(
      found.map((set) => [
        set
          .map((band) => band.id)
          .sort()
          .join(' '),
        set,
      ]),
    );
    return [...unique.values()];
  }
  const sets: AgeBand[][] = [];
  for (let mask = 1; mask < 1 << bands.length; mask++) {
    const set = bands.filter((_, index) => mask & (1 << index));
    if (!set.every((a, i) => set.every((b, j) => i === j || apart(a, b)))) continue;
    // Largest: no other band could join it.
    if (bands.some((band) => !set.includes(band) && set.every((member) => apart(member, band)))) continue;
    sets.push(set);
  }
  return sets;
}
