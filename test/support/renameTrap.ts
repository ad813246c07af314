/**
 * Loaded with `node --import` into a real `evalsite build` by test/build/output-swap.test.ts, to
 * stop it at an exact point of the swap (scripts/io/outputFolder.ts) without any hook in the
 * product: it wraps `renameSync` and, when EVALSITE_TEST_RENAME_TRAP says so, kills the process
 * with SIGKILL right after the old site is renamed aside (`kill-after-aside`) or the new one
 * renamed in (`kill-after-in`), or fails the rename aside as a folder made read-only during the
 * build would (`fail-aside`). Only the swap's renames of the default output folder count. With
 * `cross-device`, the moves of the built site out of Astro's work folder (scripts/io/runAstro.ts)
 * fail as they do when the evalsite folder and the output folder are on different file systems.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const trap = process.env['EVALSITE_TEST_RENAME_TRAP'];
const rename = fs.renameSync;

fs.renameSync = (from: fs.PathLike, to: fs.PathLike): void => {
  const aside = /\/\.dist-old-\d+$/.test(String(to));
  const into = /\/\.dist-staging-\d+$/.test(String(from));
  const outOfWork = /\/\.evalsite\/build-\d+-[^/]+\/site\/[^/]+$/.test(String(from));
  if (outOfWork && trap === 'cross-device') throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${String(from)}'`), { code: 'EXDEV' });
  if (aside && trap === 'fail-aside') throw Object.assign(new Error(`EACCES: permission denied, rename '${String(from)}'`), { code: 'EACCES' });
  rename(from, to);
  if ((aside && trap === 'kill-after-aside') || (into && trap === 'kill-after-in')) process.kill(process.pid, 'SIGKILL');
};
// ES modules that import renameSync from node:fs see the wrapped one.
syncBuiltinESMExports();
