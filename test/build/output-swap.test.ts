import { asOlderEvalsiteBuilt } from '../support/olderSite.ts';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { folderListing } from '../support/folderListing.ts';
import { MINIMAL_MANIFEST } from '../support/memoryProject.ts';
import { cleanEnv, copyProject, type CliRun } from '../support/projectCopy.ts';

// The real command line, in child processes, on a tiny project (one evaluation with no datasets:
// a build takes about two seconds), killed with SIGKILL at random moments and at each step of the
// swap. After every kill, the output folder must hold a whole site, the old one or the new one, or
// (killed between the swap's two renames) nothing, with the old site whole beside it; the next
// build puts it back, and a last build leaves no leftovers.

type Listing = Record<string, string>;
interface Run extends CliRun {
  readonly signal: NodeJS.Signals | null;
  readonly milliseconds: number;
}

let root: string;
/** The site the last whole build made, for the tests after the first to compare with. */
let lastSite: Listing = {};
beforeAll(() => {
  root = copyProject();
  for (const folder of ['data', 'content']) rmSync(join(root, folder), { recursive: true });
  setTitle('First edition');
});
afterAll(() => {
  chmodSync(root, 0o700);
  rmSync(root, { recursive: true, force: true });
});

function setTitle(title: string): void {
  mkdirSync(join(root, 'data/tiny'), { recursive: true });
  writeFileSync(join(root, 'data/tiny/evaluation.yaml'), MINIMAL_MANIFEST.replace('title: Demo evaluation', `title: ${title}`));
}

/**
 * `evalsite build` in a child process. `killAfter` kills it with SIGKILL after so many
 * milliseconds; `trap` stops it at a step of the swap (test/support/renameTrap.ts).
 */
function build({ killAfter, trap, args = [], bound = false }: { killAfter?: number; trap?: string; args?: string[]; bound?: boolean } = {}): Promise<Run> {
  const started = Date.now();
  const imports = trap ? ['--import', new URL('../support/renameTrap.ts', import.meta.url).pathname] : [];
  const env = cleanEnv(trap ? { EVALSITE_TEST_RENAME_TRAP: trap } : {});
  const command = [process.execPath, ...imports, join(root, 'scripts/evalsite.ts'), 'build', ...args];
  // Root may write anywhere. `bound` runs the command as root without the capabilities that let it
  // ignore permissions (util-linux's setpriv), so read-only folders bind it as they bind anyone,
  // while it can still read the project and node_modules wherever the clone sits.
  const [program = '', ...rest] = bound && process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search,-fowner', '--', ...command] : command;
  const child = spawn(program, rest, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const timer = killAfter === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfter);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, milliseconds: Date.now() - started });
    });
  });
}

/** What is at the output path, and every folder a build left beside it, each with its listing. */
function state(): { dist: Listing | null; beside: Record<string, Listing> } {
  const beside = readdirSync(root)
    .filter((name) => /^\.dist-(staging|old)-\d+$/.test(name))
    .map((name) => [name.replace(/\d+$/, 'PID'), folderListing(join(root, name))] as const);
  return { dist: existsSync(join(root, 'dist')) ? folderListing(join(root, 'dist')) : null, beside: Object.fromEntries(beside) };
}

