import type { OutcomeStatus } from '../../datasets/datasetKinds.ts';
import type { AssessmentRow } from '../../datasets/datasetRows.ts';
import { signTest, type SignTestResult } from './signTest.ts';

/** The scale every score is on. The manifest's `Scale` fits; `minimumChange` is optional. */
export interface AssessmentScale {
  readonly min: number;
  readonly max: number;
  /** `higher` for 1–10 outcome scales, `lower` for 0–2 needs inventories. */
  readonly better: 'higher' | 'lower';
  /** Smallest change, in scale units, counted as a real improvement or deterioration. */
  readonly minimumChange?: number;
}

/** Scores in one domain at one review. */
export interface ReviewSummary {
  readonly review: number;
  /** Clients scored at this review: shows attrition from review to review. */
  readonly n: number;
  readonly mean: number;
  readonly median: number;
}

/** One client's change in one domain, from their earliest review to their latest. */
export interface ClientChange {
  readonly clientId: string;
  readonly firstReview: number;
  readonly latestReview: number;
  readonly first: number;
  readonly latest: number;
  /** latest − first, in raw scale units. */
  readonly change: number;
  /** change signed so that positive is better (−change on a lower-is-better scale). */
  readonly betterChange: number;
  readonly status: OutcomeStatus;
}

export interface DomainTravel {
  readonly domain: string;
  /** Every review number present in the domain, ascending. */
  readonly reviews: readonly ReviewSummary[];
  /** Clients with at least two reviews in the domain, sorted by client id. */
  readonly changes: readonly ClientChange[];
  readonly improved: number;
  readonly maintained: number;
  readonly deteriorated: number;
  /** Mean of betterChange over `changes`; null when no client has two reviews. */
  readonly meanBetterChange: number | null;
  /** On the raw signs of betterChange: `minimumChange` does not apply (see below). */
  readonly signTest: SignTestResult;
}

/**
 * Distance travelled on an assessment scale, domain by domain: the scores at each review (with
 * the number scored, so attrition is never hidden), and each client's change from their earliest
 * to their latest review. Clients scored only once count in the review summary but have no change.
 *
 * Domains come in order of first appearance in the rows, which is normally the assessment tool's
 * own order; clients are sorted by id (code units, no locale) so the result does not depend on
 * how the file's rows happen to be sorted.
 *
 * The sign test uses the raw signs of the changes, not the statuses: the minimum meaningful change
 * is an editorial threshold for describing individual clients, and letting it move p would invite
 * choosing the threshold that gives the smallest p. So `signTest.improved` can exceed `improved`.
 *
 * Rows are expected to be validated (score on the scale, one per client, review and domain);
 * a row that is not throws a developer error.
 */
export function distanceTravelled(assessments: readonly AssessmentRow[], scale: AssessmentScale): DomainTravel[] {
  if (scale.minimumChange !== undefined && !(scale.minimumChange > 0)) throw new RangeError(`minimumChange must be above 0: ${scale.minimumChange}`);
  // domain → client → reviews and scores, as [review, score, review, score…] in the order read (a
  // client has a few reviews: a flat list is far lighter than a map each). Maps iterate in insertion order: first appearance.
  const byDomain = new Map<string, Map<string, number[]>>();
  for (const row of assessments) {
    if (!(row.score >= scale.min && row.score <= scale.max)) throw new RangeError(`row ${row.row}: a score outside the scale ${scale.min} to ${scale.max}`);
    let clients = byDomain.get(row.domain);
    if (clients === undefined) {
      clients = new Map<string, number[]>();
      byDomain.set(row.domain, clients);
    }
    const scores = clients.get(row.clientId);
    if (scores === undefined) clients.set(row.clientId, [row.review, row.score]);
    else {
      for (let index = 0; index < scores.length; index += 2) if (scores[index] === row.review) throw new Error(`row ${row.row}: a second score for the same client, review and domain`);
      scores.push(row.review, row.score);
    }
  }
  return [...byDomain].map(([domain, clients]) => travelInDomain(domain, clients, scale));
}

function travelInDomain(domain: string, clients: ReadonlyMap<string, readonly number[]>, scale: AssessmentScale): DomainTravel {
  const scoresByReview = new Map<number, number[]>();
  const changes: ClientChange[] = [];
  for (const [clientId, scores] of clients) {
    // The earliest and latest reviews (reviews are distinct), found in the same pass.
    let firstAt = 0;
    let latestAt = 0;
    for (let index = 0; index < scores.length; index += 2) {
      const review = scores[index] ?? 0;
      const score = scores[index + 1] ?? 0;
      const atReview = scoresByReview.get(review);
      if (atReview === undefined) scoresByReview.set(review, [score]);
      else atReview.push(score);
      if (review < (scores[firstAt] ?? 0)) firstAt = index;
      if (review > (scores[latestAt] ?? 0)) latestAt = index;
    }
    if (scores.length < 4) continue;
    const firstReview = scores[firstAt] ?? 0;
    const first = scores[firstAt + 1] ?? 0;
    const latestReview = scores[latestAt] ?? 0;
    const latest = scores[latestAt + 1] ?? 0;
    const change = latest - first;
    // `0 - change` rather than `-change`, which would give −0 for no change.
    const betterChange = scale.better === 'higher' ? change : 0 - change;
    changes.push({ clientId, firstReview, latestReview, first, latest, change, betterChange, status: statusOf(betterChange, scale) });
  }
  changes.sort((a, b) => (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0));

  const reviews = [...scoresByReview].sort(([a], [b]) => a - b).map(([review, scores]): ReviewSummary => ({ review, n: scores.length, mean: mean(scores), median: median(scores) }));
  const count = (status: OutcomeStatus): number => changes.filter((change) => change.status === status).length;
  const betterChanges = changes.map((change) => change.betterChange);
  return {
    domain,
    reviews,
    changes,
    improved: count('improved'),
    maintained: count('maintained'),
    deteriorated: count('deteriorated'),
    meanBetterChange: betterChanges.length === 0 ? null : mean(betterChanges),
    signTest: signTest(betterChanges),
  };
}

/** Improved, maintained or deteriorated, from a change signed so that positive is better, and the scale's minimum change. */
export function statusOf(betterChange: number, scale: AssessmentScale): OutcomeStatus {
  const { minimumChange } = scale;
  if (minimumChange === undefined) return betterChange > 0 ? 'improved' : betterChange < 0 ? 'deteriorated' : 'maintained';
  // Decimal scores subtract inexactly (0.3 − 0.1 is 0.19999999999999998), so a change that is
  // the threshold on paper must not fall just short of it: allow a crumb relative to the scale.
  const slack = (scale.max - scale.min) * 1e-9;
  if (betterChange >= minimumChange - slack) return 'improved';
  if (betterChange <= -minimumChange + slack) return 'deteriorated';
  return 'maintained';
}

// Hand-coded rather than d3's mean and median: those skip NaN and return undefined for an empty
// list, which would need narrowing here although every list is non-empty and every score checked.

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const upper = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const lower = sorted[Math.ceil(sorted.length / 2) - 1] ?? Number.NaN;
  return (lower + upper) / 2;
}
