import type { Problem } from './problem.ts';
import { ERROR_SECTIONS, problemSection, type ErrorSection } from './problemCatalogue.ts';

/** The part of docs/errors.md that lists every kind of problem, for problems not yet catalogued. */
const COMMON_ERRORS = 'common-errors';

/**
 * The links to docs/errors.md that explain a list of problems, for the command line to print
 * after them: one per section (`docs/errors.md#reading-a-csv-file`), each once, in the order of
 * the page, so the same problems always give the same links. A problem with no code yet is sent to
 * the "Common errors" part, listed last.
 */
export function problemHelp(problems: readonly Problem[]): string[] {
  const sections = new Set<ErrorSection>();
  let uncatalogued = false;
  for (const { code } of problems) {
    if (code === undefined) uncatalogued = true;
    else sections.add(problemSection(code));
  }
  const anchors: string[] = ERROR_SECTIONS.filter((section) => sections.has(section));
  if (uncatalogued) anchors.push(COMMON_ERRORS);
  return anchors.map((anchor) => `docs/errors.md#${anchor}`);
}
