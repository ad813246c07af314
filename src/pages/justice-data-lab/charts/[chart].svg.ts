import type { APIRoute } from 'astro';
import { siteData } from '../../../site/siteData.ts';

export function getStaticPaths() {
  return (siteData().justiceDataLab?.charts ?? []).filter((chart) => chart.notDrawn === null).map((chart) => ({ params: { chart: chart.id }, props: { svg: chart.downloadSvg } }));
}

/** Each site-wide Justice Data Lab forest plot that is drawn, as a standalone SVG with its title, legend, note and source drawn inside it. */
export const GET: APIRoute<{ svg: string }> = ({ props }) => new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${props.svg}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
