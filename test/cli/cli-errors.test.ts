import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MINIMAL_MANIFEST } from '../support/memoryProject.ts';
import { copyProject, runCliProcess, type CliRun } from '../support/projectCopy.ts';
import { EVALSITE_FOLDER } from '../../scripts/io/evalsiteFolder.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// The command line's own code (scripts/cli.ts) runs in-process here (runCliInProcess), as
// scripts/evalsite.ts runs it in its own process. The last block runs the real command in a child
// process, once per exit code, and shows that it prints the same, byte for byte.

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const MANCHESTER = 'data/manchester';
const clients = () => readFileSync(new URL(`../../${MANCHESTER}/clients.csv`, import.meta.url), 'utf8');
const manifest = () => readFileSync(new URL(`../../${MANCHESTER}/evaluation.yaml`, import.meta.url), 'utf8');
/** The 1-based line of the first line of the manifest starting with `text`. */
const manifestLine = (text: string) =>
  manifest()
    .split('\n')
    .findIndex((line) => line.startsWith(text)) + 1;
/** The first line of YAML content (after the leading comments): where a missing top-level key is reported. */
const firstContentLine = () =>
  manifest()
    .split('\n')
    .findIndex((line) => line.trim() !== '' && !line.startsWith('#')) + 1;

/** A copy of the example project with some files changed (or removed, with `null`). */
function copy(changes: Record<string, string | null>): string {
  const root = copyProject(changes, { withNodeModules: false });
  roots.push(root);
  return root;
}

/** A project holding only these files: small, so the real command line is quick on it. */
function tinyProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'evalsite-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The lines naming a file: one per problem. */
const problemLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('data/') || line.startsWith('content/'));

/** Breaks a copy of the project, runs `evalsite build` on it, and returns what the author sees. */
async function buildBroken(changes: Record<string, string | null>) {
  const root = copy(changes);
  const run = await runCliInProcess(['build', '--root', root]);
  return { ...run, root, lines: problemLines(run.stderr) };
}

// The real command line, once per exit code, on small projects, started before the first test so
// that the child processes run while the in-process cases do.
const VALID = tinyProject({ 'data/tiny/evaluation.yaml': MINIMAL_MANIFEST });
const BROKEN = tinyProject({ 'data/tiny/evaluation.yaml': 'title: Tiny\n' });
let real: { valid: Promise<CliRun>; broken: Promise<CliRun>; usage: Promise<CliRun> };
beforeAll(() => {
  real = { valid: runCliProcess(['check', '--root', VALID]), broken: runCliProcess(['build', '--root', BROKEN]), usage: runCliProcess(['publish']) };
});

