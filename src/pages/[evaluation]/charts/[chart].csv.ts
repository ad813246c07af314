import type { APIRoute } from 'astro';
import { siteData } from '../../../site/siteData.ts';

export function getStaticPaths() {
  return siteData().evaluations.flatMap((evaluation) => evaluation.charts.map((chart) => ({ params: { evaluation: evaluation.slug, chart: chart.id }, props: { csv: chart.csv } })));
}

/** Each chart's data as CSV, for spreadsheets (cells already neutralised by the data step). */
export const GET: APIRoute<{ csv: string }> = ({ props }) => new Response(props.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
