import type { Problem } from './problem.ts';
import { ERROR_SECTIONS, problemSection, type ErrorSection } from './problemCatalogue.ts';

/**
 * The links to docs/errors.md that explain a list of problems, for the command line to print
 * after them: one per section (`docs/errors.md#reading-a-csv-file`), each once, in the order of
 * the page, so the same problems always give the same links.
 */
export function problemHelp(problems: readonly Problem[]): string[] {
  const sections = new Set<ErrorSection>(problems.map(({ code }) => problemSection(code)));
  return ERROR_SECTIONS.filter((section) => sections.has(section)).map((anchor) => `docs/errors.md#${anchor}`);
}

/**
 * Where one problem is explained: its section of docs/errors.md (in the evalsite folder) and the
 * same section of the author guide on a built site (`/guide/errors/#cells`, from the site's root).
 * The anchor is the section's GitHub anchor, which the guide gives its heading too.
 */
export function problemLink(found: Pick<Problem, 'code'>): { readonly doc: string; readonly guide: string } {
  const section = problemSection(found.code);
  return { doc: `docs/errors.md#${section}`, guide: `/guide/errors/#${section}` };
}

/** The line the command line prints under a problem: `  see docs/errors.md#cells or /guide/errors/#cells`. */
export function formatProblemLink(found: Pick<Problem, 'code'>): string {
  const { doc, guide } = problemLink(found);
  return `  see ${doc} or ${guide}`;
}
