import { drawn } from '../../charts/chartResult.ts';
import type { Topic } from '../topic.ts';
import { cohortChart } from './cohortChart.ts';
import { engagementByAgeBandChart } from './engagementByAgeBandChart.ts';
import { ageBandSums } from './ageBandSums.ts';
import { AGE_BAND_DIMENSION, cohortGroups, cohortShareFigures, engagementFigures } from './engagementFigures.ts';
import { engagementInputs } from './engagementInputs.ts';
import { notMeasured, type NotMeasured } from '../../figures/notMeasured.ts';
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
  chartMetrics: { 'engagement-by-age-band': ['engaged', 'engaged-over-3-months', 'engaged-over-6-months'] },
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
    const unmeasured: NotMeasured[] = [];
    if (datasets.clients && clients) {
      const engagements = context.engagements();
      const figureContext = context.contextOf('clients');
      const file = figureContext.source;
      // With no age recorded every band would be empty: "0 clients under 25" would read as a finding.
      const ages = datasets.clients.some((client) => client.age !== null);
      const bands = ages ? manifest.age_bands : [];
      const groups = cohortGroups(engagements, attributeIds, bands);
      if (clients.cohort === 'referred') {
        const found = engagementInputs(datasets.clients, datasets.contacts, { clients: file, contacts: context.contextOf('contacts').source });
        // Durations need dates: with nobody started, "over three months" would read as 0%.
        const started = engagements.some((engagement) => engagement.start !== null);
        const inputs =
          'derivation' in found.duration && !started
            ? { ...found, duration: { unmeasured: 'No client who engaged has a start date, so the length of engagement cannot be measured.', missing: ['start_date'] } }
            : found;
        figures.push(...engagementFigures(groups, figureContext, inputs));
        for (const [metric, input] of [
          ['engaged', inputs.engaged],
          ['engaged-over-3-months', inputs.duration],
          ['engaged-over-6-months', inputs.duration],
        ] as const) {
          if ('unmeasured' in input)
            unmeasured.push(
              notMeasured(
                ENGAGEMENT_METRICS[metric],
                input.unmeasured,
                input.missing.map((column) => ({ file, column })),
              ),
            );
        }
      }
      figures.push(...cohortShareFigures(groups, engagements.length, figureContext, clients.cohort));
      if (!ages) {
        const metrics = clients.cohort === 'referred' ? (['referred', 'engaged', 'engaged-over-3-months', 'engaged-over-6-months', 'cohort-share'] as const) : (['cohort-share'] as const);
        for (const band of manifest.age_bands) {
          for (const metric of metrics) {
            unmeasured.push(
              notMeasured(
                ENGAGEMENT_METRICS[metric],
                'No client has an age recorded, so nobody can be placed in an age band.',
                [{ file, column: 'age' }],
                [{ dimension: AGE_BAND_DIMENSION, value: band.id, label: band.label }],
              ),
            );
          }
        }
      }
    }
    const bandSums = datasets.clients ? ageBandSums(context.engagements(), manifest.age_bands, figures) : { sums: [], unpublished: [] };
    return {
      figures,
      problems,
      notMeasured: unmeasured,
      sums: bandSums.sums,
      unpublished: bandSums.unpublished,
      present: ({ figures: published, chart }) => ({
        charts: drawn([...attributeIds.map((dimension) => cohortChart(published, dimension, chart)), engagementByAgeBandChart(published, manifest.age_bands, chart)]),
      }),
    };
  },
} as const satisfies Topic;
