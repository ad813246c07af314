import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ChartResult, EvaluationResult, JourneyResult, PublicFigure, SiteData } from '../lib/index.ts';

/**
 * The Astro side's only door to the data step: the site data `evalsite build` made in the same
 * process (`holdSiteData`), or the JSON the live preview wrote. Pages never parse CSV themselves,
 * so the CLI stays the single place where data is read and checked.
 *
 * What the pages read, kept while a build lays them out: the site data and what is worked out from
 * it once (the comparison). Held on the global object rather than in this module, because Astro's
 * modules stay loaded in the build's process: `releaseSiteData` lets it all go once the pages are
 * written, before the downloads and the leak scan.
 */
const HELD = Symbol.for('evalsite.siteData');
interface Held {
  readonly file: string;
  readonly data: SiteData;
  readonly derived: Map<string, unknown>;
  /** When the build keeps its pages for the next (scripts/io/runAstro.ts): what every evaluation page's key (evaluationPageKey.ts) also names. */
  readonly pageKeys: PageKeys | undefined;
}
const holder = globalThis as unknown as Record<typeof HELD, Held | undefined>;

export function siteData(): SiteData {
  return heldSiteData().data;
}

function heldSiteData(): Held {
  const file = process.env['EVALSITE_SITE_DATA'] ?? resolve('.evalsite/site-data.json');
  // Kept per file: the live preview (`evalsite dev`) names a new file each time the data step runs again.
  let held = holder[HELD];
  if (held?.file !== file) holder[HELD] = held = { file, data: readSiteData(file), derived: new Map(), pageKeys: undefined };
  return held;
}

/** A view model worked out once from the site data, by name, kept (and let go) with it. */
export function derivedOnce<T>(name: string, make: (site: SiteData) => T): T {
  const held = heldSiteData();
  if (!held.derived.has(name)) held.derived.set(name, make(held.data));
  return held.derived.get(name) as T;
}

/**
 * Hands the pages the site data the data step made in this process (scripts/io/runAstro.ts), under
 * the name `EVALSITE_SITE_DATA` gives it, so a build holds one copy of it rather than two (at 100
 * evaluations each is about 280 MB); the pages only read it. Let go by `releaseSiteData`. With
 * `pageKeys`, the evaluation pages give Astro a key to keep and copy them by (evaluationPageKey.ts).
 */
export function holdSiteData(file: string, data: SiteData, { pageKeys }: { readonly pageKeys?: PageKeys | undefined } = {}): void {
  holder[HELD] = { file, data, derived: new Map(), pageKeys };
}

/** What an evaluation page's key names besides what the page reads (evaluationPageKey.ts). */
export interface PageKeys {
  /** evalsite's program (scripts/io/codeVersion.ts). */
  readonly code: string;
  /** The folder the build writes its stylesheets and other assets into, whose file names (hashes of their content) the pages link to. */
  readonly assets: string;
}

/** When the pages are kept for the next build: what their keys also name; otherwise undefined, and pages have no key. */
export function pageKeysWanted(): PageKeys | undefined {
  return heldSiteData().pageKeys;
}

/** Lets the site data and everything worked out from it go (scripts/io/runAstro.ts, after the pages are built). */
export function releaseSiteData(): void {
  holder[HELD] = undefined;
}

/** The site data from `site-data.json` and the file of each evaluation it names beside it (scripts/io/writeSiteData.ts). */
export function readSiteData(file: string): SiteData {
  const { evaluationFiles, ...site } = JSON.parse(readFileSync(file, 'utf8')) as SiteData & { evaluationFiles?: readonly string[] };
  if (evaluationFiles === undefined) return site;
  return { ...site, evaluations: evaluationFiles.map((name) => JSON.parse(readFileSync(join(dirname(file), name), 'utf8')) as EvaluationResult) };
}

/** The evaluation of this name, or undefined (the site-wide Justice Data Lab page's charts belong to none). */
export function evaluationNamed(slug: string | undefined): EvaluationResult | undefined {
  // Looked up from every page of every evaluation: a list searched each time would cost the square of the portfolio.
  return derivedOnce('evaluations-by-slug', (site) => new Map(site.evaluations.map((candidate) => [candidate.slug, candidate]))).get(slug ?? '');
}

export function evaluationBySlug(slug: string | undefined): EvaluationResult {
  const evaluation = evaluationNamed(slug);
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
