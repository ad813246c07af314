/**
 * Loaded with `node --import` into a real `evalsite build` by test/build/output-swap.test.ts, to
 * stop it at an exact point of the swap (scripts/io/outputFolder.ts) without any hook in the
 * product: it wraps `renameSync` and, when EVALSITE_TEST_RENAME_TRAP says so, kills the process
 * with SIGKILL right after the old site is renamed aside (`kill-after-aside`) or the new one
 * renamed in (`kill-after-in`), or fails the rename aside as a folder made read-only during the
 * build would (`fail-aside`). Only the swap's renames of the default output folder count.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const trap = process.env['EVALSITE_TEST_RENAME_TRAP'];
const rename = fs.renameSync;

fs.renameSync = (from: fs.PathLike, to: fs.PathLike): void => {
  const aside = /\/\.dist-old-\d+$/.test(String(to));
  const into = /\/\.dist-staging-\d+$/.test(String(from));
  if (aside && trap === 'fail-aside') throw Object.assign(new Error(`EACCES: permission denied, rename '${String(from)}'`), { code: 'EACCES' });
  rename(from, to);
  if ((aside && trap === 'kill-after-aside') || (into && trap === 'kill-after-in')) process.kill(process.pid, 'SIGKILL');
};
// ES modules that import renameSync from node:fs see the wrapped one.
syncBuiltinESMExports();
