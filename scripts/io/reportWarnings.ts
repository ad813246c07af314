import { formatProblem, formatProblemLink, problemHelp, redactProblem, type Warning } from '../../src/lib/index.ts';
import { WHERE_THE_DOCS_ARE } from './evalsiteFolder.ts';

/**
 * Prints the warnings after a run's result line: a count, each warning as `warning: file:row:column
 * — found — expected` (redacted again, as every printed problem is), and the sections of
 * docs/errors.md that explain them. Nothing when there are none. Warnings never change the exit code.
 */
export function reportWarnings(stream: { write(text: string): unknown }, warnings: readonly Warning[]): void {
  if (warnings.length === 0) return;
  stream.write(`\nevalsite: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (likely mistakes, which do not stop the build):\n\n`);
  for (const warning of warnings) stream.write(`warning: ${formatProblem(redactProblem(warning))}\n${formatProblemLink(warning)}\n`);
  stream.write(`\nWhat these warnings mean: ${problemHelp(warnings).join(', ')}. ${WHERE_THE_DOCS_ARE}\n`);
}
