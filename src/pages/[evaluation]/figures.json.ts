import type { APIRoute } from 'astro';
import { evaluationBySlug, siteData } from '../../site/siteData.ts';
import { evaluationPageKey } from '../../site/evaluationPageKey.ts';
import { STATISTICAL_SYMBOLS } from '../../lib/index.ts';
import { figureRecords } from '../../site/figureRecords.ts';

export function getStaticPaths() {
  return siteData().evaluations.map((evaluation) => ({ params: { evaluation: evaluation.slug }, cacheKey: evaluationPageKey(evaluation.slug) }));
}

/** Machine-readable list of every published figure: the public contract of indicator ids. */
export const GET: APIRoute = ({ params }) => {
  const evaluation = evaluationBySlug(params['evaluation']);
  const changes = evaluation.release?.changes ?? null;
  const body = {
    evaluation: evaluation.slug,
    title: evaluation.meta.title,
    as_of: evaluation.meta.as_of,
    disclosure_threshold: evaluation.disclosure.threshold,
    // The base counts of people were rounded to (1: not rounded), and what the symbols below mean.
    disclosure_rounding: evaluation.disclosure.rounding,
    symbols: STATISTICAL_SYMBOLS,
    // This release and what changed since the previous one (docs/releases.md): the previous published text only, never a protected value.
    release: {
      version: evaluation.meta.version,
      date: evaluation.meta.published,
      previous_version: changes?.previousVersion ?? null,
      added: changes?.added.map((figure) => ({ id: figure.id, reason: figure.reason })) ?? [],
      removed: changes?.removed.map((figure) => ({ id: figure.id, reason: figure.reason })) ?? [],
    },
    // The data step has already left out what a protected figure hides.
    figures: figureRecords(evaluation),
    // Figures left out because the data that define them are absent, with why.
    not_measured: evaluation.notMeasured.map((record) => ({ id: record.id, label: record.label, symbol: '[x]', reason: record.reason, missing: record.missing })),
    // Figures that cannot exist for this evaluation (an age group the service does not work with), with why.
    not_applicable: evaluation.notApplicable.map((record) => ({ id: record.id, label: record.label, symbol: '[z]', reason: record.reason })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
