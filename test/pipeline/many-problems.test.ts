// A large file with a mistake on every row gives every row's problem, located, and never stops
// with "Maximum call stack size exceeded": problems are gathered one at a time, never spread into
// one call (at about 125,000 arguments, V8 stops). One row's date is a real one, so the column is
// reported row by row (a column none of whose cells reads is reported once: readTable.test.ts).
import { expect, test } from 'vitest';
import { buildEvaluation } from '../../src/lib/index.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { DEMO_FILES } from '../support/memoryProject.ts';

test('500,000 client rows, all but the first with a start date that is no date, give 499,999 located problems', { timeout: 120_000 }, () => {
  const [header = ''] = (DEMO_FILES['data/demo/clients.csv'] ?? '').split('\n');
  const rows = Array.from({ length: 500_000 }, (_, index) => `C${String(index + 1).padStart(6, '0')},${index === 0 ? '03/02/2014' : '31/02/2014'},,Yes,30,Male`);
  const files = { ...DEMO_FILES, 'data/demo/clients.csv': `${header}\n${rows.join('\n')}\n`, 'data/demo/contacts.csv': null, 'data/demo/assessments.csv': null };
  const manifest = (DEMO_FILES['data/demo/evaluation.yaml'] ?? '')
    .replace(/ {2}contacts:\n {4}file: contacts\.csv\n/, '')
    .replace(/ {2}assessments:\n {4}file: assessments\.csv\n {4}scale: wellbeing\n/, '');
  const built = buildEvaluation('demo', memoryEffects({ ...files, 'data/demo/evaluation.yaml': manifest }));
  const starts = built.problems.filter((found) => found.file === 'data/demo/clients.csv' && found.column === 'Start');
  expect(starts).toHaveLength(499_999);
  expect(starts[0]?.row).toBe(3);
  expect(starts.at(-1)?.row).toBe(500_001);
});
