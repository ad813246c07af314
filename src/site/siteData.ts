import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ChartResult, EvaluationResult, JourneyResult, PublicFigure, SiteData } from '../lib/index.ts';

/**
 * The Astro side's only door to the data step: the JSON that `evalsite build` wrote. Pages never
 * parse CSV themselves, so the CLI stays the single place where data is read and checked.
 */
let cached: { readonly file: string; readonly data: SiteData } | undefined;

export function siteData(): SiteData {
  const file = process.env['EVALSITE_SITE_DATA'] ?? resolve('.evalsite/site-data.json');
  // Kept per file: the live preview (`evalsite dev`) names a new file each time the data step runs again.
  if (cached?.file !== file) cached = { file, data: readSiteData(file) };
  return cached.data;
}

/** The site data from `site-data.json` and the file of each evaluation it names beside it (scripts/io/writeSiteData.ts). */
export function readSiteData(file: string): SiteData {
  const { evaluationFiles, ...site } = JSON.parse(readFileSync(file, 'utf8')) as SiteData & { evaluationFiles?: readonly string[] };
  if (evaluationFiles === undefined) return site;
  return { ...site, evaluations: evaluationFiles.map((name) => JSON.parse(readFileSync(join(dirname(file), name), 'utf8')) as EvaluationResult) };
}

export function evaluationBySlug(slug: string | undefined): EvaluationResult {
  const evaluation = siteData().evaluations.find((candidate) => candidate.slug === slug);
  if (!evaluation) throw new Error(`unknown evaluation: ${slug ?? '(none)'}`);
  return evaluation;
}

/** A published figure by id; unknown ids were already refused by the data step, so this is a bug guard. */
export function figureById(evaluation: EvaluationResult, id: string): PublicFigure {
  const figure = evaluation.figures.find((candidate) => candidate.id === id);
  if (!figure) throw new Error(`unknown indicator id "${id}" in evaluation ${evaluation.slug}`);
  return figure;
}

/** A chart by id; sections name only charts the data step drew, so this is a bug guard. */
export function chartById(evaluation: EvaluationResult, id: string): ChartResult {
  const chart = evaluation.charts.find((candidate) => candidate.id === id);
  if (!chart) throw new Error(`unknown chart "${id}" in evaluation ${evaluation.slug}`);
  return chart;
}

/** What kind of story a journey is, in the words lists use: "illustrative", "a composite story" or "told with consent". */
export function journeyKind(journey: JourneyResult): string {
  if (journey.illustrative) return 'illustrative';
  return journey.composite ? 'a composite story' : 'told with consent';
}
