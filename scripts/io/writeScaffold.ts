import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { processRunning } from './processRunning.ts';

/** A file to write, by path under the project (`data/<slug>/evaluation.yaml`), with its bytes. */
export interface NewFile {
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

/**
 * Writes a new evaluation's files into the project all or nothing, never over anything: every file
 * is written first into a hidden folder in the project, then each top folder (`data/<slug>`,
 * `content/<slug>`) is put in place by creating it (which fails if anything has that name, however
 * it got there since the check) and renaming the finished one over that empty folder. If a step
 * fails, the folders already put in place are taken back out and the hidden folder removed, so the
 * project is as it was. Returns the folders it made.
 */
export function writeScaffold(root: string, folders: readonly string[], files: readonly NewFile[]): void {
  clearEndedScaffolds(root);
  // Named by this process, so that a later run can tell a killed run's leftovers from a running one's.
  const staging = mkdtempSync(join(root, `.evalsite-new-${process.pid}-`));
  const placed: string[] = [];
  try {
    for (const file of files) {
      const full = join(staging, ...file.path.split('/'));
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, file.bytes, { flag: 'wx' });
    }
    for (const folder of folders) {
      const target = join(root, ...folder.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      // Fails with EEXIST if the name is taken: nothing of the author's is replaced.
      mkdirSync(target);
      placed.push(target);
      renameSync(join(staging, ...folder.split('/')), target);
    }
  } catch (error) {
    // Only what this run made: the folders it created (empty or its own), newest first.
    for (const target of placed.reverse()) rmSync(target, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** A staging folder of `evalsite new`: `.evalsite-new-<process id>-<six characters>`. */
const SCAFFOLD_STAGING = /^\.evalsite-new-(\d+)-[A-Za-z0-9]{6}$/;

/**
 * Removes the staging folders a killed `evalsite new` left in the project (they may hold a copy of
 * the author's data file): those whose process is no longer running. Run by every command on its
 * project, so a leftover does not stay where it could be committed or shared.
 */
export function clearEndedScaffolds(root: string): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(SCAFFOLD_STAGING.exec(name)?.[1] ?? Number.NaN);
    if (Number.isNaN(pid) || pid === process.pid || processRunning(pid)) continue;
    rmSync(join(root, name), { recursive: true, force: true });
  }
}
