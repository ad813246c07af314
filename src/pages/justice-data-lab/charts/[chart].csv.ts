import type { APIRoute } from 'astro';
import { siteData } from '../../../site/siteData.ts';

export function getStaticPaths() {
  return (siteData().justiceDataLab?.charts ?? []).map((chart) => ({ params: { chart: chart.id }, props: { csv: chart.csv } }));
}

/** Each site-wide Justice Data Lab forest plot's data as CSV (cells already neutralised by the data step); none when the site has no result. */
export const GET: APIRoute<{ csv: string }> = ({ props }) => new Response(props.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
