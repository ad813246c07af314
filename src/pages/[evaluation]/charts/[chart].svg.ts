import type { APIRoute } from 'astro';
import { chartById, evaluationBySlug, siteData } from '../../../site/siteData.ts';
import { evaluationOutline } from '../../../site/heldParts.ts';
import { evaluationPageKey } from '../../../site/evaluationPageKey.ts';

export function getStaticPaths() {
  return siteData().evaluations.flatMap((evaluation) =>
    evaluationOutline(evaluation)
      .charts.filter((chart) => chart.drawn)
      .map((chart) => ({ params: { evaluation: evaluation.slug, chart: chart.id }, cacheKey: evaluationPageKey(evaluation.slug) })),
  );
}

/** Each chart that is drawn as a standalone SVG file that explains itself: title, subtitle, legend, note and source drawn inside it (a chart not drawn has none). Looked up when written, not given as props: Astro keeps every route's props until the last page is written. */
export const GET: APIRoute = ({ params }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${chartById(evaluationBySlug(params['evaluation']), params['chart'] ?? '').downloadSvg}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
