import { drawn } from '../../charts/chartResult.ts';
import { NO_FINDINGS, type Topic } from '../topic.ts';
import { feedbackDistribution } from './feedbackDistribution.ts';
import { feedbackFigures, RESPONSE_DIMENSION } from './feedbackFigures.ts';
import { likertChart } from './likertChart.ts';
import { FEEDBACK_METRICS } from './metrics.ts';
import { problem } from '../../problems/problem.ts';

/** What clients said: the responses to each feedback question, and the share agreeing. */
export const feedbackTopic = {
  id: 'feedback',
  section: { id: 'feedback', title: 'What clients said' },
  metrics: FEEDBACK_METRICS,
  bases: [],
  // Every response to a question adds up to the people who answered it.
  sums: [{ total: FEEDBACK_METRICS.responses.id, part: FEEDBACK_METRICS['response-share'].id, over: RESPONSE_DIMENSION }],
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
    return {
      figures: feedbackFigures(questions, { ...contextOf('feedback'), agreeNote: `Agreeing means "${from}" or a more positive response.` }),
      problems: [],
      present: ({ figures, chart }) => ({ charts: drawn([likertChart(figures, responses, chart)]) }),
    };
  },
} as const satisfies Topic;
