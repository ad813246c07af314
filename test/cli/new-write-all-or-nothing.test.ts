import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeScaffold } from '../../scripts/io/writeScaffold.ts';
import { folderListing } from '../support/folderListing.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';
import { temporaryProjects } from '../support/temporaryProjects.ts';

const project = temporaryProjects('evalsite-new-write-');

// `new` checks that neither folder exists before it writes; these are the cases that check cannot
// see: a folder made between the check and the write (by another run, or the author), and a write
// that fails part-way. Either way the project is left exactly as it was.
describe('writeScaffold: all or nothing, never over anything', () => {
  const files = [
    { path: 'data/fresh/evaluation.yaml', bytes: 'title: x\n' },
    { path: 'data/fresh/clients.csv', bytes: 'client_id\n' },
    { path: 'content/fresh/summary.mdx', bytes: 'text\n' },
  ];

  test('writes every file in place, and leaves no work folder behind', () => {
    const root = project({});
    writeScaffold(root, ['data/fresh', 'content/fresh'], files);
    expect(Object.keys(folderListing(root))).toEqual(['content', 'content/fresh', 'content/fresh/summary.mdx', 'data', 'data/fresh', 'data/fresh/clients.csv', 'data/fresh/evaluation.yaml']);
  });

  test('a second folder that appeared since the check stops the write, takes the first back out, and keeps the author’s file', () => {
    const root = project({ 'content/fresh/summary.mdx': 'the author’s own words\n' });
    const before = folderListing(root);
    expect(() => writeScaffold(root, ['data/fresh', 'content/fresh'], files)).toThrow(/EEXIST/);
    // data/ was made for the new folder and is left, empty: nothing of the author's is in it or lost.
    expect(folderListing(root)).toEqual({ ...before, data: 'dir' });
    expect(readdirSync(root).filter((name) => name.startsWith('.evalsite-new-'))).toEqual([]);
  });

  test('an empty folder already in place is not replaced either', () => {
    const root = project({});
    mkdirSync(join(root, 'data/fresh'), { recursive: true });
    expect(() => writeScaffold(root, ['data/fresh', 'content/fresh'], files)).toThrow(/EEXIST/);
    expect(folderListing(root)).toEqual({ data: 'dir', 'data/fresh': 'dir' });
  });

  test('a file that cannot be written stops everything before any folder is put in place', () => {
    const root = project({});
    // Two files at one path: the second write fails (wx), as a full disk or a bad name would.
    expect(() => writeScaffold(root, ['data/fresh', 'content/fresh'], [...files, { path: 'data/fresh/clients.csv', bytes: 'again\n' }])).toThrow(/EEXIST/);
    expect(folderListing(root)).toEqual({});
  });
});

describe('a killed run of new leaves nothing behind for long', () => {
  test('the next command on the project removes a finished run’s hidden staging folder (a copy of the author’s data), never a live run’s or another folder', async () => {
    // A process that has ended, for its id: its staging folder is a killed run's.
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const endedPid = Number(ended.stdout);
    const root = project({
      [`.evalsite-new-${endedPid}-Ab12Cd/data/big/clients.csv`]: 'client_id\nC001\n',
      [`.evalsite-new-${process.pid}-Ef34Gh/data/live/clients.csv`]: 'client_id\n',
      '.evalsite-new-notes/keep.txt': 'not ours\n',
      'data/kept/evaluation.yaml': 'title: x\n',
    });
    await runCliInProcess(['check', '--root', root]);
    expect(readdirSync(root).sort()).toEqual([`.evalsite-new-${process.pid}-Ef34Gh`, '.evalsite-new-notes', 'data']);
  });
});