describe('a build killed at any moment leaves a whole site', () => {
  test('killed at random moments and at each step of the swap, the output is always the old site or the new one, whole', async () => {
    const first = await build();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const oldSite = state().dist ?? {};
    expect(Object.keys(oldSite)).toEqual(expect.arrayContaining(['.evalsite-build', 'index.html', 'tiny/index.html', '_astro']));
    // No evaluation has a Justice Data Lab result: the site has no page of them, and the home page no link to one.
    expect(Object.keys(oldSite).filter((name) => name.startsWith('justice-data-lab'))).toEqual([]);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).not.toContain('justice-data-lab/');
    setTitle('Second edition');

    // Killed at random moments spread over a build's length: while it reads the data, while Astro
    // builds into the staging folder, while the leak scan reads it (or after it finished).
    const afterRandomKills: Array<ReturnType<typeof state>> = [];
    for (const fraction of [0.2, 0.5, 0.8]) {
      const killAfter = Math.round(first.milliseconds * (fraction + (Math.random() - 0.5) * 0.2));
      await build({ killAfter });
      afterRandomKills.push(state());
    }

    // The old site cannot be renamed aside (the folder made read-only during the build): the build
    // fails, leaves the output as it was and deletes its staging folder.
    const beforeFailure = state();
    const failed = await build({ trap: 'fail-aside' });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain(
      `evalsite: the build failed: the output folder ${join(root, 'dist')} could not be moved aside (EACCES); the previous site was left as it was, and the new one deleted.`,
    );
    expect(state()).toEqual({ dist: beforeFailure.dist, beside: {} });

    // Killed between the two renames: no output folder, the old site whole beside it (and the
    // new one, whole but never published, in the staging folder). The old site here is one an
    // older evalsite built, without the marker: it gets the marker as it goes aside.
    asOlderEvalsiteBuilt(join(root, 'dist'));
    const beforeAside = state().dist;
    // The older site goes aside marked: the same files, and the marker.
    const unmarked = (site: Listing | null | undefined) => Object.fromEntries(Object.entries(site ?? {}).filter(([name]) => name !== '.evalsite-build'));
    const aside = await build({ trap: 'kill-after-aside' });
    expect(aside.signal).toBe('SIGKILL');
    const afterAside = state();
    expect(afterAside.dist).toBeNull();
    expect(Object.keys(afterAside.beside)).toEqual(['.dist-old-PID', '.dist-staging-PID']);
    expect(unmarked(afterAside.beside['.dist-old-PID'])).toEqual(unmarked(beforeAside));

    // The next build puts the old site back first, even when its own data then fail.
    writeFileSync(join(root, 'data/tiny/evaluation.yaml'), 'title: Broken\n');
    const broken = await build();
    expect(broken.status).toBe(1);
    expect(unmarked(state().dist)).toEqual(unmarked(beforeAside));
    expect(state().beside).toEqual({});
    setTitle('Second edition');

    // Killed after the new site went in, before the old one was deleted.
    const beforeIn = state().dist;
    const into = await build({ trap: 'kill-after-in' });
    expect(into.signal).toBe('SIGKILL');
    const afterIn = state();

    // A last build succeeds and leaves nothing beside the output.
    const last = await build();
    expect(last.status).toBe(0);
    const newSite = state().dist ?? {};
    lastSite = newSite;
    expect(state().beside).toEqual({});
    expect(newSite['index.html']).not.toBe(oldSite['index.html']);
    // The same files, but for the search index's, which are named by a hash of what they hold and
    // so change with the title (scripts/io/searchIndex.ts); the marker lists the new site's files.
    const besideIndex = (site: Listing) => Object.keys(site).filter((name) => !name.startsWith('pagefind/'));
    expect(besideIndex(newSite)).toEqual(besideIndex(oldSite));
    const builtFiles = Object.keys(newSite).filter((name) => newSite[name] !== 'dir' && name !== '.evalsite-build');
    expect(readFileSync(join(root, 'dist/.evalsite-build'), 'utf8').split('\n').slice(2, -1)).toEqual(builtFiles);
    // The killed builds' work folders in the evalsite folder are gone too (scripts/io/runAstro.ts).
    // Nothing of the build is left in the work folder but the results kept for the next one (docs/performance.md).
    expect(readdirSync(join(root, '.evalsite')).filter((name) => name !== 'cache')).toEqual([]);

    expect(afterAside.beside['.dist-staging-PID']).toEqual(newSite);
    expect(afterIn).toEqual({ dist: newSite, beside: { '.dist-old-PID': beforeIn } });
    // The older site put back (beforeIn) holds fewer kinds of file than this version writes: whole, but neither of these.
    expect([oldSite, newSite]).toContainEqual(beforeFailure.dist);
    for (const { dist, beside } of afterRandomKills) {
      // A kill between the swap's renames is unlikely at a random moment, but allowed: the old site whole beside.
      const whole = dist ?? beside['.dist-old-PID'];
      expect([oldSite, newSite]).toContainEqual(whole);
    }
  });

  test('two builds of the same project at once both succeed, and leave one whole site', async () => {
    const runs = await Promise.all([build(), build()]);
    expect(runs.map((run) => run.status)).toEqual([0, 0]);
    // The same project built again: whichever build finished last, the site is the same, whole.
    expect(state()).toEqual({ dist: lastSite, beside: {} });
  });

  test('a site an older evalsite built (no marker) is replaced, and gets the marker', async () => {
    asOlderEvalsiteBuilt(join(root, 'dist'));
    const run = await build();
    expect(run.status).toBe(0);
    expect(state()).toEqual({ dist: lastSite, beside: {} });
  });

  test('a site built on another file system than the evalsite folder is copied out of the work folder, the same', async () => {
    const run = await build({ trap: 'cross-device' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(state()).toEqual({ dist: lastSite, beside: {} });
    // Nothing of the build is left in the work folder but the results kept for the next one (docs/performance.md).
    expect(readdirSync(join(root, '.evalsite')).filter((name) => name !== 'cache')).toEqual([]);
  });
});

describe('a read-only output folder', () => {
  beforeAll(() => {
    chmodSync(root, 0o755);
  });

  test('an output folder that cannot be replaced is refused before any work, with nothing changed', async () => {
    chmodSync(join(root, 'dist/tiny'), 0o555);
    const before = folderListing(root);
    const run = await build({ bound: true });
    chmodSync(join(root, 'dist/tiny'), 0o755);
    expect(run.stderr).toBe(
      `evalsite: the output folder ${join(root, 'dist')} cannot be replaced: the folder ${join(root, 'dist/tiny')} inside it is read-only. Make it writable, or choose another folder with --out. Nothing was built or deleted. See docs/errors.md#the-output-folder.\n`,
    );
    expect(run.status).toBe(2);
    expect(folderListing(root)).toEqual(before);
  });

  test('an output folder in a read-only folder is refused before any work, with nothing changed', async () => {
    chmodSync(root, 0o555);
    const before = folderListing(root);
    const run = await build({ bound: true, args: ['--out', 'site'] });
    chmodSync(root, 0o755);
    expect(run.stderr).toBe(
      `evalsite: the output folder ${join(root, 'site')} cannot be written: its folder ${root} is read-only. Make it writable, or choose another folder with --out. Nothing was built or deleted. See docs/errors.md#the-output-folder.\n`,
    );
    expect(run.status).toBe(2);
    expect(folderListing(root)).toEqual(before);
  });
});