describe('evalsite build on broken input', () => {
  test.each<[string, Record<string, string | null>, string[]]>([
    [
      'a typo in the manifest',
      { [`${MANCHESTER}/evaluation.yaml`]: manifest().replace('as_of: 2015-05-31', 'as_off: 2015-05-31') },
      [
        `data/manchester/evaluation.yaml:${firstContentLine()}:as_of — no "as_of" — a value for "as_of" (it is required)`,
        `data/manchester/evaluation.yaml:${manifestLine('as_of:')}:as_off — unknown key "as_off" — a known key: did you mean "as_of"?`,
      ],
    ],
    [
      'a duplicate client and an impossible date',
      { [`${MANCHESTER}/clients.csv`]: clients().replace('CLI0002,', 'CLI0001,').replace('CLI0005,22/11/2013', 'CLI0005,32/11/2013') },
      [
        'data/manchester/clients.csv:3:Case ref — a client id already used on row 2 — one row per client, each with its own id',
        'data/manchester/clients.csv:6:Referral date — a date written like 00/00/0000 — a real calendar date written DD/MM/YYYY',
      ],
    ],
    [
      'a missing dataset file',
      { [`${MANCHESTER}/published-indicators.csv`]: null },
      ['data/manchester/evaluation.yaml:datasets.indicators.file — no file published-indicators.csv — the CSV file to exist at data/manchester/published-indicators.csv'],
    ],
    [
      'an unknown indicator in the narrative',
      { 'content/manchester/summary.mdx': '# Summary\n\n<Indicator id="engaged" /> and <Indicator id="enaged" />.\n' },
      ['content/manchester/summary.mdx:3:Indicator — unknown indicator id "enaged" — an indicator id this evaluation publishes (its figures.json lists all FIGURE_COUNT)'],
    ],
    [
      'problems in two evaluations at once',
      {
        [`${MANCHESTER}/published-indicators.csv`]: 'indicator,group,numerator,denominator,value,unit,bound\nreported-support,,,,90,percentage,over\n',
        'data/second/evaluation.yaml': 'title: Second\n',
      },
      [
        'data/manchester/published-indicators.csv:2:unit — text of 10 characters — one of percent, count, number, gbp',
        'data/second/evaluation.yaml:1:area — no "area" — a value for "area" (it is required)',
      ],
    ],
  ])('%s: exit 1, every problem listed, no dist/', async (_name, changes, expected) => {
    const run = await buildBroken(changes);
    expect(run.status).toBe(1);
    // The number of Manchester figures changes as the example grows; the rest of the line may not.
    const lines = run.lines.map((line) => line.replace(/lists all \d+\)/, 'lists all FIGURE_COUNT)'));
    for (const line of expected) expect(lines).toContain(line);
    expect(run.stderr).toMatch(/^evalsite: \d+ problems? found; nothing was built\./);
    expect(existsSync(join(run.root, 'dist'))).toBe(false);
    expect(existsSync(join(run.root, '.evalsite'))).toBe(false);
  });

  test('problems in two evaluations are listed together, all of them', async () => {
    const run = await buildBroken({ 'data/second/evaluation.yaml': 'title: Second\nprogramme: P\n' });
    // Everything required but title and programme is missing: 11 fields.
    expect(run.lines.filter((line) => line.startsWith('data/second/evaluation.yaml'))).toHaveLength(11);
    // Only missing manifest fields: the one section of docs/errors.md that explains them.
    expect(run.stderr).toContain('\nWhat these problems mean: docs/errors.md#the-evaluation-folder-and-evaluationyaml. The formats:');
  });

  test('the problems point to the sections of docs/errors.md that explain them, each once, in page order', async () => {
    const run = await buildBroken({
      [`${MANCHESTER}/published-indicators.csv`]: 'indicator,group,numerator,denominator,value,unit,bound\nreported-support,,,,90,percentage,over\n',
      'data/second/evaluation.yaml': 'title: Second\n',
    });
    // A manifest field (the evaluation.yaml section) and a cell outside a fixed list (cells).
    expect(run.stderr).toContain('\nWhat these problems mean: docs/errors.md#the-evaluation-folder-and-evaluationyaml, docs/errors.md#cells. The formats:');
  });

  test('each problem is followed by the section that explains it, in evalsite’s docs and in the author guide, and the last line says where the docs are', async () => {
    const run = await buildBroken({
      [`${MANCHESTER}/published-indicators.csv`]: 'indicator,group,numerator,denominator,value,unit,bound\nreported-support,,,,90,percentage,over\n',
      'data/second/evaluation.yaml': 'title: Second\n',
    });
    const lines = run.stderr.split('\n');
    // "percentage" is not one of the units: a cell outside a fixed list, explained under "Cells".
    const unit = lines.findIndex((line) => line.startsWith(`${MANCHESTER}/published-indicators.csv:2:unit — `));
    expect(lines[unit + 1]).toBe('  see docs/errors.md#cells or /guide/errors/#cells');
    // A missing manifest field, under "The evaluation folder and evaluation.yaml".
    const field = lines.findIndex((line) => line.startsWith('data/second/evaluation.yaml'));
    expect(lines[field + 1]).toBe('  see docs/errors.md#the-evaluation-folder-and-evaluationyaml or /guide/errors/#the-evaluation-folder-and-evaluationyaml');
    // Every problem has its line: as many see-lines as problems.
    expect(lines.filter((line) => line.startsWith('  see docs/errors.md#'))).toHaveLength(run.lines.length);
    expect(run.stderr).toContain(`docs/ is in the evalsite folder, ${EVALSITE_FOLDER}; /guide/ is the same text in the author guide of a site built with evalsite.\n`);
  });

  test('check on valid data exits 0 and writes nothing', async () => {
    const root = copy({});
    const run = await runCliInProcess(['check', '--root', root]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The totals, then a summary of each evaluation in turn (test/cli/check-summary.test.ts), with the headline figures and what each was computed from (test/cli/check-derivations.test.ts).
    expect(run.stdout).toMatch(/^evalsite: 6 evaluations checked, \d+ figures computed, 5 journeys drawn, no problems\.\n\njdl-mentoring: .+\n {2}Datasets: /);
    // An outcome headline carries its evidence level; a count does not. Tayside's improved shares are
    // evalsite's own before-and-after figures (level 1); its referrals a published count.
    const line = (start: string) => run.stdout.split('\n').find((candidate) => candidate.startsWith(start));
    expect(line('    improved[domain=reducing-involvement-in-criminal-activity,service=women]  66% (27 of 41)  ')).toMatch(
      /\(Evidence: level 1 of 5 \(Maryland scale\), before and after, one group\)$/,
    );
    expect(line('    referrals  160  ')).not.toContain('Evidence');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});

describe('the real command line, in a child process, prints what it prints in-process', () => {
  test('exit 0: a valid project checked', async () => {
    const run = await real.valid;
    // A manifest with no datasets: its summary has nothing to list.
    expect(run).toEqual({
      status: 0,
      stdout:
        'evalsite: 1 evaluation checked, 0 figures computed, 0 journeys drawn, no problems.\n\ntiny: Demo evaluation\n  Datasets: none\n  Figures published: 0, none protected\n  Warnings: none\n',
      stderr: '',
    });
    expect(await runCliInProcess(['check', '--root', VALID])).toEqual(run);
  });

  test('exit 1: problems listed, nothing built', async () => {
    const run = await real.broken;
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^evalsite: \d+ problems found; nothing was built\./);
    expect(problemLines(run.stderr)).toContain('data/tiny/evaluation.yaml:1:area — no "area" — a value for "area" (it is required)');
    expect(existsSync(join(BROKEN, 'dist'))).toBe(false);
    expect(existsSync(join(BROKEN, '.evalsite'))).toBe(false);
    expect(await runCliInProcess(['build', '--root', BROKEN])).toEqual(run);
  });

  test('an unknown command prints the usage and exits 2', async () => {
    const run = await real.usage;
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: evalsite <check|build|pdf>');
    expect(await runCliInProcess(['publish'])).toEqual(run);
  });
});
