import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatProblem, isWarning, separateWarnings } from './problem.ts';
import { ERROR_SECTIONS, isWarningCode, PROBLEM_CODES, problemSection } from './problemCatalogue.ts';
import { problem } from './problem.ts';
import { problemHelp } from './problemHelp.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ERRORS_DOC = readFileSync(join(ROOT, 'docs/errors.md'), 'utf8');

/**
 * A heading's anchor, as GitHub makes it: the heading's text (markup such as `code` removed),
 * lowercased, with punctuation dropped and each space turned into a hyphen; a repeated anchor
 * gets -1, -2… in order.
 */
function githubAnchors(markdown: string): string[] {
  const seen = new Map<string, number>();
  const headings = markdown
    .replace(/^```[\s\S]*?^```/gm, '')
    .split('\n')
    .flatMap((line) => /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.slice(1, 2) ?? []);
  return headings.map((heading) => {
    const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');
    const anchor = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(anchor) ?? 0;
    seen.set(anchor, count + 1);
    return count === 0 ? anchor : `${anchor}-${count}`;
  });
}

const ANCHORS = new Set(githubAnchors(ERRORS_DOC));

describe('githubAnchors(markdown)', () => {
  test('lowercases, drops punctuation and code markup, and joins words with hyphens', () => {
    // "The evaluation folder and `evaluation.yaml`": backticks go, the "." goes, spaces become "-".
    expect(githubAnchors('### The evaluation folder and `evaluation.yaml`\n### Reading a CSV file\n## What happens in a run')).toEqual([
      'the-evaluation-folder-and-evaluationyaml',
      'reading-a-csv-file',
      'what-happens-in-a-run',
    ]);
  });

  test('numbers a repeated heading, and ignores lines in code blocks', () => {
    expect(githubAnchors('## Cells\n```\n# not a heading\n```\n## Cells\n## Theory of change: errors (1)')).toEqual(['cells', 'cells-1', 'theory-of-change-errors-1']);
  });
});

