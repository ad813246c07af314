import type { APIRoute } from 'astro';
import { formatFigure } from '../../lib/index.ts';
import { evaluationBySlug, siteData } from '../../site/siteData.ts';

export function getStaticPaths() {
  return siteData().evaluations.map((evaluation) => ({ params: { evaluation: evaluation.slug } }));
}

/** Machine-readable list of every published figure: the public contract of indicator ids. */
export const GET: APIRoute = ({ params }) => {
  const evaluation = evaluationBySlug(params['evaluation']);
  const body = {
    evaluation: evaluation.slug,
    title: evaluation.meta.title,
    as_of: evaluation.meta.as_of,
    figures: evaluation.figures.map((figure) => ({
      id: figure.id,
      metric: figure.metric,
      breakdowns: figure.breakdowns,
      label: figure.label,
      definition: figure.definition,
      unit: figure.unit,
      value: figure.value,
      display: formatFigure(figure).value,
      numerator: figure.numerator,
      denominator: figure.denominator,
      interval: figure.interval,
      bound: figure.bound,
      provenance: figure.provenance,
      source: figure.source,
      disclosure: figure.disclosure,
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
