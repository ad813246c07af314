import type { CategoryMerge } from '../../disclosure/disclosureRules.ts';
import { cellKey } from '../../disclosure/figureCells.ts';
import { figureOrigin } from '../../figures/figureOrigin.ts';
import { indicatorId } from '../../figures/indicatorId.ts';
import { proportionFigure, type PublishedFigure } from '../../figures/publishedFigure.ts';
import { OUTCOME_STATUS_METRICS } from './metrics.ts';

/**
 * Outcome status's own disclosure treatment: where "maintained" or "deteriorated" is too small to
 * show but the share improved and the two together are not, publish them together as
 * "maintained or deteriorated", so the headline of the row (the share improved) survives.
 */
export const mergeSmallStatuses: CategoryMerge = (figures, threshold) => {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const merged = new Set<string>();
  const added: PublishedFigure[] = [];
  for (const reviewed of figures.filter((figure) => figure.metric === OUTCOME_STATUS_METRICS.reviewed.id)) {
    const parts = reviewed.breakdowns.map(({ dimension, value }) => ({ dimension, value }));
    const [improved, maintained, deteriorated] = [OUTCOME_STATUS_METRICS.improved, OUTCOME_STATUS_METRICS.maintained, OUTCOME_STATUS_METRICS.deteriorated].map((status) =>
      byId.get(indicatorId(status.id, parts)),
    );
    if (!improved || !maintained || !deteriorated || improved.numerator === null || maintained.numerator === null || deteriorated.numerator === null) continue;
    const rest = maintained.numerator + deteriorated.numerator;
    const smallPart = maintained.numerator < threshold || deteriorated.numerator < threshold;
    if (!smallPart || improved.numerator < threshold || rest < threshold || reviewed.value < threshold) continue;
    merged.add(cellKey(maintained.metric, reviewed.breakdowns)).add(cellKey(deteriorated.metric, reviewed.breakdowns));
    // Made of the two statuses, so read from the same columns.
    const context = { provenance: maintained.provenance, source: maintained.source, derivation: maintained.derivation };
    added.push(proportionFigure(figureOrigin(OUTCOME_STATUS_METRICS['maintained-or-deteriorated'], reviewed.breakdowns, context, maintained.definition.replace(/^.*?\. /, '')), rest, reviewed.value));
  }
  // Keep each new figure beside its domain's statuses.
  const out: PublishedFigure[] = [];
  for (const figure of figures) {
    out.push(figure);
    if (figure.metric === OUTCOME_STATUS_METRICS.deteriorated.id) {
      const extra = added.find((candidate) => candidate.id === indicatorId(OUTCOME_STATUS_METRICS['maintained-or-deteriorated'].id, figure.breakdowns));
      if (extra) out.push(extra);
    }
  }
  return { figures: out, merged };
};
