import { formatProblem, problemHelp, redactProblem, type Problem } from '../src/lib/index.ts';

/**
 * What the command line prints when the data step finds problems: their count, each problem
 * located and redacted (never a value from the file), and the sections of docs/errors.md that
 * explain them. `outcome` ends the first line ("; nothing was built"). The live preview
 * (`evalsite dev`) shows this same text in the browser.
 */
export function problemsReport(problems: readonly Problem[], outcome = ''): string {
  const lines = [`evalsite: ${problems.length} problem${problems.length === 1 ? '' : 's'} found${outcome}.`, ''];
  for (const problem of problems) lines.push(formatProblem(redactProblem(problem)));
  // The sections of docs/errors.md that explain these problems, each once, in the page's order.
  lines.push('', `What these problems mean: ${problemHelp(problems).join(', ')}. The formats: docs/datasets.md, docs/manifest.md, docs/theory-of-change.md and docs/journeys.md.`);
  return `${lines.join('\n')}\n`;
}
