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
