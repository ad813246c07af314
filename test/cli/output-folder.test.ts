import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { folderListing } from '../support/folderListing.ts';
import { copyProject, PROJECT_ROOT } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// `evalsite build --out <folder>` refuses, before it reads or writes anything, every output folder
// whose replacement could delete something that is not a site evalsite built. Each case runs the
// command line in-process on a copy of the project, placed in a folder of its own (`outer`) beside
// a symbolic link to it and a folder of someone else's files, and compares everything in `outer`,
// file by file, before and after. Builds that get past the check are in test/build/output-swap.test.ts.

const outers: string[] = [];
afterAll(() => outers.forEach((outer) => rmSync(outer, { recursive: true, force: true })));

/** outer/project (a copy of the example project), outer/link → outer/project, outer/other/notes.txt. */
function layout(): { outer: string; root: string } {
  const outer = mkdtempSync(join(tmpdir(), 'evalsite-outer-'));
  outers.push(outer);
  const root = join(outer, 'project');
  renameSync(copyProject({ 'notes.txt': 'my notes\n', 'site/index.html': '<p>the charity’s other site</p>\n' }, { withNodeModules: false }), root);
  symlinkSync(root, join(outer, 'link'));
  symlinkSync(join(root, 'data'), join(root, 'data-link'));
  mkdirSync(join(outer, 'other'));
  writeFileSync(join(outer, 'other', 'notes.txt'), 'someone else’s file\n');
  return { outer, root };
}

const PROTECTED = 'Choose a folder outside data/, content/, public/, src/, scripts/, node_modules/, .git/ and .evalsite/, for example --out dist. Nothing was built or deleted.';

