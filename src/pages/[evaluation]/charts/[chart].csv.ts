import type { APIRoute } from 'astro';
import { siteData } from '../../../site/siteData.ts';
import { evaluationPageKey } from '../../../site/evaluationPageKey.ts';

export function getStaticPaths() {
  return siteData().evaluations.flatMap((evaluation) =>
    evaluation.charts.map((chart) => ({ params: { evaluation: evaluation.slug, chart: chart.id }, props: { csv: chart.csv }, cacheKey: evaluationPageKey(evaluation.slug) })),
  );
}

/** Each chart's data as CSV, for spreadsheets (cells already neutralised by the data step). */
export const GET: APIRoute<{ csv: string }> = ({ props }) => new Response(props.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
