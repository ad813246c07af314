import { NO_FINDINGS, type Topic } from '../topic.ts';
import { caseStudyFigures } from './caseStudyFigures.ts';
import { CASE_STUDY_METRICS } from './metrics.ts';
import { problem } from '../../problems/problem.ts';
import { combineDerivations, fromColumns } from '../../figures/derivation.ts';
import { engagementInputs } from '../engagement/engagementInputs.ts';

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
    const clients = context.contextOf('clients').source;
    const contacts = context.contextOf('contacts').source;
    const offences = context.contextOf('offences').source;
    const fromContacts = datasets.contacts !== undefined;
    const engagementFrom = engagementInputs(datasets.clients, datasets.contacts, { clients, contacts });
    const start = engagementFrom.start;
    const inputs = {
      fromContacts,
      sessions: fromContacts ? fromColumns(contacts, 'client_id') : fromColumns(clients, 'sessions'),
      hours: fromContacts ? fromColumns(contacts, 'client_id', 'minutes') : fromColumns(clients, 'contact_hours'),
      monthsEngaged: engagementFrom.duration,
      // With counted_kinds but no kind recorded no offence counts: their count is not measured, not 0.
      offences:
        datasets.offences && start && !(manifest.datasets.offences?.counted_kinds && !datasets.offences.some((row) => row.kind !== null))
          ? combineDerivations(fromColumns(offences, 'client_id'), start)
          : null,
    };
    const cases = caseStudyFigures(manifest.privacy.case_studies, context.engagements(), context.offences(), { ...context.contextOf('clients'), manifestFile, asOf: manifest.as_of, inputs });
    return { figures: cases.figures, problems: cases.problems, notMeasured: cases.notMeasured };
  },
} as const satisfies Topic;
