import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { CLIENTS } from '../support/exampleSite.ts';
import { copyProject } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// Item 4 of issue 11: a client id a reader would see, however it is disguised in the source, stops
// the build. One real build with a disguise in each of several pages.

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const SUMMARY = 'content/manchester/summary.mdx';
const JOURNEY = 'content/manchester/journeys/journey-2.yaml';

test('ids split by invisible characters or markup, or written in look-alike letters, are caught in the built pages, and nothing is published', async () => {
  const id = read(CLIENTS).split('\r\n')[1]?.split(',')[0] ?? '';
  expect(id).toMatch(/^CLI\d{4}$/);
  // "CLI0001" → "C" + zero-width space + "LI0001", "<b>C</b>LI0001" and fullwidth letters and digits.
  const zeroWidth = `${id.slice(0, 1)}\u200b${id.slice(1)}`;
  const markup = `<b>${id.slice(0, 1)}</b>${id.slice(1)}`;
  const fullwidth = id.replace(/[A-Z0-9]/g, (character) => String.fromCodePoint((character.codePointAt(0) ?? 0) + 0xfee0));
  // In the journey, a Cyrillic С (U+0421) for the Latin C.
  const cyrillic = `\u0421${id.slice(1)}`;
  const summary = read(SUMMARY).replace('## What the service did', `## What the service did\n\nFirst ${zeroWidth}, then ${markup}, then ${fullwidth}.`);
  const journey = read(JOURNEY).replace(/text: "?[^"\n}]+"?/, `text: "My number is ${cyrillic}."`);
  const root = copyProject({ [SUMMARY]: summary, [JOURNEY]: journey });
  roots.push(root);
  const result = await runCliInProcess(['build'], { cwd: root });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('dist/manchester/index.html — a value from data/manchester/clients.csv, column Case ref');
  expect(result.stderr).toContain('dist/manchester/journeys/journey-2/index.html — a value from data/manchester/clients.csv, column Case ref');
  expect(result.stderr).not.toContain(id);
  expect(existsSync(join(root, 'dist'))).toBe(false);
});

test('an id percent-encoded in a link, or written in small capitals, Cherokee letters or another script’s digits, is caught too', async () => {
  const id = read(CLIENTS).split('\r\n')[1]?.split(',')[0] ?? '';
  // "CLI0001" → "%43LI0001" in an address; "ᴄʟɪ0001" (small capitals); "ᏟᏞᎥ0001" (Cherokee); "CLI٠٠٠١" (Arabic-Indic digits).
  const encoded = `%${(id.codePointAt(0) ?? 0).toString(16)}${id.slice(1)}`;
  const smallCapitals = `\u1d04\u029f\u026a${id.slice(3)}`;
  const cherokee = `\u13df\u13de\u13a5${id.slice(3)}`;
  const digits = `${id.slice(0, 3)}${Array.from(id.slice(3))
    .map((digit) => String.fromCodePoint(0x0660 + Number(digit)))
    .join('')}`;
  const summary = read(SUMMARY).replace('## What the service did', `## What the service did\n\nSee [the case](/cases/?ref=${encoded}), ${smallCapitals}, ${cherokee} and ${digits}.`);
  const root = copyProject({ [SUMMARY]: summary });
  roots.push(root);
  const result = await runCliInProcess(['build'], { cwd: root });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('dist/manchester/index.html — a value from data/manchester/clients.csv, column Case ref');
  expect(result.stderr).not.toContain(id);
  expect(result.stderr).not.toContain(encoded);
  expect(existsSync(join(root, 'dist'))).toBe(false);
});
