import { formatProblem, formatProblemLink, problemHelp, redactProblem, type Problem } from '../src/lib/index.ts';
import { WHERE_THE_DOCS_ARE } from './io/evalsiteFolder.ts';

/**
 * What the command line prints when the data step finds problems: their count, each problem
 * located and redacted (never a value from the file), and the sections of docs/errors.md that
 * explain them. `outcome` ends the first line ("; nothing was built"). The live preview
 * (`evalsite dev`) shows this same text in the browser.
 */
export function problemsReport(problems: readonly Problem[], outcome = ''): string {
  const lines = [`evalsite: ${problems.length} problem${problems.length === 1 ? '' : 's'} found${outcome}.`, ''];
  // Each problem, and under it the section that explains it: in evalsite's docs and in the author guide of a built site.
  for (const problem of problems) lines.push(formatProblem(redactProblem(problem)), formatProblemLink(problem));
  // The sections of docs/errors.md that explain these problems, each once, in the page's order.
  lines.push(
    '',
    `What these problems mean: ${problemHelp(problems).join(', ')}. The formats: docs/datasets.md, docs/manifest.md, docs/theory-of-change.md and docs/journeys.md. ${WHERE_THE_DOCS_ARE}`,
  );
  return `${lines.join('\n')}\n`;
}
