import { drawn } from '../../charts/chartResult.ts';
import { NO_FINDINGS, type Topic } from '../topic.ts';
import { feedbackDistribution } from './feedbackDistribution.ts';
import { feedbackFigures, QUESTION_DIMENSION, RESPONSE_DIMENSION } from './feedbackFigures.ts';
import { likertChart } from './likertChart.ts';
import { mergeSmallResponses } from './mergeSmallResponses.ts';
import { FEEDBACK_METRICS } from './metrics.ts';
import { problem } from '../../problems/problem.ts';
import { cellKey } from '../../disclosure/figureCells.ts';
import type { CellSum } from '../../disclosure/disclosureRules.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { slugify } from '../../text/slug.ts';
import { fromColumns, type Derivation } from '../../figures/derivation.ts';

/**
 * For each question with a share agreeing: agreeing = the responses from the agreeing point up,
 * and, where the rest are merged, not agreeing = the responses below it, as cells.
 */
function agreeingSums(figures: readonly PublishedFigure[], agreeing: readonly string[], notAgreeing: readonly string[]): CellSum[] {
  return figures
    .filter((figure) => figure.metric === FEEDBACK_METRICS.agreed.id)
    .flatMap((figure) => {
      const question = figure.breakdowns.find((part) => part.dimension === QUESTION_DIMENSION);
      if (!question) return [];
      const cellsOf = (responses: readonly string[]) => responses.map((response) => cellKey(FEEDBACK_METRICS['response-share'].id, [question, { dimension: RESPONSE_DIMENSION, value: response }]));
      return [
        { totalCell: cellKey(FEEDBACK_METRICS.agreed.id, [question]), partCells: cellsOf(agreeing) },
        // Holds only where the merge published "not agreed" (a sum needs every cell it names).
        { totalCell: cellKey(FEEDBACK_METRICS['not-agreed'].id, [question]), partCells: cellsOf(notAgreeing) },
      ];
    });
}

/** What clients said: the responses to each feedback question, and the share agreeing. */
export const feedbackTopic = {
  id: 'feedback',
  section: { id: 'feedback', title: 'What clients said' },
  metrics: FEEDBACK_METRICS,
  bases: [],
  // Every response to a question adds up to the people who answered it; so do agreeing and not, where merged.
  sums: [
    { total: FEEDBACK_METRICS.responses.id, part: FEEDBACK_METRICS['response-share'].id, over: RESPONSE_DIMENSION },
    { total: FEEDBACK_METRICS.responses.id, parts: [FEEDBACK_METRICS.agreed.id, FEEDBACK_METRICS['not-agreed'].id] },
  ],
  merges: [],
  chartKinds: ['likert'],
  compute({ manifest, datasets, manifestFile, contextOf }) {
    const config = manifest.datasets.feedback;
    if (!datasets.feedback || !config) return NO_FINDINGS;
    const { responses, agree_from: agreeFrom } = config;
    if (agreeFrom !== undefined && !responses.includes(agreeFrom)) {
      return { figures: [], problems: [problem('agree-from-not-a-response', { file: manifestFile, column: 'datasets.feedback.agree_from' }, { value: agreeFrom, responses })] };
    }
    const from = agreeFrom ?? responses[Math.ceil(responses.length / 2)] ?? '';
    const questions = feedbackDistribution(datasets.feedback, responses, agreeFrom === undefined ? {} : { agreeFrom });
    const { source } = contextOf('feedback');
    const read = fromColumns(source, 'question', 'response');
    // Without agree_from, the documented default (the responses above the middle) decides who agrees.
    const agreeDerivation: Derivation = agreeFrom === undefined ? { ...read, fallbacks: [{ rule: 'agree-above-middle', where: 'no-column' }] } : read;
    const figures = feedbackFigures(questions, { ...contextOf('feedback'), derivation: read, agreeDerivation, agreeNote: `Agreeing means "${from}" or a more positive response.` });
    const agreeing = responses.slice(responses.indexOf(from)).map(slugify);
    const notAgreeing = responses.slice(0, responses.indexOf(from)).map(slugify);
    return {
      figures,
      problems: [],
      // The share agreeing is the responses from the agreeing point up: shown beside them, it is their sum.
      sums: agreeingSums(figures, agreeing, notAgreeing),
      merges: [mergeSmallResponses(new Set(agreeing))],
      present: ({ figures, chart }) => ({ charts: drawn([likertChart(figures, responses, chart, responses.indexOf(from))]) }),
    };
  },
} as const satisfies Topic;
