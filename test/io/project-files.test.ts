import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeText } from '../../scripts/io/decodeText.ts';
import { projectLinkFinder, projectReader } from '../../scripts/io/projectFiles.ts';

describe('decodeText(bytes)', () => {
  test('valid UTF-8 is text, a byte-order mark dropped and "�" kept as the character it is', () => {
    expect(decodeText(Buffer.from('\uFEFFa,b\nF\uFFFDmale,2\n'))).toBe('a,b\nF\uFFFDmale,2\n');
  });

  test('a byte UTF-8 never has alone is found on its line', () => {
    // Windows-1252 "é" (0xE9) on line 3.
    expect(decodeText(Uint8Array.from([...Buffer.from('a,b\n1,2\nCaf'), 0xe9, ...Buffer.from('\n')]))).toEqual({ unreadable: 'not-utf8', line: 3 });
  });

  test('a sequence cut off at the end of the file is on the last line', () => {
    // 0xE2 0x82 begins "€" (E2 82 AC) and stops: line 2.
    expect(decodeText(Uint8Array.from([...Buffer.from('a\nb'), 0xe2, 0x82]))).toEqual({ unreadable: 'not-utf8', line: 2 });
  });
});

describe('reading project files', () => {
  let root = '';
  let outside = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'evalsite-files-'));
    outside = mkdtempSync(join(tmpdir(), 'evalsite-outside-'));
    writeFileSync(join(outside, 'secret.csv'), 'Jane Smith,9434765919\n');
    mkdirSync(join(outside, 'folder'));
    writeFileSync(join(outside, 'folder', 'a.csv'), 'Jane Smith\n');
    mkdirSync(join(root, 'data', 'x', 'folder.csv'), { recursive: true });
    mkdirSync(join(root, 'content', 'x'), { recursive: true });
    mkdirSync(join(root, 'public', 'images'), { recursive: true });
    writeFileSync(join(root, 'data', 'x', 'clients.csv'), 'client_id\nC001\n');
    writeFileSync(join(root, 'data', 'x', 'not-a-folder'), 'a file\n');
    symlinkSync(join(outside, 'secret.csv'), join(root, 'data', 'x', 'linked.csv'));
    symlinkSync(join(outside, 'folder'), join(root, 'data', 'linked-folder'));
    symlinkSync(join(outside, 'secret.csv'), join(root, 'public', 'images', 'photo.jpg'));
    symlinkSync(join(outside, 'secret.csv'), join(root, 'content', 'x', 'summary.mdx'));
    // A link outside the three folders is the project's own business.
    symlinkSync(join(outside, 'secret.csv'), join(root, 'README.md'));
    execFileSync('mkfifo', [join(root, 'data', 'x', 'pipe.csv')]);
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  test('a plain file is its text; a missing one, or one under a file, is undefined', () => {
    const read = projectReader(root);
    expect(read('data/x/clients.csv')).toBe('client_id\nC001\n');
    expect(read('data/x/missing.csv')).toBeUndefined();
    expect(read('data/x/not-a-folder/clients.csv')).toBeUndefined();
  });

  test('a link, or a path through a linked folder, is never followed', () => {
    const read = projectReader(root);
    expect(read('data/x/linked.csv')).toEqual({ unreadable: 'symlink' });
    expect(read('data/linked-folder/a.csv')).toEqual({ unreadable: 'symlink' });
    expect(read('content/x/summary.mdx')).toEqual({ unreadable: 'symlink' });
  });

  test('a folder, and a file that is not a plain file (a named pipe, which would hang a read), are refused', () => {
    const read = projectReader(root);
    expect(read('data/x/folder.csv')).toEqual({ unreadable: 'folder' });
    expect(read('data/x/pipe.csv')).toEqual({ unreadable: 'other' });
  });

  test('every link under data/, content/ and public/ is found, and only those', () => {
    expect(projectLinkFinder(root)()).toEqual(['content/x/summary.mdx', 'data/linked-folder', 'data/x/linked.csv', 'public/images/photo.jpg']);
  });
});
