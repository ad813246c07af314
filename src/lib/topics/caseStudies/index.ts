import { NO_FINDINGS, type Topic } from '../topic.ts';
import { caseStudyFigures } from './caseStudyFigures.ts';
import { CASE_STUDY_METRICS } from './metrics.ts';
import { problem } from '../../problems/problem.ts';

/** Consented case studies: one client's own figures under a pseudonym, shown beside their story. */
export const caseStudiesTopic = {
  id: 'case-studies',
  section: null,
  metrics: CASE_STUDY_METRICS,
  bases: [],
  sums: [],
  merges: [],
  chartKinds: [],
  compute(context) {
    const { manifest, datasets, manifestFile } = context;
    if (manifest.privacy.case_studies.length === 0) return NO_FINDINGS;
    if (!datasets.clients) {
      return { figures: [], problems: [problem('case-studies-without-clients', { file: manifestFile, column: 'privacy.case_studies' })] };
    }
    const cases = caseStudyFigures(manifest.privacy.case_studies, context.engagements(), context.offences(), { ...context.contextOf('clients'), manifestFile, asOf: manifest.as_of });
    return { figures: cases.figures, problems: cases.problems };
  },
} as const satisfies Topic;
