import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import '../support/exampleSite.ts';
import { PROJECT_ROOT, runCliProcess, type CliRun } from '../support/projectCopy.ts';

// `--root` names the author's project folder (data/, content/ and public/) for `check` and `build`
// alike; the pages come from the evalsite folder the command belongs to. The example site's
// project (test/support/exampleSite.ts: the bundled example plus a narrative-only evaluation with
// a picture in public/ and a waived column, none of which this evalsite folder holds) is copied
// without src/, scripts/, astro.config.mjs or node_modules into a folder outside this one, and
// checked and built from inside it with this folder's command line. Its site must be the one the
// global setup built in place, byte for byte.

const { root: example, run: exampleRun } = inject('exampleSite');
const outer = mkdtempSync(join(tmpdir(), 'evalsite-author-'));
const author = join(outer, 'my-evaluation');
const empty = join(outer, 'no-data');
const SLUGS = ['jdl-mentoring', 'knowsley', 'manchester', 'narrative-only', 'needs-inventory', 'tayside'];

/** Every file below a folder, relative, sorted. */
function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

let check: CliRun;
let build: CliRun;

beforeAll(async () => {
  for (const entry of ['data', 'content', 'public', 'site.yaml']) cpSync(join(example, entry), join(author, entry), { recursive: true });
  mkdirSync(empty);
  [check, build] = await Promise.all([
    runCliProcess(['check', '--root', author], { cwd: author, install: PROJECT_ROOT }),
    runCliProcess(['build', '--root', author], { cwd: author, install: PROJECT_ROOT }),
  ]);
}, 240_000);
afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe('--root names the author project folder, for check and build alike', () => {
  test('check reads the project: its seven evaluations', () => {
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('evalsite: 7 evaluations checked,');
  });

  test('build builds the project into its dist/, with the pages of the evalsite folder', () => {
    expect(build.stderr).toBe('');
    expect(build.stdout.split('\n')[0]).toBe(`evalsite: built 7 evaluations into ${join(author, 'dist')}`);
    // The example site plants one protected figure in a sentence (exampleSite.ts): build warns of it as check does.
    const warnings = (stdout: string): string[] => stdout.split('\n').filter((line) => line.startsWith('warning: '));
    expect(warnings(build.stdout)).toHaveLength(1);
    expect(warnings(build.stdout)).toEqual(warnings(check.stdout));
    expect(build.status).toBe(0);
    const files = filesBelow(join(author, 'dist'));
    expect(files).toEqual(expect.arrayContaining(['index.html', ...SLUGS.flatMap((slug) => [`${slug}/index.html`, `${slug}/methodology/index.html`]), 'manchester/findings/index.html']));
    // The project's own summary text and public/ picture, which this evalsite folder does not have.
    expect(readFileSync(join(author, 'dist/narrative-only/index.html'), 'utf8')).toContain('This evaluation tells its story in words alone.');
    expect(readFileSync(join(author, 'dist/images/journeys/keys.svg'), 'utf8')).toContain('<svg');
  });

  test('the site is byte for byte the one built in place', () => {
    expect(exampleRun.status).toBe(0);
    const files = filesBelow(join(example, 'dist'));
    expect(filesBelow(join(author, 'dist'))).toEqual(files);
    for (const file of files) expect(readFileSync(join(author, 'dist', file)).equals(readFileSync(join(example, 'dist', file))), file).toBe(true);
  });

  test('nothing but dist/ is added to the project folder, and nothing is left beside it', () => {
    expect(readdirSync(author).sort()).toEqual(['content', 'data', 'dist', 'public', 'site.yaml']);
    expect(readdirSync(outer).sort()).toEqual(['my-evaluation', 'no-data']);
  });

  test('a folder with no data/ gets the same problem from check and build', async () => {
    const [checked, built] = await Promise.all([
      runCliProcess(['check', '--root', empty], { cwd: outer, install: PROJECT_ROOT }),
      runCliProcess(['build', '--root', empty], { cwd: outer, install: PROJECT_ROOT }),
    ]);
    const problem = 'data — no evaluations — a folder data/<evaluation>/ holding an evaluation.yaml\n';
    expect(checked.stderr).toContain(`evalsite: 1 problem found.\n\n${problem}`);
    expect(built.stderr).toBe(checked.stderr.replace('1 problem found.', '1 problem found; nothing was built.'));
    expect([checked.status, built.status]).toEqual([1, 1]);
    expect(readdirSync(empty)).toEqual([]);
  });
});
