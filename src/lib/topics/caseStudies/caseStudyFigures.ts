import { figureOrigin, type FigureContext } from '../../figures/figureOrigin.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { countFigure } from '../../figures/publishedFigure.ts';
import { slugify } from '../../text/slug.ts';
import type { CaseStudy } from '../../manifest/manifestSchema.ts';
import type { Problem } from '../../problems/problem.ts';
import type { ClientEngagement } from '../engagement/clientEngagement.ts';
import type { EngagementInput } from '../engagement/engagementInputs.ts';
import { daysBetween, type TimedOffence } from '../reoffending/offenceTimeline.ts';
import { CASE_STUDY_METRICS } from './metrics.ts';
import { monthsEngaged } from './monthsEngaged.ts';
import { problem } from '../../problems/problem.ts';
import type { Derivation } from '../../figures/derivation.ts';
import { notMeasured, type NotMeasured } from '../../figures/notMeasured.ts';

export const CASE_DIMENSION = 'case';
/** Metrics about one consented person: disclosure control lets them through, and nothing else about them is published. */
export const CASE_METRICS: ReadonlySet<string> = new Set(Object.keys(CASE_STUDY_METRICS));

/**
 * A consented case study's own figures — sessions, hours of contact, months engaged and proven
 * offences since starting — under their pseudonym (`case-sessions[case=peter]`). Their client id is used only
 * to find their rows; it stays in the leak scan's list, so it can never reach the site.
 */
export function caseStudyFigures(
  caseStudies: readonly CaseStudy[],
  engagements: readonly ClientEngagement[],
  offences: readonly TimedOffence[] | undefined,
  context: FigureContext & { readonly manifestFile: string; readonly asOf: string; readonly inputs: CaseStudyInputs },
): { figures: PublishedFigure[]; problems: Problem[]; notMeasured: NotMeasured[] } {
  const figures: PublishedFigure[] = [];
  const problems: Problem[] = [];
  const unmeasured: NotMeasured[] = [];
  const { inputs } = context;
  caseStudies.forEach((study, index) => {
    const engagement = engagements.find((candidate) => candidate.client.clientId === study.client_id);
    if (!engagement) {
      problems.push(problem('case-study-unknown-client', { file: context.manifestFile, column: `privacy.case_studies[${index}].client_id` }));
      return;
    }
    if (slugify(study.pseudonym) === '' || study.pseudonym.trim().toLowerCase() === study.client_id.trim().toLowerCase()) {
      problems.push(problem('case-study-pseudonym', { file: context.manifestFile, column: `privacy.case_studies[${index}].pseudonym` }));
      return;
    }
    const parts = [{ dimension: CASE_DIMENSION, value: slugify(study.pseudonym), label: study.pseudonym }];
    const sessions = CASE_STUDY_METRICS['case-sessions'];
    const hours = CASE_STUDY_METRICS['case-contact-hours'];
    if (engagement.sessions !== null) figures.push(countFigure(figureOrigin(sessions, parts, { ...context, derivation: inputs.sessions }), engagement.sessions));
    else unmeasured.push(notMeasured(sessions, 'Their sessions cell is blank.', inputs.sessions.inputs, parts));
    if (engagement.contactHours !== null)
      figures.push({ ...countFigure(figureOrigin(hours, parts, { ...context, derivation: inputs.hours }), engagement.contactHours), unit: 'number', numerator: null });
    else
      unmeasured.push(
        notMeasured(hours, inputs.fromContacts ? 'The contacts dataset records no minutes (its minutes column is absent or empty).' : 'Their contact_hours cell is blank.', inputs.hours.inputs, parts),
      );
    const months = CASE_STUDY_METRICS['case-months-engaged'];
    if ('unmeasured' in inputs.monthsEngaged)
      unmeasured.push(
        notMeasured(
          months,
          inputs.monthsEngaged.unmeasured,
          inputs.monthsEngaged.missing.map((column) => ({ file: context.source, column })),
          parts,
        ),
      );
    else if (engagement.start === null || engagement.end === null)
      unmeasured.push(notMeasured(months, 'They never engaged or have no start date, so the length of their engagement cannot be measured.', [], parts));
    else figures.push(countFigure(figureOrigin(months, parts, { ...context, derivation: inputs.monthsEngaged.derivation }), monthsEngaged(engagement.start, engagement.end)));
    if (offences && engagement.start !== null && inputs.offences) {
      // Up to, not including, the as-of date, as every other re-offending figure counts.
      const followUp = daysBetween(engagement.start, context.asOf);
      figures.push(
        countFigure(
          figureOrigin(CASE_STUDY_METRICS['case-reoffences'], parts, { ...context, derivation: inputs.offences }),
          offences.filter((offence) => offence.clientId === study.client_id && offence.day >= 0 && offence.day < followUp).length,
        ),
      );
    } else if (offences) {
      const reason =
        engagement.start === null ? 'They have no start date, so their offences cannot be placed after starting.' : 'No offence has a kind recorded, and only some kinds count (counted_kinds).';
      unmeasured.push(notMeasured(CASE_STUDY_METRICS['case-reoffences'], reason, [], parts));
    }
  });
  return { figures, problems, notMeasured: unmeasured };
}

/** The columns a case study's figures are read from: contacts where there are any, else the clients file's own cells. */
export interface CaseStudyInputs {
  readonly fromContacts: boolean;
  readonly sessions: Derivation;
  readonly hours: Derivation;
  /** The engaged, start and end columns the length of engagement is read from, or why it cannot be measured. */
  readonly monthsEngaged: EngagementInput;
  /** The offence and start columns, or null without an offences dataset. */
  readonly offences: Derivation | null;
}