describe('evalsite build refuses an output folder it may not replace, before doing anything', () => {
  test.each<[string, string, (outer: string, root: string) => string]>([
    ['the project folder (--out .)', '.', (_outer, root) => `the output folder ${root} is the project folder itself: building there would delete your data.`],
    ['a folder holding the project (--out ..)', '..', (outer, root) => `the output folder ${outer} contains the project folder ${root}: building there would delete your data.`],
    ['the data folder', 'data', (_outer, root) => `the output folder ${join(root, 'data')} is the project's data/ folder, which the build reads from or needs. ${PROTECTED}`],
    ['a new folder inside data/', 'data/x', (_outer, root) => `the output folder ${join(root, 'data/x')} is inside the project's data/ folder, which the build reads from or needs. ${PROTECTED}`],
    ['the content folder', 'content', (_outer, root) => `the output folder ${join(root, 'content')} is the project's content/ folder`],
    ['the public folder', 'public', (_outer, root) => `the output folder ${join(root, 'public')} is the project's public/ folder`],
    ['the src folder', 'src', (_outer, root) => `the output folder ${join(root, 'src')} is the project's src/ folder`],
    ['a folder inside scripts/', 'scripts/io', (_outer, root) => `the output folder ${join(root, 'scripts/io')} is inside the project's scripts/ folder`],
    ['a symbolic link to the project', '../link', (outer, root) => `the output folder ${join(outer, 'link')} (which leads to ${root}) is the project folder itself`],
    ['a symbolic link to the data folder', 'data-link', (_outer, root) => `the output folder ${join(root, 'data-link')} (which leads to ${join(root, 'data')}) is the project's data/ folder`],
    [
      'a file',
      'notes.txt',
      (_outer, root) => `the output folder ${join(root, 'notes.txt')} is a file, not a folder. Choose another folder with --out, for example --out dist. Nothing was built or deleted.`,
    ],
    [
      'a folder holding a file no build wrote',
      '../other',
      (outer) =>
        `the output folder ${join(outer, 'other')} holds 1 file or folder that no evalsite build wrote; a build replaces its output folder whole. Choose a new or empty folder with --out. If it is a site an older evalsite built, delete the folder once and build again. Nothing was built or deleted.`,
    ],
    ['a web site that evalsite did not build', 'site', (_outer, root) => `the output folder ${join(root, 'site')} holds 1 file or folder that no evalsite build wrote`],
    // The evalsite folder this command belongs to, here not the project folder, is protected the same way.
    ['the evalsite folder', PROJECT_ROOT, () => `the output folder ${PROJECT_ROOT} is the evalsite folder ${PROJECT_ROOT}: building there would delete evalsite itself.`],
    [
      'a folder holding the evalsite folder',
      dirname(PROJECT_ROOT),
      () => `the output folder ${dirname(PROJECT_ROOT)} contains the evalsite folder ${PROJECT_ROOT}: building there would delete evalsite itself.`,
    ],
    [
      "a new folder inside the evalsite folder's src/",
      join(PROJECT_ROOT, 'src/site'),
      () => `the output folder ${join(PROJECT_ROOT, 'src/site')} is inside the evalsite folder's src/ folder, which the build reads from or needs. ${PROTECTED}`,
    ],
  ])('%s: exit 2, the reason, and not one file changed', async (_name, out, message) => {
    const { outer, root } = layout();
    const before = folderListing(outer);
    expect(Object.keys(before).length).toBeGreaterThan(100);
    const run = await runCliInProcess(['build', '--out', out], { cwd: root });
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`evalsite: ${message(outer, root)}`);
    expect(run.stderr).toMatch(/Nothing was built or deleted\. See docs\/errors\.md#the-output-folder\.\n$/);
    expect(run.status).toBe(2);
    expect(folderListing(outer)).toEqual(before);
  });

  test('the default dist/, when it holds files no build wrote, is refused too', async () => {
    const { outer, root } = layout();
    // index.html and _astro/ look like a site, but notes.txt is no file a build writes.
    mkdirSync(join(root, 'dist/_astro'), { recursive: true });
    writeFileSync(join(root, 'dist/index.html'), '<p>site</p>\n');
    writeFileSync(join(root, 'dist/_astro/site.css'), 'p {}\n');
    writeFileSync(join(root, 'dist/notes.txt'), 'my notes\n');
    const before = folderListing(outer);
    const run = await runCliInProcess(['build'], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`evalsite: the output folder ${join(root, 'dist')} holds 1 file or folder that no evalsite build wrote`);
    expect(folderListing(outer)).toEqual(before);
  });
});

test('an unmarked site holding kinds of file only marked evalsite sites have (search index, PNG charts, tables, robots.txt, 404 page) is someone else’s, and is refused, untouched', async () => {
  const { outer, root } = layout();
  // Another generator's site: pages, assets, and files named as evalsite now names some of its own.
  // Every evalsite version that writes these kinds of file marks its site, so an unmarked folder with them is not ours.
  mkdirSync(join(root, 'dist/_astro'), { recursive: true });
  mkdirSync(join(root, 'dist/pagefind/fragment'), { recursive: true });
  mkdirSync(join(root, 'dist/blog/charts'), { recursive: true });
  mkdirSync(join(root, 'dist/reports'), { recursive: true });
  writeFileSync(join(root, 'dist/index.html'), '<p>site</p>\n');
  writeFileSync(join(root, 'dist/_astro/site.css'), 'p {}\n');
  writeFileSync(join(root, 'dist/blog/index.html'), '<p>blog</p>\n');
  writeFileSync(join(root, 'dist/pagefind/pagefind.js'), 'export {};\n');
  writeFileSync(join(root, 'dist/pagefind/fragment/en_1a2b3c4.pf_fragment'), '');
  writeFileSync(join(root, 'dist/blog/charts/q3-sales.png'), 'png\n');
  writeFileSync(join(root, 'dist/reports/reports-tables.xlsx'), 'xlsx\n');
  writeFileSync(join(root, 'dist/robots.txt'), 'User-agent: *\n');
  writeFileSync(join(root, 'dist/404.html'), '<p>not found</p>\n');
  const before = folderListing(outer);
  const run = await runCliInProcess(['build'], { cwd: root });
  expect(run.status).toBe(2);
  // pagefind.js, the fragment, the PNG, the workbook, robots.txt and 404.html: six files no older evalsite wrote.
  expect(run.stderr).toContain(`evalsite: the output folder ${join(root, 'dist')} holds 6 files or folders that no evalsite build wrote`);
  expect(folderListing(outer)).toEqual(before);
});

