import type { FeedbackRow } from '../../datasets/datasetRows.ts';

/** The answers to one feedback question. */
export interface QuestionDistribution {
  readonly question: string;
  /** Everyone who answered the question: the base of every share. */
  readonly total: number;
  /** One entry per response, in scale order, zeros included so charts keep the whole scale. */
  readonly counts: ReadonlyArray<{ readonly response: string; readonly count: number }>;
  /** Responses at or above the agreeing point of the scale. */
  readonly agreeing: number;
}

/**
 * Counts each question's responses on an ordered scale (most negative first), questions in order
 * of first appearance. `agreeing` counts responses from `agreeFrom` up; by default, those strictly
 * above the middle of the scale, so the neutral point of an odd scale never counts as agreement:
 * the top 2 of 5 points, the top 2 of 4, the top 1 of 3.
 *
 * Responses must match the scale exactly; validation upstream reports any that do not, so here one
 * throws a developer error. Responses are free text and may hold personal data: never quoted.
 */
export function feedbackDistribution(rows: readonly FeedbackRow[], responses: readonly string[], { agreeFrom }: { agreeFrom?: string } = {}): QuestionDistribution[] {
  if (new Set(responses).size !== responses.length) throw new RangeError('a response appears twice on the scale');
  const agreeIndex = agreeFrom === undefined ? Math.ceil(responses.length / 2) : responses.indexOf(agreeFrom);
  if (agreeIndex < 0) throw new RangeError('agreeFrom is not on the scale');

  // question → count per scale position. Maps iterate in insertion order: first appearance.
  const byQuestion = new Map<string, number[]>();
  for (const row of rows) {
    const index = responses.indexOf(row.response);
    if (index < 0) throw new RangeError(`row ${row.row}: response not on the scale`);
    const counts = byQuestion.get(row.question) ?? responses.map(() => 0);
    byQuestion.set(row.question, counts);
    counts[index] = (counts[index] ?? 0) + 1;
  }

  return [...byQuestion].map(([question, counts]) => ({
    question,
    total: counts.reduce((sum, count) => sum + count, 0),
    counts: responses.map((response, index) => ({ response, count: counts[index] ?? 0 })),
    agreeing: counts.slice(agreeIndex).reduce((sum, count) => sum + count, 0),
  }));
}
