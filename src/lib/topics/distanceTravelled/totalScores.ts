import type { AssessmentRow } from '../../datasets/datasetRows.ts';
import { mean, median, statusOf, type AssessmentScale, type ClientChange } from './distanceTravelled.ts';

/** How a client's total is made from their domain scores at one review, and what counts as a real change in it. */
export interface TotalRule {
  readonly method: 'sum' | 'mean';
  /** Smallest change in the total counted as improved or deteriorated; any change when absent. */
  readonly minimumChange?: number;
}

/** Totals at one review. */
export interface TotalReview {
  readonly review: number;
  /** Clients scored in every domain at this review: those with a total. */
  readonly n: number;
  /** Clients scored at this review in some domains but not all: no total, left out and counted. */
  readonly incomplete: number;
  /** Mean and median of the totals; null when nobody has one at this review. */
  readonly mean: number | null;
  readonly median: number | null;
}

export interface TotalTravel {
  /** Every domain in the file, in order of first appearance: a total needs a score in each. */
  readonly domains: readonly string[];
  /** The range of the total: the scale's for a mean, the scale's times the number of domains for a sum. */
  readonly min: number;
  readonly max: number;
  readonly reviews: readonly TotalReview[];
  /** Clients with a total at two or more reviews: first against latest such review, sorted by client id. */
  readonly changes: readonly ClientChange[];
  /** Clients scored at two or more reviews but with a total at fewer than two: left out of the change, counted. */
  readonly incompleteForChange: number;
  readonly improved: number;
  readonly maintained: number;
  readonly deteriorated: number;
  /** Mean of betterChange over `changes`; null when nobody has a total at two reviews. */
  readonly meanBetterChange: number | null;
}

/**
 * A total score per client across the domains of a scale, and its distance travelled. The domains
 * of the scale are every domain the file scores. A client has a total at a review only when they
 * were scored in every one of those domains then: a total is never made from the domains that
 * happen to be there, since a missing domain would move it for no reason but the gap. A client
 * scored in some domains only is left out of that review's total and counted (`incomplete`).
 *
 * The change is from the client's first review with a total to their latest, signed so that a
 * positive change is better (a fall on a lower-is-better inventory is an improvement), with the
 * total's own minimum change deciding improved, maintained and deteriorated, as for one domain.
 *
 * Rows are expected to be validated, as for `distanceTravelled`.
 */
export function totalScores(assessments: readonly AssessmentRow[], scale: AssessmentScale, rule: TotalRule): TotalTravel {
  const domains: string[] = [];
  // client → review → domain → score.
  const byClient = new Map<string, Map<number, Map<string, number>>>();
  for (const row of assessments) {
    if (!domains.includes(row.domain)) domains.push(row.domain);
    const reviews = byClient.get(row.clientId) ?? new Map<number, Map<string, number>>();
    byClient.set(row.clientId, reviews);
    const scores = reviews.get(row.review) ?? new Map<string, number>();
    reviews.set(row.review, scores);
    if (scores.has(row.domain)) throw new Error(`row ${row.row}: a second score for the same client, review and domain`);
    scores.set(row.domain, row.score);
  }
  const count = domains.length;
  const min = rule.method === 'sum' ? scale.min * count : scale.min;
  const max = rule.method === 'sum' ? scale.max * count : scale.max;
  const totalScale: AssessmentScale = { min, max, better: scale.better, ...(rule.minimumChange === undefined ? {} : { minimumChange: rule.minimumChange }) };

  const totalsByReview = new Map<number, number[]>();
  const incompleteByReview = new Map<number, number>();
  const changes: ClientChange[] = [];
  let incompleteForChange = 0;
  for (const [clientId, reviews] of byClient) {
    const totals: Array<[number, number]> = [];
    for (const [review, scores] of reviews) {
      if (!totalsByReview.has(review)) totalsByReview.set(review, []);
      if (scores.size < count) {
        incompleteByReview.set(review, (incompleteByReview.get(review) ?? 0) + 1);
        continue;
      }
      const sum = [...scores.values()].reduce((total, score) => total + score, 0);
      const total = rule.method === 'sum' ? sum : sum / count;
      totalsByReview.get(review)?.push(total);
      totals.push([review, total]);
    }
    totals.sort(([a], [b]) => a - b);
    const earliest = totals.at(0);
    const last = totals.at(-1);
    if (totals.length < 2 || !earliest || !last) {
      if (reviews.size >= 2) incompleteForChange += 1;
      continue;
    }
    const [firstReview, first] = earliest;
    const [latestReview, latest] = last;
    const change = latest - first;
    // `0 - change` rather than `-change`, which would give −0 for no change.
    const betterChange = scale.better === 'higher' ? change : 0 - change;
    changes.push({ clientId, firstReview, latestReview, first, latest, change, betterChange, status: statusOf(betterChange, totalScale) });
  }
  changes.sort((a, b) => (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0));
  const reviews = [...totalsByReview]
    .sort(([a], [b]) => a - b)
    .map(([review, totals]): TotalReview => ({
      review,
      n: totals.length,
      incomplete: incompleteByReview.get(review) ?? 0,
      mean: totals.length === 0 ? null : mean(totals),
      median: totals.length === 0 ? null : median(totals),
    }));
  const statusCount = (status: ClientChange['status']): number => changes.filter((change) => change.status === status).length;
  return {
    domains,
    min,
    max,
    reviews,
    changes,
    incompleteForChange,
    improved: statusCount('improved'),
    maintained: statusCount('maintained'),
    deteriorated: statusCount('deteriorated'),
    meanBetterChange: changes.length === 0 ? null : mean(changes.map((change) => change.betterChange)),
  };
}
