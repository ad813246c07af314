import { figureOrigin, type FigureContext } from '../../figures/figureOrigin.ts';
import type { Breakdown, PublishedFigure } from '../../figures/publishedFigure.ts';
import { countFigure, proportionFigure } from '../../figures/publishedFigure.ts';
import { slugify } from '../../text/slug.ts';
import { FEEDBACK_METRICS } from './metrics.ts';
import type { Derivation } from '../../figures/derivation.ts';
import type { QuestionDistribution } from './feedbackDistribution.ts';

export const QUESTION_DIMENSION = 'question';
export const RESPONSE_DIMENSION = 'response';

/** Per question: how many answered, the share agreeing, and the share giving each response. */
export function feedbackFigures(questions: readonly QuestionDistribution[], context: FigureContext & { readonly agreeNote: string; readonly agreeDerivation?: Derivation }): PublishedFigure[] {
  return questions.flatMap(({ question, total, counts, agreeing }) => {
    const questionPart: Breakdown = { dimension: QUESTION_DIMENSION, value: slugify(question), label: question };
    const figures = [countFigure(figureOrigin(FEEDBACK_METRICS.responses, [questionPart], context), total)];
    if (total === 0) return figures;
    figures.push(
      proportionFigure(
        figureOrigin(FEEDBACK_METRICS.agreed, [questionPart], context.agreeDerivation ? { ...context, derivation: context.agreeDerivation } : context, context.agreeNote),
        agreeing,
        total,
      ),
    );
    for (const { response, count } of counts) {
      figures.push(
        proportionFigure(figureOrigin(FEEDBACK_METRICS['response-share'], [questionPart, { dimension: RESPONSE_DIMENSION, value: slugify(response), label: response }], context), count, total),
      );
    }
    return figures;
  });
}
