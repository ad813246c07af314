import { roundToBase } from '../disclosure/roundToBase.ts';
import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { DatasetKind } from '../manifest/manifestSchema.ts';
import { DISTANCE_METRICS } from '../topics/distanceTravelled/metrics.ts';
import { ENGAGEMENT_METRICS } from '../topics/engagement/metrics.ts';
import { FEEDBACK_METRICS } from '../topics/feedback/metrics.ts';
import { OUTCOME_STATUS_METRICS } from '../topics/outcomeStatus/metrics.ts';

/**
 * The counts a dataset's number of records adds up: one client a row (the clients referred), one
 * answer a row (the responses to each question), one score a row (the clients assessed in each
 * domain at each review), one status a row (the clients reviewed in each domain). By metric and
 * the breakdown dimensions of the figures that are those counts.
 */
const COUNTED_BY: Partial<Record<DatasetKind, { readonly metric: string; readonly dimensions: readonly string[] }>> = {
  clients: { metric: ENGAGEMENT_METRICS.referred.id, dimensions: [] },
  feedback: { metric: FEEDBACK_METRICS.responses.id, dimensions: ['question'] },
  assessments: { metric: DISTANCE_METRICS.assessed.id, dimensions: ['domain', 'review'] },
  outcomes: { metric: OUTCOME_STATUS_METRICS.reviewed.id, dimensions: ['domain'] },
};

/**
 * A dataset's number of records as the methodology page shows it. It is a count too: of people
 * (the clients dataset has one row a client) or of what they did. So under the threshold it reads
 * "fewer than N", and where it is the sum of counts the figures publish, it is shown only where
 * each of them is: 3 clients in the clients dataset are the referrals that read "fewer than 5",
 * and a total of answers beside the answers to every question but one gives that one back.
 */
export function recordsShown(kind: DatasetKind, records: number, figures: readonly PublishedFigure[], threshold: number, rounding = 1): string {
  // Published aggregates are rows of figures, not of people.
  if (kind === 'indicators' || kind === 'justice_data_lab') return String(records);
  if (records < threshold) return `fewer than ${threshold}`;
  // Under a rounding preset it is rounded like every count of people the pages show.
  if (rounding > 1) return shownRecords(kind, records, figures, (count) => `about ${roundToBase(count, rounding)}`);
  return shownRecords(kind, records, figures, String);
}

function shownRecords(kind: DatasetKind, records: number, figures: readonly PublishedFigure[], show: (count: number) => string): string {
  const counted = COUNTED_BY[kind];
  if (!counted) return show(records);
  const same = (figure: PublishedFigure) =>
    figure.metric === counted.metric && figure.breakdowns.length === counted.dimensions.length && figure.breakdowns.every((part) => counted.dimensions.includes(part.dimension));
  const parts = figures.filter(same);
  if (parts.length > 0) return parts.every((figure) => figure.disclosure === null) ? show(records) : 'not shown';
  // With no count of referrals, the clients are the base every share of the cohort shows.
  const cohortBase = kind === 'clients' && figures.some((figure) => figure.metric === ENGAGEMENT_METRICS['cohort-share'].id && (figure.disclosure === null || figure.disclosure.baseShown));
  return cohortBase ? show(records) : 'not shown';
}
