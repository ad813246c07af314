import type { APIRoute } from 'astro';
import { siteData } from '../site/siteData.ts';
import { STATISTICAL_SYMBOLS } from '../lib/index.ts';
import { figureRecords } from '../site/figureRecords.ts';
import { sitePath } from '../site/sitePath.ts';
import { prettyJsonStream } from '../site/prettyJsonStream.ts';

/**
 * Every published figure of the site in one file, each with its evaluation's slug: the same
 * records as each evaluation's own figures.json (which also lists what was not measured and the
 * release's changes), in the order of the evaluations and of their figures.
 */
export const GET: APIRoute = () => {
  const { evaluations } = siteData();
  const head = {
    symbols: STATISTICAL_SYMBOLS,
    evaluations: evaluations.map((evaluation) => ({
      evaluation: evaluation.slug,
      title: evaluation.meta.title,
      period: evaluation.meta.period,
      as_of: evaluation.meta.as_of,
      disclosure_threshold: evaluation.disclosure.threshold,
      disclosure_rounding: evaluation.disclosure.rounding,
      figures_file: sitePath(`${evaluation.slug}/figures.json`),
    })),
  };
  // Made one evaluation at a time as the file is written, never as one string (about a megabyte per evaluation).
  const figures = evaluations.map((evaluation) => () => figureRecords(evaluation).map((record) => ({ evaluation: evaluation.slug, ...record })));
  return new Response(prettyJsonStream(head, 'figures', figures), { headers: { 'Content-Type': 'application/json' } });
};
