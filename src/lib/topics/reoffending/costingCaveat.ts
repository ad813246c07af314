import type { Provenance } from '../../manifest/manifestSchema.ts';
import type { SectionCaveat } from '../topic.ts';
import type { CostingNotes } from './reoffendingFigures.ts';

/**
 * What the cost-of-crime estimate is and is not, stated before the charts. The offences left out
 * are counted by type, and a count under the threshold reads "fewer than N", like every count of
 * offences: "Arson (1)" would say that one person committed one.
 */
export function costingCaveat(costing: CostingNotes, offencesProvenance: Provenance, threshold: number): SectionCaveat {
  const synthetic = offencesProvenance === 'real' ? '' : ' The offences are not real records, so the valuation is this site’s own, not the original evaluation’s.';
  return {
    heading: 'About the cost estimate',
    paragraphs: [
      `The cost of crime is an estimate, not a saving made by the service. There is no comparison group, so a fall cannot be attributed to mentoring alone. The costs apply ${costing.unitCostSource}, at ${costing.priceYears.join(' and ')} prices, to proven offences; they are not adjusted for inflation.${synthetic}`,
      costing.uncostedTypes.length > 0
        ? `Offences of these types have no unit cost and are left out of the costs, not counted as free: ${costing.uncostedTypes.map((type) => `${type.offenceType} (${type.count < threshold ? `fewer than ${threshold}` : type.count})`).join(', ')}.`
        : 'Every counted offence type has a unit cost.',
    ],
  };
}
