import type { Problem, Warning } from '../problems/problem.ts';
import { problem, sortProblems } from '../problems/problem.ts';
import type { LeakToken } from '../identifierScan/scanTable.ts';
import { kitGallery, type KitGallery } from '../journeys/kitGallery.ts';
import { checkPublicFiles } from '../images/checkPublicFiles.ts';
import { publicAddressClashes } from './publicAddressClash.ts';
import { checkNarrativeContent } from '../narrative/checkNarrative.ts';
import { buildEvaluation } from './buildEvaluation.ts';
import { isUnreadable, unreadableProblem } from '../problems/unreadableProblem.ts';
import { publishedNameProblems } from './authorTextProblems.ts';
import { redactProblem } from '../identifierScan/redactProblem.ts';
import type { ProjectEffects } from './projectEffects.ts';
import { DEFAULT_SITE_SETTINGS } from '../manifest/parseSiteSettings.ts';
import type { EvaluationResult, SiteData } from './evaluationResult.ts';
import { siteJusticeDataLab, type EvaluationJdlResults } from './siteJusticeDataLab.ts';
import { siteSettings } from './siteSettings.ts';

/** The kit gallery of a data step that draws nothing (`evalsite check`): the gallery is pictures only, and nothing in it is checked. */
const UNDRAWN_KIT: KitGallery = { scenes: [], expressions: [], poses: [], skins: [], balloons: [] };

/** One evaluation's data step, as `buildEvaluation` does it. */
export type EvaluateOne = (slug: string, effects: ProjectEffects) => ReturnType<typeof buildEvaluation>;

/** Top-level pages of the site itself, which no evaluation's URL may take. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['journey-kit', 'justice-data-lab', 'compare', 'search', 'portfolio', 'findings-and-recommendations', 'taxonomy', 'guide', 'pagefind']);

/**
 * Addresses the live preview never serves, because evalsite's own folders of those names (its
 * examples' data, its docs and tests) sit where it looks for pages (scripts/io/liveDataPlugin.ts).
 * An evaluation may not take one as its name either, or its pages would be missing from the preview.
 */
export const PREVIEW_PRIVATE_FOLDERS: ReadonlySet<string> = new Set(['content', 'data', 'docs', 'scripts', 'test']);

/** Whether an evaluation may not have this folder name: a page of the site's own, or a folder the preview keeps private. */
export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.has(slug) || PREVIEW_PRIVATE_FOLDERS.has(slug);
}

/**
 * Runs the data step for every evaluation, collecting the problems of all of them in one run.
 * `tokens` are the values the built site must never contain (pseudonymous ids, waived columns):
 * the caller searches the output for them and keeps them out of the site data. `warnings` are
 * likely mistakes that do not stop the build, redacted like problems and in the same order; they
 * come back with the site, or with the problems.
 */
export function buildSite(
  slugs: readonly string[],
  effects: ProjectEffects,
  // Each evaluation's own data step: by default computed here; the command line may hand in one
  // that takes a kept result whose inputs have not changed, or one computed in another thread.
  evaluate: EvaluateOne = buildEvaluation,
): { site?: SiteData; problems: Problem[]; warnings: Warning[]; tokens: LeakToken[] } {
  // A link could bring a file from outside the project into the data step or, under public/,
  // into the published site: every one is refused, read or not.
  const links = effects.findLinks();
  const linkProblems = links.map((file) => problem('file-is-symlink', { file }));
  if (slugs.length === 0) {
    return { problems: [...linkProblems, problem('no-evaluations', { file: 'data' })].map(redactProblem), warnings: [], tokens: [] };
  }
  const evaluations: EvaluationResult[] = [];
  const problems: Problem[] = [...linkProblems];
  const tokens: LeakToken[] = [];
  const warnings: Warning[] = [];
  const jdl: EvaluationJdlResults[] = [];
  problems.push(...publishedNameProblems(slugs, effects));
  // The site's own settings (site.yaml): checked with everything else, so their problems come in the same run.
  const settings = siteSettings(effects);
  problems.push(...settings.problems);
  // The author's files under public/ are copied into the site as they are: checked once, for every evaluation.
  problems.push(...checkPublicFiles(effects.listTree('public'), effects.readText));
  // …and none may stand where the site writes a file of its own, which one of the two would silently replace.
  problems.push(...publicAddressClashes(effects.listTree('public'), slugs, RESERVED_SLUGS));
  // Astro compiles every content/*/summary.mdx it finds, an evaluation's or not: one with no
  // evaluation is checked as content too (its figures cannot be), so nothing in it can run.
  for (const file of effects.listTree('content').filter((path) => /^content\/[^/]+\/summary\.mdx$/.test(path) && !slugs.includes(path.split('/')[1] ?? ''))) {
    const read = effects.readText(file);
    if (isUnreadable(read)) {
      if (read.unreadable !== 'symlink') problems.push(unreadableProblem(file, read));
    } else {
      problems.push(...checkNarrativeContent(file, read ?? ''));
    }
  }
  for (const slug of [...slugs].sort()) {
    if (isReservedSlug(slug)) {
      problems.push(problem('reserved-folder-name', { file: `data/${slug}` }, { slug }));
      continue;
    }
    const built = evaluate(slug, effects);
    // A link the evaluation read, or a file it read through a linked folder, is already reported with the others.
    problems.push(...built.problems.filter((found) => !(found.code === 'file-is-symlink' && links.some((link) => found.file === link || found.file.startsWith(`${link}/`)))));
    // One by one: a spread of a very large portfolio's ids would overflow the call stack.
    for (const token of built.tokens ?? []) tokens.push(token);
    warnings.push(...built.warnings);
    if (built.result) {
      evaluations.push(built.result);
      jdl.push({ slug, title: built.result.meta.title, period: built.result.meta.period, pairs: built.jdl ?? [] });
    }
  }
  // An id, key, header or file name the author wrote is echoed in some messages: never one that identifies someone.
  const redactedWarnings = sortProblems(warnings.map(redactProblem));
  return problems.length > 0
    ? { problems: problems.map(redactProblem), warnings: redactedWarnings, tokens }
    : {
        site: {
          evaluations,
          kit: effects.document === null ? UNDRAWN_KIT : kitGallery(effects.fonts),
          justiceDataLab: siteJusticeDataLab(jdl, effects),
          settings: settings.settings ?? DEFAULT_SITE_SETTINGS,
          reportPdf: false,
        },
        problems,
        warnings: redactedWarnings,
        tokens,
      };
}