describe('what a killed build left beside the output folder', () => {
  /** The id of a process that has ended. */
  const endedProcess = (): number => spawnSync(process.execPath, ['-e', '']).pid;
  const MARKER = 'This folder is a website built by evalsite. The next evalsite build replaces it whole.\n';

  test('the old site, renamed aside by a build killed before the new one went in, is put back by the next build, even one that then fails', async () => {
    const { outer, root } = layout();
    const pid = endedProcess();
    const old = join(root, `.dist-old-${pid}`);
    mkdirSync(join(old, 'manchester'), { recursive: true });
    writeFileSync(join(old, '.evalsite-build'), MARKER);
    writeFileSync(join(old, 'index.html'), '<p>the old site</p>\n');
    writeFileSync(join(old, 'manchester/index.html'), '<p>Manchester</p>\n');
    const oldSite = folderListing(old);
    // The staging folder of the same killed build: never published, deleted.
    mkdirSync(join(root, `.dist-staging-${pid}`));
    writeFileSync(join(root, `.dist-staging-${pid}/.evalsite-build`), MARKER);
    writeFileSync(join(root, `.dist-staging-${pid}/index.html`), '<p>half a new site</p>\n');
    // A broken manifest: the build stops after its data step, with the old site back in place.
    writeFileSync(join(root, 'data/manchester/evaluation.yaml'), 'title: Broken\n');
    const run = await runCliInProcess(['build'], { cwd: root });
    expect(run.status).toBe(1);
    expect(folderListing(join(root, 'dist'))).toEqual(oldSite);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(join(root, `.dist-staging-${pid}`))).toBe(false);
    expect(readFileSync(join(outer, 'other/notes.txt'), 'utf8')).toBe('someone else’s file\n');
  });

  test('only folders a build left are cleared: not another build’s that is still running, not one without the marker', async () => {
    const { root } = layout();
    const [ended, another, third] = [endedProcess(), endedProcess(), endedProcess()];
    const folders = {
      endedStaging: join(root, `.dist-staging-${ended}`),
      endedOld: join(root, `.dist-old-${ended}`),
      endedEmpty: join(root, `.dist-staging-${another}`),
      // process.ppid: the process that started the tests, which is running.
      runningStaging: join(root, `.dist-staging-${process.ppid}`),
      unmarked: join(root, `.dist-old-${third}`),
      otherName: join(root, `.dist-copy-${ended}`),
    };
    for (const folder of Object.values(folders)) mkdirSync(folder);
    for (const folder of [folders.endedStaging, folders.endedOld, folders.runningStaging, folders.otherName]) writeFileSync(join(folder, '.evalsite-build'), MARKER);
    writeFileSync(join(folders.unmarked, 'notes.txt'), 'not a site\n');
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/.evalsite-build'), MARKER);
    writeFileSync(join(root, 'data/manchester/evaluation.yaml'), 'title: Broken\n');
    const run = await runCliInProcess(['build'], { cwd: root });
    expect(run.status).toBe(1);
    expect(Object.fromEntries(Object.entries(folders).map(([name, folder]) => [name, existsSync(folder)]))).toEqual({
      endedStaging: false,
      endedOld: false,
      endedEmpty: false,
      runningStaging: true,
      unmarked: true,
      otherName: true,
    });
    expect(readFileSync(join(folders.unmarked, 'notes.txt'), 'utf8')).toBe('not a site\n');
  });
});
