import type { APIRoute } from 'astro';
import { siteData } from '../site/siteData.ts';
import { STATISTICAL_SYMBOLS } from '../lib/index.ts';
import { figureRecords } from '../site/figureRecords.ts';
import { sitePath } from '../site/sitePath.ts';

/**
 * Every published figure of the site in one file, each with its evaluation's slug: the same
 * records as each evaluation's own figures.json (which also lists what was not measured and the
 * release's changes), in the order of the evaluations and of their figures.
 */
export const GET: APIRoute = () => {
  const { evaluations } = siteData();
  const body = {
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
    figures: evaluations.flatMap((evaluation) => figureRecords(evaluation).map((record) => ({ evaluation: evaluation.slug, ...record }))),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
