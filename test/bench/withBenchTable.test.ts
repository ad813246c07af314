import { expect, test } from 'vitest';
import { withBenchTable } from '../../scripts/bench/withBenchTable.ts';

test('the first table is added at the end under its heading; the page before it is kept', () => {
  const page = withBenchTable('# Performance\n\nWhat we measure.\n', '| a |\n| --- |\n| 1 |\n');
  expect(page).toBe('# Performance\n\nWhat we measure.\n\n## Latest benchmark\n\n<!-- bench:start (written by npm run bench) -->\n\n| a |\n| --- |\n| 1 |\n\n<!-- bench:end -->\n');
});

test('a later table replaces the one between the markers and nothing else', () => {
  const first = withBenchTable('# Performance\n', 'old table');
  const second = withBenchTable(`${first}\nA note written after.\n`, 'new table');
  expect(second).toContain('new table');
  expect(second).not.toContain('old table');
  expect(second).toContain('A note written after.');
  expect(second.match(/bench:start/g)).toHaveLength(1);
});
