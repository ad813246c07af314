import type { CategoryMerge } from '../../disclosure/disclosureRules.ts';
import { cellKey } from '../../disclosure/figureCells.ts';
import { figureOrigin } from '../../figures/figureOrigin.ts';
import { indicatorId } from '../../figures/indicatorId.ts';
import { proportionFigure, type PublishedFigure } from '../../figures/publishedFigure.ts';
import { FEEDBACK_METRICS } from './metrics.ts';
import { QUESTION_DIMENSION, RESPONSE_DIMENSION } from './feedbackFigures.ts';

/**
 * Feedback's own disclosure treatment, like outcome status's merge: where a response to a question
 * is too small to show but the people agreeing and those not agreeing are not, the responses on
 * the side with a small one are published together, so the question's finding (agree against not
 * agree) survives. The agreeing side is already a figure (`agreed`); the other side becomes one
 * (`not-agreed`). A side of one response is never merged: it is its own total.
 *
 * `agreeing` are the slugs of the responses from the agreeing point up: they depend on the
 * evaluation's scale, so the topic makes this merge in `compute`.
 */
export function mergeSmallResponses(agreeing: ReadonlySet<string>): CategoryMerge {
  return (figures, threshold) => {
    const byId = new Map(figures.map((figure) => [figure.id, figure]));
    const merged = new Set<string>();
    const added = new Map<string, PublishedFigure>();
    for (const total of figures.filter((figure) => figure.metric === FEEDBACK_METRICS.responses.id)) {
      const question = total.breakdowns.find((part) => part.dimension === QUESTION_DIMENSION);
      const agreed = byId.get(indicatorId(FEEDBACK_METRICS.agreed.id, total.breakdowns));
      const agreeingCount = agreed?.numerator ?? null;
      if (!question || !agreed || agreeingCount === null) continue;
      const shares = figures.filter((figure) => figure.metric === FEEDBACK_METRICS['response-share'].id && figure.breakdowns[0]?.value === question.value);
      if (shares.some((share) => share.numerator === null)) continue;
      const notAgreeing = total.value - agreeingCount;
      if (total.value < threshold || agreeingCount < threshold || notAgreeing < threshold) continue;
      const sides = [shares.filter((share) => agreeing.has(responseOf(share))), shares.filter((share) => !agreeing.has(responseOf(share)))];
      for (const side of sides) {
        if (side.length < 2 || !side.some((share) => (share.numerator ?? 0) < threshold)) continue;
        for (const share of side) merged.add(cellKey(share.metric, share.breakdowns));
      }
      const [, against = []] = sides;
      if (against.length > 0 && against.every((share) => merged.has(cellKey(share.metric, share.breakdowns)))) {
        // The responses below the agree point: the same columns, and the same rule for where that point is.
        const context = { provenance: agreed.provenance, source: agreed.source, derivation: agreed.derivation };
        // The agreed figure's note says where agreeing starts: the same point bounds not agreeing.
        const note = agreed.definition.slice(FEEDBACK_METRICS.agreed.definition.length).trim();
        added.set(agreed.id, proportionFigure(figureOrigin(FEEDBACK_METRICS['not-agreed'], agreed.breakdowns, context, note), notAgreeing, total.value));
      }
    }
    // Keep each new figure beside its question's share agreeing.
    return {
      figures: figures.flatMap((figure) => {
        const extra = added.get(figure.id);
        return extra ? [figure, extra] : [figure];
      }),
      merged,
    };
  };
}

function responseOf(share: PublishedFigure): string {
  return share.breakdowns.find((part) => part.dimension === RESPONSE_DIMENSION)?.value ?? '';
}
