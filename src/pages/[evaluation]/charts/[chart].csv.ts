import type { APIRoute } from 'astro';
import { chartById, evaluationBySlug, siteData } from '../../../site/siteData.ts';
import { evaluationOutline } from '../../../site/heldParts.ts';
import { evaluationPageKey } from '../../../site/evaluationPageKey.ts';

export function getStaticPaths() {
  return siteData().evaluations.flatMap((evaluation) =>
    evaluationOutline(evaluation).charts.map((chart) => ({ params: { evaluation: evaluation.slug, chart: chart.id }, cacheKey: evaluationPageKey(evaluation.slug) })),
  );
}

/** Each chart's data as CSV, for spreadsheets (cells already neutralised by the data step). Looked up when written, not given as props: Astro keeps every route's props until the last page is written. */
export const GET: APIRoute = ({ params }) => new Response(chartById(evaluationBySlug(params['evaluation']), params['chart'] ?? '').csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
