import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
  const staging = mkdtempSync(join(root, '.evalsite-new-'));
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
