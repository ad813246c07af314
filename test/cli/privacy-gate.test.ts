import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { CLIENTS, MANCHESTER_MANIFEST, waivedColumn } from '../support/exampleSite.ts';
import { copyProject } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// Every run here is the command line's own code, run in-process (test/support/runCliInProcess.ts);
// test/cli/cli-errors.test.ts runs the real command in a child process and shows it prints the same.

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

async function run(command: 'build' | 'check', changes: Record<string, string>) {
  const root = copyProject(changes);
  roots.push(root);
  return { ...(await runCliInProcess([command], { cwd: root })), root };
}

const clientId = () => read(CLIENTS).split('\r\n')[1]?.split(',')[0] ?? '';
const leakyJourney = () => read('content/manchester/journeys/journey-2.yaml').replace(/text: "?[^"\n}]+"?/, `text: "My case number is ${clientId()}."`);

/**
 * One real build (the leak scan reads what Astro built) with a client id planted in two places
 * at once: in the MDX summary and in a journey balloon. Each must be found and named on its own.
 */
let plantedClientIdBuild: ReturnType<typeof run> | undefined;
const clientIdPlantedInPages = () =>
  (plantedClientIdBuild ??= run('build', {
    'content/manchester/summary.mdx': read('content/manchester/summary.mdx').replace('## What the service did', `## What the service did\n\nOur first client was ${clientId()}.`),
    'content/manchester/journeys/journey-2.yaml': leakyJourney(),
  }));

describe('the privacy gate', () => {
  test('an identifier planted in a dataset fails the build, naming file, column, rule and row but not the value, and leaves no dist/', async () => {
    // A "Contact" column holding one mobile number, on one client's row only (row 61).
    const lines = read(CLIENTS).split('\r\n');
    const planted = lines.map((line, index) => (line === '' ? line : `${line},${index === 0 ? 'Contact' : index === 60 ? '07700 900123' : ''}`)).join('\r\n');
    const result = await run('build', { [CLIENTS]: planted });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('data/manchester/clients.csv:');
    expect(result.stderr).toMatch(/:Contact — a column that seems to hold phone numbers \(rule phone, on row 61\)/);
    expect(result.stderr).not.toContain('07700');
    expect(existsSync(join(result.root, 'dist'))).toBe(false);
  });

  test.each(['check', 'build'] as const)('an email address in the manifest title stops %s, is not printed, and leaves no dist/', async (command) => {
    const manifest = read(MANCHESTER_MANIFEST);
    const title = 'title: Mentoring within Integrated Offender Management, Manchester';
    expect(manifest).toContain(title);
    const result = await run(command, { [MANCHESTER_MANIFEST]: manifest.replace(title, `${title} (write to sam.jones@example.org)`) });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'data/manchester/evaluation.yaml:4:title — text that seems to hold email addresses (not repeated here) — no personal details in what is published: leave them out, or change them so they point to no one (docs/privacy.md)',
    );
    expect(`${result.stdout}${result.stderr}`).not.toContain('sam.jones');
    expect(existsSync(join(result.root, 'dist'))).toBe(false);
  });

  test('dates of birth as Excel date-times in a breakdown column, an NHS number with dots and a phone number in a file name stop check, printing none of them', async () => {
    // A "Group" attribute holding each client's date of birth as Excel writes it ("04/03/1985 00:00"),
    // spread over the years 1975–1994; row 61 also gets an NHS number with dots in a "Ref" column.
    const nhs = '999.000.0018'; // 999 000 001 → check digit 8 (src/lib/identifierScan/checkDigits.test.ts)
    const lines = read(CLIENTS).split('\r\n');
    const birth = (index: number) => `${String((index % 28) + 1).padStart(2, '0')}/${String((index % 12) + 1).padStart(2, '0')}/${1975 + (index % 20)} 00:00`;
    const planted = lines.map((line, index) => (line === '' ? line : `${line},${index === 0 ? 'Group,Ref' : `${birth(index)},${index === 60 ? nhs : ''}`}`)).join('\r\n');
    const manifest = read(MANCHESTER_MANIFEST).replace('      risk-to-others: Risk to others\n', '      risk-to-others: Risk to others\n      group: Group\n');
    expect(manifest).toContain('group: Group');
    const result = await run('check', { [CLIENTS]: planted, [MANCHESTER_MANIFEST]: manifest, 'public/photos/07700_900123.jpg': 'x' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/data\/manchester\/clients\.csv:2:Group — a column that seems to hold dates of birth \(rule date-of-birth, on rows 2, 3, 4, 5, 6 and \d+ more\)/);
    expect(result.stderr).toContain('data/manchester/clients.csv:61:Ref — a column that seems to hold NHS or CHI numbers (rule nhs-number, on row 61)');
    expect(result.stderr).toContain('public/photos — a file or folder name that seems to hold phone numbers (entry 1 of 1 in this folder, in name order; not repeated here)');
    for (const secret of [nhs, '0018', '00:00', '/19', '07700', '900123']) expect(`${result.stdout}${result.stderr}`, secret).not.toContain(secret);
  });

  test('a client id planted in an MDX page is caught by the leak scan of the built site, and nothing is published', async () => {
    const result = await clientIdPlantedInPages();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('dist/manchester/index.html — a value from data/manchester/clients.csv, column Case ref — no client id or waived value anywhere in the built site');
    expect(result.stderr).not.toContain(clientId());
    expect(existsSync(join(result.root, 'dist'))).toBe(false);
    expect(result.stderr).toMatch(/^evalsite: \d+ problems? found; nothing was built\./);
  });

  test('a client id written into a journey balloon is caught by the leak scan, and nothing is published', async () => {
    expect(leakyJourney()).toContain(clientId());
    const result = await clientIdPlantedInPages();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('dist/manchester/journeys/journey-2/index.html — a value from data/manchester/clients.csv, column Case ref');
    expect(result.stderr).not.toContain(clientId());
    expect(existsSync(join(result.root, 'dist'))).toBe(false);
  });

  test('a journey about one person with no matching consent fails the check, naming file, line and field', async () => {
    const journey = read('content/manchester/journeys/lee-case-study.yaml').replace('consent: ILLUSTRATIVE-CS-1', 'consent: NOT-ON-FILE');
    const result = await run('check', { 'content/manchester/journeys/lee-case-study.yaml': journey });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /content\/manchester\/journeys\/lee-case-study\.yaml:\d+:consent — a consent reference no case study in the manifest has — the consent reference of one of privacy\.case_studies/,
    );
  });

  test('a waived column is let through, and the waiver and its reason are printed on the methodology page', () => {
    // The example site every build test reads carries the waived column (test/support/exampleSite.ts).
    const { root, run: built } = inject('exampleSite');
    const waiver = waivedColumn();
    expect(waiver[MANCHESTER_MANIFEST]).toContain('column: Keyworker email');
    for (const path of [CLIENTS, MANCHESTER_MANIFEST]) expect(readFileSync(join(root, path), 'utf8'), path).toBe(waiver[path]);
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const methodology = readFileSync(join(root, 'dist/manchester/methodology/index.html'), 'utf8');
    expect(methodology).toContain('<strong>clients: Keyworker email</strong> — A shared team inbox, not a client; the column is never published.');
  });
});
