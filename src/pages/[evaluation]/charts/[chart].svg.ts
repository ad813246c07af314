import type { APIRoute } from 'astro';
import { siteData } from '../../../site/siteData.ts';
import { evaluationPageKey } from '../../../site/evaluationPageKey.ts';

export function getStaticPaths() {
  return siteData().evaluations.flatMap((evaluation) =>
    evaluation.charts
      .filter((chart) => chart.notDrawn === null)
      .map((chart) => ({ params: { evaluation: evaluation.slug, chart: chart.id }, props: { svg: chart.downloadSvg }, cacheKey: evaluationPageKey(evaluation.slug) })),
  );
}

/** Each chart that is drawn as a standalone SVG file that explains itself: title, subtitle, legend, note and source drawn inside it (a chart not drawn has none). */
export const GET: APIRoute<{ svg: string }> = ({ props }) => new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${props.svg}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
