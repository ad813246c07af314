import type { APIRoute } from 'astro';
import { siteData } from './siteData.ts';
import { siteFiguresJson } from './siteFigures.ts';
import { sitePath } from './sitePath.ts';

/**
 * The site-wide figures.json in the live preview only (astro.config.mjs adds this address to
 * `evalsite dev`): a build writes the file itself, part by part (scripts/io/writeSiteFigures.ts),
 * since Astro holds an endpoint's whole answer several times over (about 1 MB per evaluation).
 */
export const GET: APIRoute = () => new Response([...siteFiguresJson(siteData().evaluations, sitePath)].join(''), { headers: { 'Content-Type': 'application/json' } });
