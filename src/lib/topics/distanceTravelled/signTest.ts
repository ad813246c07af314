export interface SignTestResult {
  /** Changes above zero (better). */
  readonly improved: number;
  /** Changes below zero (worse). */
  readonly deteriorated: number;
  /** Changes of exactly zero; dropped from the test. */
  readonly ties: number;
  /** improved + deteriorated: the n of the test. */
  readonly untied: number;
  /** Exact two-sided p; null when there are too few untied changes to test. */
  readonly p: number | null;
  readonly tooFew: boolean;
}

/**
 * The exact two-sided sign test on paired changes, each signed so that positive is better.
 * Ties are dropped (the usual convention: a tie says nothing about direction). With n untied
 * changes of which k improved, p = min(1, 2 × P(X ≤ min(k, n − k))) for X ~ Binomial(n, ½).
 *
 * The default minimum of six untied changes is the smallest n at which the test can reach
 * p < 0.05 at all (six of six gives 2/64 ≈ 0.031; five of five only 2/32 ≈ 0.063), so a p from
 * fewer would be published only to say nothing.
 */
export function signTest(changes: readonly number[], { minimumUntied = 6 } = {}): SignTestResult {
  let improved = 0;
  let deteriorated = 0;
  let ties = 0;
  for (const change of changes) {
    if (!Number.isFinite(change)) throw new RangeError('change is not a finite number');
    if (change > 0) improved += 1;
    else if (change < 0) deteriorated += 1;
    else ties += 1;
  }
  const untied = improved + deteriorated;
  const tooFew = untied < minimumUntied;
  const p = tooFew ? null : twoSidedP(untied, Math.min(improved, deteriorated));
  return { improved, deteriorated, ties, untied, p, tooFew };
}

/** 2 × P(X ≤ m) for X ~ Binomial(n, ½) and m ≤ n/2, capped at 1. */
function twoSidedP(n: number, m: number): number {
  // When m is the middle (or the lower of the two middles), P(X ≤ m) ≥ ½ by symmetry, so p is
  // exactly 1; returning it directly keeps the rounding of the sum below from showing 0.9999….
  if (2 * m + 1 >= n) return 1;
  // C(n, i) and 2^n overflow a double from n ≈ 1030, so work relative to the largest term of
  // the tail, C(n, m): walking down, C(n, i − 1) = C(n, i) × i / (n − i + 1), each ratio ≤ 1,
  // so the relative terms only shrink (and underflow harmlessly to 0 far out in the tail).
  let relativeSum = 0;
  let term = 1;
  for (let i = m; i >= 0; i -= 1) {
    relativeSum += term;
    term *= i / (n - i + 1);
  }
  // log2 C(n, m) as a sum of logs, then P(X ≤ m) = 2^(log2 C(n, m) − n) × relativeSum.
  let log2Largest = 0;
  for (let i = 1; i <= m; i += 1) log2Largest += Math.log2((n - i + 1) / i);
  return Math.min(1, 2 ** (1 + log2Largest - n) * relativeSum);
}
