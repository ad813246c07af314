import { describe, expect, test } from 'vitest';
import { DEMO_FILES, demoManifestWith } from '../support/memoryProject.ts';
import { temporaryProjects } from '../support/temporaryProjects.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// Issue 12, item 1: `check` prints, per evaluation, what each headline figure was computed from:
// a column, or a documented rule that stood in for an absent one; and the figures not measured.
// Only the text a reader sees is printed, never a protected figure's true value.

const project = temporaryProjects('evalsite-derivations-');

// The demo with no engaged column and no ages: engaged comes from the contacts (C001 and C002
// have one each, C003 none: 2 of 3, too few to show), and the age band cannot be filled.
const MANIFEST = demoManifestWith('      engaged: Engaged\n      age: Age\n', '').replace(
  '  - id: engaged\n    headline: true\n',
  '  - id: engaged\n    headline: true\n  - id: referred\n    headline: true\n',
);
const FILES = {
  ...DEMO_FILES,
  'data/demo/evaluation.yaml': MANIFEST,
  'data/demo/clients.csv': 'Client ref,Start,End,Gender\nC001,03/02/2014,30/06/2014,Male\nC002,10/03/2014,,Female\nC003,,,Male\n',
};

describe('check prints the derivation of the headline figures', () => {
  test('a figure from a column names the file and column; one by a fallback rule names the rule and why', async () => {
    const run = await runCliInProcess(['check'], { cwd: project(FILES) });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const start = lines.indexOf('  Headline figures, and what each was computed from:');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(0, start)).toContain('demo: Demo evaluation');
    // In manifest order: engaged, then referred (3 clients, shown as "fewer than 5").
    const engaged = /^ {4}engaged {2}(.+) {2}by rule "engaged = had at least one contact" \(no engaged column, or only blanks in it\), from data\/demo\/contacts\.csv column client_id$/.exec(
      lines[start + 1] ?? '',
    );
    expect(engaged).not.toBeNull();
    expect(lines[start + 2]).toBe('    referred  fewer than 5  from data/demo/clients.csv column client_id');
    // The published text of engaged, never its true 2 of 3 (67%).
    expect(engaged?.[1]).not.toMatch(/67|2 of 3/);
    expect(run.stdout).not.toMatch(/67%|2 of 3/);
    // The age band cannot be measured without ages; the line says why.
    // With no ages, no age band can be filled: every age-band figure is left out for that one reason, on one line.
    const ageBands = lines.find((line) => line.endsWith('  No client has an age recorded, so nobody can be placed in an age band.'));
    expect(ageBands).toMatch(/^ {4}referred\[age-band=under-25\], (.+, )?engaged\[age-band=under-25\], /);
    expect(lines.filter((line) => line.includes('No client has an age recorded'))).toHaveLength(1);
    // A headline resting on a rule that stood in for a whole column is a warning: the author's
    // export may hold the column under a name evalsite did not read. Referred, from its column, is not.
    // (The demo's engaged is also too small to show in its summary sentence: that warning is the summary's.)
    const warnings = lines.filter((line) => line.startsWith('warning: data/demo/evaluation.yaml') && line.includes('computed by the rule'));
    expect(warnings).toEqual([
      'warning: data/demo/evaluation.yaml:indicators[0].id — the headline "engaged" is computed by the rule "engaged = had at least one contact", because there is no engaged column, or only blanks in it — the column the figure is defined by, mapped under columns: in its dataset if your file has it under another name; or the headline kept, knowing that it rests on the rule (docs/metrics.md#fallback-rules)',
    ]);
    expect(run.status).toBe(0);
  });

  test('a headline from its own column gives no rule warning; a headline not shown gets a warning of its own', async () => {
    const run = await runCliInProcess(['check'], { cwd: project(DEMO_FILES) });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\n    engaged  not shown  from data/demo/clients.csv column engaged\n');
    expect(run.stdout).not.toContain('computed by the rule');
    // The demo's 3 clients are fewer than 5, so engaged (2 of 3) is not shown: the headline card
    // would lead with no number. It has no breakdown to leave out, so nothing is suggested.
    expect(run.stdout.split('\n').filter((line) => line.startsWith('warning: data/demo/evaluation.yaml'))).toEqual([
      'warning: data/demo/evaluation.yaml:indicators[0].id — the headline "engaged" is a figure protected for privacy whose value is not published: its card will show no number, only why — a headline whose figure is shown, or this one kept knowing that its card gives no number (docs/indicators.md#protected-figures-in-a-sentence)',
    ]);
  });
});
