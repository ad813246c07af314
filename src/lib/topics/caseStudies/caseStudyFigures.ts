import { figureOrigin, type FigureContext } from '../../figures/figureOrigin.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { countFigure } from '../../figures/publishedFigure.ts';
import { slugify } from '../../text/slug.ts';
import type { CaseStudy } from '../../manifest/manifestSchema.ts';
import type { Problem } from '../../problems/problem.ts';
import type { ClientEngagement } from '../engagement/clientEngagement.ts';
import { daysBetween, type TimedOffence } from '../reoffending/offenceTimeline.ts';
import { CASE_STUDY_METRICS } from './metrics.ts';
import { problem } from '../../problems/problem.ts';

export const CASE_DIMENSION = 'case';
/** Metrics about one consented person: disclosure control lets them through, and nothing else about them is published. */
export const CASE_METRICS: ReadonlySet<string> = new Set(Object.keys(CASE_STUDY_METRICS));

/**
 * A consented case study's own figures — sessions, hours of contact and proven offences since
 * starting — under their pseudonym (`case-sessions[case=peter]`). Their client id is used only
 * to find their rows; it stays in the leak scan's list, so it can never reach the site.
 */
export function caseStudyFigures(
  caseStudies: readonly CaseStudy[],
  engagements: readonly ClientEngagement[],
  offences: readonly TimedOffence[] | undefined,
  context: FigureContext & { readonly manifestFile: string; readonly asOf: string },
): { figures: PublishedFigure[]; problems: Problem[] } {
  const figures: PublishedFigure[] = [];
  const problems: Problem[] = [];
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
    if (engagement.sessions !== null) figures.push(countFigure(figureOrigin(CASE_STUDY_METRICS['case-sessions'], parts, context), engagement.sessions));
    if (engagement.contactHours !== null)
      figures.push({ ...countFigure(figureOrigin(CASE_STUDY_METRICS['case-contact-hours'], parts, context), engagement.contactHours), unit: 'number', numerator: null });
    if (offences && engagement.start !== null) {
      // Up to, not including, the as-of date, as every other re-offending figure counts.
      const followUp = daysBetween(engagement.start, context.asOf);
      figures.push(
        countFigure(
          figureOrigin(CASE_STUDY_METRICS['case-reoffences'], parts, context),
          offences.filter((offence) => offence.clientId === study.client_id && offence.day >= 0 && offence.day < followUp).length,
        ),
      );
    }
  });
  return { figures, problems };
}
