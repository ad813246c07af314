import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject, runCli } from '../support/projectCopy.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const CLIENTS = 'data/manchester/clients.csv';

function build(changes: Record<string, string>, withNodeModules = true) {
  const root = copyProject(changes, { withNodeModules });
  roots.push(root);
  return { ...runCli(['build'], { cwd: root }), root };
}

describe('the privacy gate', () => {
  test('an identifier planted in a dataset fails the build, naming file, column, rule and row but not the value, and leaves no dist/', () => {
    // A "Contact" column holding one mobile number, on one client's row only (row 61).
    const lines = read(CLIENTS).split('\r\n');
    const planted = lines.map((line, index) => (line === '' ? line : `${line},${index === 0 ? 'Contact' : index === 60 ? '07700 900123' : ''}`)).join('\r\n');
    const run = build({ [CLIENTS]: planted });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('data/manchester/clients.csv:');
    expect(run.stderr).toMatch(/:Contact — a column that seems to hold phone numbers \(rule phone, on row 61\)/);
    expect(run.stderr).not.toContain('07700');
    expect(existsSync(join(run.root, 'dist'))).toBe(false);
  });

  test('a client id planted in an MDX page is caught by the leak scan of the built site, and nothing is published', () => {
    const clientId = read(CLIENTS).split('\r\n')[1]?.split(',')[0] ?? '';
    const summary = read('content/manchester/summary.mdx').replace('## What the service did', `## What the service did\n\nOur first client was ${clientId}.`);
    const run = build({ 'content/manchester/summary.mdx': summary }, true);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('dist/manchester/index.html — a value from data/manchester/clients.csv, column Case ref — no client id or waived value anywhere in the built site');
    expect(run.stderr).not.toContain(clientId);
    expect(existsSync(join(run.root, 'dist'))).toBe(false);
    expect(run.stderr).toMatch(/^evalsite: \d+ problems? found; nothing was built\./);
  });

  test('a client id written into a journey balloon is caught by the leak scan, and nothing is published', () => {
    const clientId = read(CLIENTS).split('\r\n')[1]?.split(',')[0] ?? '';
    const journey = read('content/manchester/journeys/journey-2.yaml').replace(/text: "?[^"\n}]+"?/, `text: "My case number is ${clientId}."`);
    expect(journey).toContain(clientId);
    const run = build({ 'content/manchester/journeys/journey-2.yaml': journey }, true);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('dist/manchester/journeys/journey-2/index.html — a value from data/manchester/clients.csv, column Case ref');
    expect(run.stderr).not.toContain(clientId);
    expect(existsSync(join(run.root, 'dist'))).toBe(false);
  });

  test('a journey about one person with no matching consent fails the check, naming file, line and field', () => {
    const journey = read('content/manchester/journeys/lee-case-study.yaml').replace('consent: ILLUSTRATIVE-CS-1', 'consent: NOT-ON-FILE');
    const root = copyProject({ 'content/manchester/journeys/lee-case-study.yaml': journey });
    roots.push(root);
    const run = runCli(['check'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content\/manchester\/journeys\/lee-case-study\.yaml:\d+:consent — a consent reference no case study in the manifest has — the consent reference of one of privacy\.case_studies/);
  });

  test('a waived column is let through, and the waiver and its reason are printed on the methodology page', () => {
    const lines = read(CLIENTS).split('\r\n');
    const withNotes = lines.map((line, index) => (line === '' ? line : `${line},${index === 0 ? 'Keyworker email' : index === 5 ? 'team.inbox@example.org' : ''}`)).join('\r\n');
    const manifest = read('data/manchester/evaluation.yaml').replace(
      /\nprivacy:\n/,
      '\nprivacy:\n  waivers:\n    - dataset: clients\n      column: Keyworker email\n      reason: A shared team inbox, not a client; the column is never published.\n',
    );
    expect(manifest).toContain('column: Keyworker email');
    const run = build({ [CLIENTS]: withNotes, 'data/manchester/evaluation.yaml': manifest }, true);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const methodology = readFileSync(join(run.root, 'dist/manchester/methodology/index.html'), 'utf8');
    expect(methodology).toContain('<strong>clients: Keyworker email</strong> — A shared team inbox, not a client; the column is never published.');
  });
});
