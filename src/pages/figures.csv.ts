import type { APIRoute } from 'astro';
import { siteData } from '../site/siteData.ts';
import { siteFiguresCsv } from '../lib/index.ts';

/** Every published figure of the site as one tidy CSV, each row with its evaluation's slug (siteFiguresCsv). */
export const GET: APIRoute = () => new Response(siteFiguresCsv(siteData().evaluations), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
