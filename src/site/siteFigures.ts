import { STATISTICAL_SYMBOLS, type EvaluationResult } from '../lib/index.ts';
import { figureRecords } from './figureRecords.ts';
import { prettyJsonParts } from './prettyJsonParts.ts';

/**
 * The site-wide figures.json, in parts: every published figure of the site, each with its
 * evaluation's slug, the same records as each evaluation's own figures.json (which also lists what
 * was not measured and the release's changes), in the order of the evaluations and of their
 * figures. Made one evaluation at a time (about a megabyte each), never as one string. `link`
 * gives an address inside the site, under its base path.
 */
export function siteFiguresJson(evaluations: readonly EvaluationResult[], link: (path: string) => string): Generator<string, void, undefined> {
  const head = {
    symbols: STATISTICAL_SYMBOLS,
    evaluations: evaluations.map((evaluation) => ({
      evaluation: evaluation.slug,
      title: evaluation.meta.title,
      period: evaluation.meta.period,
      as_of: evaluation.meta.as_of,
      disclosure_threshold: evaluation.disclosure.threshold,
      disclosure_rounding: evaluation.disclosure.rounding,
      figures_file: link(`${evaluation.slug}/figures.json`),
    })),
  };
  return prettyJsonParts(
    head,
    'figures',
    evaluations.map((evaluation) => () => figureRecords(evaluation).map((record) => ({ evaluation: evaluation.slug, ...record }))),
  );
}