describe('every code is documented in docs/errors.md', () => {
  test('every section the catalogue names is a heading of docs/errors.md', () => {
    expect(ERROR_SECTIONS.filter((section) => !ANCHORS.has(section))).toEqual([]);
  });

  test.each(PROBLEM_CODES)('%s has its section', (code) => {
    expect([...ANCHORS]).toContain(problemSection(code));
  });

  test('every link problemHelp can print names a heading of docs/errors.md', () => {
    const everyKind = PROBLEM_CODES.map((code) => ({ file: 'f', code, found: '', expected: '' }));
    const links = problemHelp(everyKind);
    expect(links.length).toBeGreaterThan(1);
    expect(links.filter((link) => !ANCHORS.has(link.replace(/^docs\/errors\.md#/, '')))).toEqual([]);
  });
});

describe('warnings', () => {
  const WARNING_CODES = PROBLEM_CODES.filter(isWarningCode);

  test('a code is a warning only when its entry says so', () => {
    expect(WARNING_CODES).toContain('mdx-indicator-protected');
    expect(isWarningCode('mdx-unknown-indicator')).toBe(false);
  });

  test('docs/errors.md explains warnings, and marks an example in the section of every warning code', () => {
    expect([...ANCHORS]).toContain('warnings');
    const sectionText = (anchor: string) => {
      const headings = ERRORS_DOC.split(/^(?=#{2,3} )/m);
      return headings.find((part) => githubAnchors(part.split('\n')[0] ?? '')[0] === anchor) ?? '';
    };
    expect(WARNING_CODES.filter((code) => !sectionText(problemSection(code)).includes('**(warning)**'))).toEqual([]);
  });

  test('separateWarnings keeps each list in its order', () => {
    const protectedFigure = (row: number) =>
      problem('mdx-indicator-protected', { file: 's.mdx', row, column: 'Indicator' }, { id: 'engaged', reads: 'a number (too small to publish)', suggestion: undefined });
    const unknown = problem('mdx-unknown-indicator', { file: 's.mdx', row: 2, column: 'Indicator' }, { id: 'engagd', published: 3 });
    const { errors, warnings } = separateWarnings([protectedFigure(5), unknown, protectedFigure(1)]);
    expect(errors).toEqual([unknown]);
    expect(warnings.map((warning) => warning.row)).toEqual([5, 1]);
    expect(warnings.every(isWarning)).toBe(true);
  });
});

describe('the catalogue', () => {
  test('codes are kebab-case', () => {
    expect(PROBLEM_CODES.filter((code) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code))).toEqual([]);
  });

  test('every code is used by a problem creation site in src/, so an unused code fails', () => {
    const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const sourceFiles = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
        const full = join(folder, entry.name);
        if (entry.isDirectory()) return sourceFiles(full);
        return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && entry.name !== 'problemCatalogue.ts' ? [full] : [];
      });
    const source = sourceFiles(join(ROOT, 'src'))
      .map((file) => withoutComments(readFileSync(file, 'utf8')))
      .join('\n');
    expect(PROBLEM_CODES.filter((code) => !source.includes(`'${code}'`))).toEqual([]);
  });

  test('a problem carries its code, and leaves out a row or column it does not have', () => {
    expect(problem('csv-no-records', { file: 'data/x/contacts.csv', row: undefined, column: undefined })).toEqual({
      file: 'data/x/contacts.csv',
      code: 'csv-no-records',
      found: 'a header row but no records',
      expected: 'at least one record below the header (or remove the dataset from the manifest)',
    });
    expect(Object.keys(problem('csv-no-records', { file: 'data/x/contacts.csv' }))).toEqual(['file', 'code', 'found', 'expected']);
  });

  test("the privacy rule is the catalogue's: a cell from any column is described by its shape, never quoted", () => {
    // 'C0042 Jane 03/02/1990' is 21 characters in 3 words, with letters and digits.
    expect(problem('cell-unreadable', { file: 'f' }, { cell: 'C0042 Jane 03/02/1990', accepted: 'something' }).found).toBe('text of 21 characters in 3 words, letters and digits');
    expect(problem('cell-unreadable', { file: 'f' }, { cell: ' 6,5 ', accepted: 'a number' }).found).toBe('a number written with a comma');
    expect(problem('cell-unreadable', { file: 'f' }, { cell: '9434765919', accepted: 'a whole number' }).found).toBe('a 10-digit number');
  });
});

// Lines copied from docs/errors.md, which come from real runs; built here from the catalogue.
describe('problems built from the catalogue read exactly as before', () => {
  test.each([
    [
      problem('csv-field-count', { file: 'data/leeds-mentoring/offences.csv', row: 4 }, { fields: 4, headerFields: 3 }),
      'data/leeds-mentoring/offences.csv:4 — 4 fields — 3 fields, one per header column (check for a stray delimiter or quote)',
    ],
    [
      problem('csv-unclosed-quote', { file: 'data/leeds-mentoring/feedback.csv', row: 3 }),
      'data/leeds-mentoring/feedback.csv:3 — a quoted field that is never closed — every opening double quote to have a closing one (write a literal quote as "")',
    ],
    [
      problem(
        'csv-missing-column',
        { file: 'data/leeds-mentoring/clients.csv', row: 1 },
        { header: 'Client ref', canonical: 'client_id', headers: ['Client Ref', 'Start', 'End'], mappingField: 'datasets.clients.columns' },
      ),
      'data/leeds-mentoring/clients.csv:1 — no column "Client ref" (mapped from client_id) — a column "Client ref"; the header has "Client Ref", "Start", "End" — rename the column, or map it with datasets.clients.columns.client_id',
    ],
    [
      problem('csv-wrong-delimiter', { file: 'data/leeds-mentoring/contacts.csv', row: 1 }, { seen: ';', used: ',' }),
      'data/leeds-mentoring/contacts.csv:1 — one column, because the header holds ";" but the file is split on "," — columns split by the file\'s own delimiter: declare `delimiter: ";"` in the dataset\'s format',
    ],
    [
      problem(
        'cell-unreadable',
        { file: 'data/leeds-mentoring/clients.csv', row: 14, column: 'contact_hours' },
        {
          cell: '6,5',
          accepted: 'a number with "." as the decimal mark; if this file writes decimals with a comma, declare `decimal: ","` in the dataset\'s format',
        },
      ),
      'data/leeds-mentoring/clients.csv:14:contact_hours — a number written with a comma — a number with "." as the decimal mark; if this file writes decimals with a comma, declare `decimal: ","` in the dataset\'s format',
    ],
    [
      problem('cell-unreadable', { file: 'data/leeds-mentoring/clients.csv', row: 3, column: 'start_date' }, { cell: '31/02/2023', accepted: 'a real calendar date written DD/MM/YYYY' }),
      'data/leeds-mentoring/clients.csv:3:start_date — a date written like 00/00/0000 — a real calendar date written DD/MM/YYYY',
    ],
    [
      problem('cell-blank', { file: 'data/leeds-mentoring/clients.csv', row: 4, column: 'client_id' }, { typeName: 'an id' }),
      'data/leeds-mentoring/clients.csv:4:client_id — a blank cell — a value (an id)',
    ],
    [
      problem('yaml-unknown-key', { file: 'data/leeds-mentoring/evaluation.yaml', row: 20, column: 'datasets.clients.fromat' }, { key: 'fromat', suggestion: 'format', known: ['file', 'format'] }),
      'data/leeds-mentoring/evaluation.yaml:20:datasets.clients.fromat — unknown key "fromat" — a known key: did you mean "format"?',
    ],
    [
      problem('yaml-too-few-items', { file: 'data/leeds-mentoring/evaluation.yaml', row: 9, column: 'authors' }, { minimum: 1 }),
      'data/leeds-mentoring/evaluation.yaml:9:authors — a value that does not fit — at least 1 item',
    ],
    [
      problem('dataset-file-missing', { file: 'data/leeds-mentoring/evaluation.yaml', column: 'datasets.outcomes.file' }, { file: 'outcomes.csv', path: 'data/leeds-mentoring/outcomes.csv' }),
      'data/leeds-mentoring/evaluation.yaml:datasets.outcomes.file — no file outcomes.csv — the CSV file to exist at data/leeds-mentoring/outcomes.csv',
    ],
    [
      problem('end-after-as-of', { file: 'data/leeds-mentoring/clients.csv', row: 2, column: 'end_date' }, { asOf: '2023-06-30' }),
      'data/leeds-mentoring/clients.csv:2:end_date — an end date after the data as-of date — an end date on or before as_of (2023-06-30); leave it blank while engagement goes on',
    ],
    [
      problem('response-not-on-scale', { file: 'data/leeds-mentoring/feedback.csv', row: 2, column: 'response' }, { responses: ['Disagree', 'Neutral', 'Agree'] }),
      'data/leeds-mentoring/feedback.csv:2:response — a response not on the declared scale — one of "Disagree", "Neutral", "Agree" (datasets.feedback.responses)',
    ],
    [
      problem('value-disagrees', { file: 'data/leeds-mentoring/published-indicators.csv', row: 2, column: 'value' }),
      'data/leeds-mentoring/published-indicators.csv:2:value — a value that disagrees with its numerator and denominator — a value that rounds to the same whole percentage as numerator ÷ denominator × 100 (or leave value blank)',
    ],
    [
      problem('mdx-chart-options', { file: 'content/leeds-mentoring/summary.mdx', row: 12, column: 'Chart' }, { kind: 'outcome-status', wanted: {}, choices: [{ group: 'service' }] }),
      'content/leeds-mentoring/summary.mdx:12:Chart — no outcome-status chart with (no options) — one of: group="service"',
    ],
    [
      problem('toc-cycle', { file: 'content/tayside/theory-of-change.yaml', row: 47, column: 'links' }, { cycle: ['engagement', 'less-crime', 'meetings', 'engagement'] }),
      'content/tayside/theory-of-change.yaml:47:links — a cycle: engagement → less-crime → meetings → engagement — no chain of links that leads back to where it started (or set allow_cycles: true)',
    ],
    [
      problem(
        'journey-speaker-not-in-panel',
        { file: 'content/manchester/journeys/journey-2.yaml', row: 42, column: 'panels[1].balloons[1].speaker' },
        { speaker: 'steve', panel: 2, present: ['darren'] },
      ),
      'content/manchester/journeys/journey-2.yaml:42:panels[1].balloons[1].speaker — a balloon in panel 2 spoken by "steve", who is not in the panel — a speaker listed in the panel\'s characters: darren',
    ],
    [
      problem('identifier-column', { file: 'data/manchester/clients.csv', row: 2, column: 'Key worker' }, { rule: 'name', holds: 'personal names', by: 'content', rows: [2, 3, 4, 5, 6], count: 84 }),
      'data/manchester/clients.csv:2:Key worker — a column that seems to hold personal names (rule name, on rows 2, 3, 4, 5, 6 and 79 more) — no identifying data in the export: remove the column, or, if it is safe, waive it under privacy.waivers with the reason (docs/privacy.md)',
    ],
    [
      problem('identifier-column', { file: 'data/manchester/clients.csv', row: 1, column: 'Date of birth' }, { rule: 'date-of-birth', holds: 'dates of birth', by: 'header', rows: [], count: 0 }),
      'data/manchester/clients.csv:1:Date of birth — a column that seems to hold dates of birth (rule date-of-birth, by its header) — no identifying data in the export: remove the column, or, if it is safe, waive it under privacy.waivers with the reason (docs/privacy.md)',
    ],
    [
      problem('leak-in-built-site', { file: 'dist/manchester/index.html' }, { origin: 'data/manchester/clients.csv, column Case ref' }),
      'dist/manchester/index.html — a value from data/manchester/clients.csv, column Case ref — no client id or waived value anywhere in the built site: nothing was published',
    ],
  ])('%#: %j', (built, line) => {
    expect(formatProblem(built)).toBe(line);
  });
});
