import { drawn } from '../../charts/chartResult.ts';
import type { Topic } from '../topic.ts';
import { cohortChart } from './cohortChart.ts';
import { engagementByAgeBandChart } from './engagementByAgeBandChart.ts';
import { ageBandSums } from './ageBandSums.ts';
import { cohortGroups, cohortShareFigures, engagementFigures } from './engagementFigures.ts';
import { ENGAGEMENT_METRICS } from './metrics.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { Problem } from '../../problems/problem.ts';
import { problem } from '../../problems/problem.ts';

/** Who took part: referrals, engagement and its length, and the make-up of the cohort. */
export const engagementTopic = {
  id: 'engagement',
  section: { id: 'who-took-part', title: 'Who took part' },
  metrics: ENGAGEMENT_METRICS,
  bases: [],
  sums: [],
  merges: [],
  chartKinds: ['cohort', 'engagement-by-age-band'],
  compute(context) {
    const { manifest, datasets, attributeIds, manifestFile } = context;
    const figures: PublishedFigure[] = [];
    const problems: Problem[] = [];
    for (const [index, dimension] of manifest.privacy.quasi_identifiers.entries()) {
      if (dimension !== 'age-band' && !attributeIds.includes(dimension)) {
        problems.push(problem('not-a-client-attribute', { file: manifestFile, column: `privacy.quasi_identifiers[${index}]` }, { value: dimension, attributes: attributeIds, ageBand: true }));
      }
    }
    const clients = manifest.datasets.clients;
    if (datasets.clients && clients) {
      const engagements = context.engagements();
      const figureContext = context.contextOf('clients');
      const groups = cohortGroups(engagements, attributeIds, manifest.age_bands);
      if (clients.cohort === 'referred') {
        // Durations need dates: without any start date or contact, "over three months" would read as 0%.
        const hasDates = engagements.some((engagement) => engagement.start !== null);
        figures.push(...engagementFigures(groups, figureContext).filter((figure) => hasDates || !figure.metric.startsWith('engaged-over')));
      }
      figures.push(...cohortShareFigures(groups, engagements.length, figureContext, clients.cohort));
    }
    const bandSums = datasets.clients ? ageBandSums(context.engagements(), manifest.age_bands, figures) : { sums: [], unpublished: [] };
    return {
      figures,
      problems,
      sums: bandSums.sums,
      unpublished: bandSums.unpublished,
      present: ({ figures: published, chart }) => ({
        charts: drawn([...attributeIds.map((dimension) => cohortChart(published, dimension, chart)), engagementByAgeBandChart(published, manifest.age_bands, chart)]),
      }),
    };
  },
} as const satisfies Topic;
