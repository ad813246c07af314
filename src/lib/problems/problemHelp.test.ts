import { describe, expect, test } from 'vitest';
import { problem } from './problem.ts';
import { formatProblemLink, problemHelp, problemLink } from './problemHelp.ts';

const privacy = problem('leak-in-built-site', { file: 'dist/x/index.html' }, { origin: 'data/x/clients.csv, column Ref' });
const cell = problem('cell-blank', { file: 'data/x/clients.csv', row: 4, column: 'client_id' }, { typeName: 'an id' });
const anotherCell = problem('cell-unreadable', { file: 'data/x/clients.csv', row: 5, column: 'age' }, { cell: 'x', accepted: 'a whole number' });
const csv = problem('csv-empty-file', { file: 'data/x/feedback.csv' });
const manifest = problem('yaml-invalid', { file: 'data/x/evaluation.yaml', row: 3 });

describe('problemHelp(problems)', () => {
  test('no problems, no links', () => {
    expect(problemHelp([])).toEqual([]);
  });

  test('one link per section, each once, in the order of docs/errors.md whatever the order of the problems', () => {
    // Page order: the evaluation folder and evaluation.yaml, reading a CSV file, cells, …, privacy.
    const expected = ['docs/errors.md#the-evaluation-folder-and-evaluationyaml', 'docs/errors.md#reading-a-csv-file', 'docs/errors.md#cells', 'docs/errors.md#privacy'];
    expect(problemHelp([privacy, cell, anotherCell, csv, manifest])).toEqual(expected);
    expect(problemHelp([manifest, anotherCell, csv, privacy, cell])).toEqual(expected);
  });
});

describe('problemLink(problem)', () => {
  test('names the problem’s section of docs/errors.md and the same section of the author guide', () => {
    // cell-blank is documented under "Cells"; the leak scan's problem under "Privacy".
    expect(problemLink(cell)).toEqual({ doc: 'docs/errors.md#cells', guide: '/guide/errors/#cells' });
    expect(problemLink(privacy)).toEqual({ doc: 'docs/errors.md#privacy', guide: '/guide/errors/#privacy' });
  });

  test('is printed indented under its problem', () => {
    expect(formatProblemLink(manifest)).toBe('  see docs/errors.md#the-evaluation-folder-and-evaluationyaml or /guide/errors/#the-evaluation-folder-and-evaluationyaml');
  });
});
