import type { EvaluationResult } from '../lib/index.ts';

/**
 * An evaluation result whose large parts a build keeps on disk until a page or download reads
 * them (scripts/io/evaluationsOnDisk.ts) carries, under this key, a hash of those parts' values
 * (canonicalDigest.ts): they are not among its own enumerable properties, so an evaluation page's
 * key (evaluationPageKey.ts), which serialises the result, names them by the hash.
 */
export const HELD_PARTS_DIGEST = Symbol.for('evalsite.heldPartsDigest');

/** The hash of an evaluation's parts held on disk, or undefined when the whole result is in memory. */
export function heldPartsDigest(evaluation: EvaluationResult): string | undefined {
  const digest: unknown = (evaluation as unknown as Partial<Record<typeof HELD_PARTS_DIGEST, unknown>>)[HELD_PARTS_DIGEST];
  return typeof digest === 'string' ? digest : undefined;
}

/** What the list of an evaluation's pages needs of its large parts: which charts, journeys and diagram it has. */
export interface EvaluationOutline {
  readonly charts: ReadonlyArray<{ readonly id: string; readonly drawn: boolean }>;
  readonly journeys: readonly string[];
  readonly theoryOfChange: boolean;
}

/**
 * Under this key, a held evaluation carries its outline, so that listing an evaluation's own
 * pages (Astro asks each route for its pages before writing any) reads none of its large parts
 * back. The site-wide pages (the comparison, the portfolio) read every evaluation's figures once.
 */
export const HELD_OUTLINE = Symbol.for('evalsite.heldOutline');

export function outlineOf(evaluation: Pick<EvaluationResult, 'charts' | 'journeys' | 'theoryOfChange'>): EvaluationOutline {
  return {
    charts: chartsListed(evaluation.charts),
    journeys: evaluation.journeys.map((journey) => journey.id),
    theoryOfChange: evaluation.theoryOfChange !== null,
  };
}

/** An evaluation's outline: the one it carries when held, otherwise worked out from its parts. */
export function evaluationOutline(evaluation: EvaluationResult): EvaluationOutline {
  const held: unknown = (evaluation as unknown as Partial<Record<typeof HELD_OUTLINE, unknown>>)[HELD_OUTLINE];
  return held === undefined ? outlineOf(evaluation) : (held as EvaluationOutline);
}

/** Which charts there are, and whether each is drawn (one most of whose rows cannot be drawn is a sentence instead). */
export function chartsListed(charts: EvaluationResult['charts']): EvaluationOutline['charts'] {
  return charts.map((chart) => ({ id: chart.id, drawn: chart.notDrawn === null }));
}
