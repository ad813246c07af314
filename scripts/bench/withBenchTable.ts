/** docs/performance.md with the benchmark's latest table between its markers (added at the end the first time); the rest of the page is left as written. */
const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';

export function withBenchTable(page: string, table: string): string {
  const block = `${START}\n\n${table.trim()}\n\n${END}`;
  const from = page.indexOf(START);
  const to = page.indexOf(END);
  if (from >= 0 && to > from) return `${page.slice(0, from)}${block}${page.slice(to + END.length)}`;
  return `${page.trimEnd()}\n\n## Latest benchmark\n\n${block}\n`;
}
