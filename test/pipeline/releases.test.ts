import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem } from '../../src/lib/index.ts';
import { memoryEffects, type MemoryFile } from '../support/memoryEffects.ts';
import { MINIMAL_MANIFEST } from '../support/memoryProject.ts';

// Issue 13, items 6 and 7: a release names the previous one, whose published figures.json is kept
// in the project; what changed is listed with reasons, and the two releases together pin nothing.

/** `count` clients C001…, the first `engaged` of them engaged. */
const clients = (count: number, engaged: number) =>
  `client_id,engaged\n${Array.from({ length: count }, (_, index) => `C${String(index + 1).padStart(3, '0')},${index < engaged ? 'Yes' : 'No'}`).join('\n')}\n`;
const MANIFEST = `${MINIMAL_MANIFEST.replace('version: "1"', 'version: "2"')}datasets:\n  clients:\n    file: clients.csv\n`;
const PREVIOUS = '  previous:\n    version: "1"\n    file: releases/1/figures.json\n';

/** Version 1's figures.json as it published them: `engaged` of `referred` (both shown, or engaged as given). */
function version1(referred: number, engaged: Record<string, unknown> = {}): string {
  return JSON.stringify({
    evaluation: 'demo',
    disclosure_threshold: 5,
    figures: [
      { id: 'referred', unit: 'count', label: 'Referred', value: referred, display: String(referred), numerator: null, denominator: null, disclosure: null, other: 'kept as published' },
      { id: 'engaged', unit: 'percent', label: 'Engaged', value: 84, display: '84%', numerator: 42, denominator: referred, disclosure: null, ...engaged },
    ],
  });
}

function run(release: string, files: Readonly<Record<string, MemoryFile | null>> = {}, data = clients(53, 44)) {
  const { result, problems, warnings } = buildEvaluation(
    'demo',
    memoryEffects({ 'content/demo/summary.mdx': '# Summary\n', 'data/demo/evaluation.yaml': `${MANIFEST}release:\n${release}`, 'data/demo/clients.csv': data, ...files }),
  );
  return { result, lines: problems.map(formatProblem), warnings: warnings.map(formatProblem) };
}

describe('a second release beside the first', () => {
  // Version 1: 50 referred, 42 engaged (84%). Version 2: 53 referred, 44 engaged (83%, 9 not).
  // A reader holding both knows the 3 new clients: 44 − 42 = 2 engaged, 9 − 8 = 1 not. So version
  // 2's engaged share is not shown (a reader then knows only 42 to 45), and both figures changed.
  test("the changes are listed with both releases' published text, and differencing hides version 2's engaged share", () => {
    const { result, lines, warnings } = run(`${PREVIOUS}  reason: Three more clients were referred.\n`, { 'data/demo/releases/1/figures.json': version1(50) });
    expect(lines).toEqual([]);
    expect(warnings).toEqual([]);
    expect(result?.figures.map((figure) => [figure.id, figure.text.inline])).toEqual([
      ['referred', '53'],
      ['engaged', 'not shown'],
    ]);
    expect(result?.release?.changes).toEqual({
      previousVersion: '1',
      changed: [
        { id: 'referred', label: 'Clients referred', previous: '50', current: '53', previousValue: 50, reason: 'Three more clients were referred.' },
        { id: 'engaged', label: 'Engaged with the service', previous: '84% (42 of 50)', current: 'not shown', previousValue: 84, reason: 'Three more clients were referred.' },
      ],
      added: [],
      removed: [],
    });
    // The engaged share's true value (44 of 53) is in no note of the release.
    expect(JSON.stringify(result?.release)).not.toMatch(/44|83%/);
  });

  test('without version 1 the same data show the engaged share', () => {
    const { result, lines } = run('  reason: First release.\n');
    expect(lines).toEqual([]);
    expect(result?.figures.map((figure) => figure.text.inline)).toEqual(['53', '83% (44 of 53)']);
    expect(result?.release?.changes).toBeNull();
  });

  test('a changed figure with no reason is an error naming it and the previous version; a reason for one that did not change is a warning', () => {
    const { lines, warnings } = run(`${PREVIOUS}  changes:\n    - figure: referred\n      reason: More referrals.\n    - figure: reoffenders\n      reason: Typo.\n`, {
      'data/demo/releases/1/figures.json': version1(50),
    });
    expect(lines).toEqual([
      'data/demo/evaluation.yaml:release.changes — 1 figure changed since version 1 with no reason given (engaged) — a reason for each, under release.changes (figure: <id or indicator id>, reason: …), or one release.reason for every change (docs/releases.md)',
    ]);
    expect(warnings).toEqual([
      'data/demo/evaluation.yaml:release.changes[1].figure — a reason for "reoffenders", which did not change since version 1 — reasons only for figures whose published value changed, was added or was removed (check the id), or release.previous naming the previous release',
    ]);
  });

  test('when at least 5 new clients are on each side, nothing is pinned and nothing is hidden', () => {
    // Version 1: 40 referred, 35 engaged (5 not). Version 2: 53, 43 (10 not): 13 new clients, 8 engaged, 5 not.
    const { result, lines } = run(`${PREVIOUS}  reason: More clients.\n`, { 'data/demo/releases/1/figures.json': version1(40, { numerator: 35 }) }, clients(53, 43));
    expect(lines).toEqual([]);
    expect(result?.figures.map((figure) => figure.text.inline)).toEqual(['53', '81% (43 of 53)']);
  });

  test("a count version 1 showed exactly that pins version 2's protected count fails the build, naming the figure and version 1 and no value", () => {
    // Version 1 (threshold 3) showed 4 referred; version 2 has 4, "fewer than 5": a cohort that only grew has exactly 4.
    const previous = JSON.stringify({
      disclosure_threshold: 3,
      figures: [{ id: 'referred', unit: 'count', label: 'Referred', value: 4, display: '4', numerator: null, denominator: null, disclosure: null }],
    });
    const { lines } = run(`${PREVIOUS}  reason: Re-run.\n`, { 'data/demo/releases/1/figures.json': previous }, clients(4, 2));
    expect(lines).toContain(
      'data/demo/evaluation.yaml:release.previous — hidden counts that this release and version 1 together would reveal (in referred) — fewer breakdowns of the figures named, or a release when more new clients are in each group: evalsite could not hide them by secondary suppression (docs/privacy.md#two-releases)',
    );
  });
});

describe('a previous release published under a rounding preset', () => {
  // Version 1 was published under suppress-1-7-round-5 (threshold 8, counts to the nearest 5); its
  // figures.json shows "about 50" referred and "about 40" engaged. A reader knows only that 50
  // stands for 48 to 52 and 40 for 38 to 42 (a shown count is at least 8), never the exact counts.
  const rounded = (referred: number, engaged: number) =>
    JSON.stringify({
      disclosure_threshold: 8,
      disclosure_rounding: 5,
      figures: [
        {
          id: 'referred',
          unit: 'count',
          label: 'Referred',
          value: referred,
          display: `about ${referred}`,
          rounded: 'Rounded to the nearest 5.',
          numerator: referred,
          denominator: null,
          disclosure: null,
        },
        {
          id: 'engaged',
          unit: 'percent',
          label: 'Engaged',
          value: (100 * engaged) / referred,
          display: `about ${Math.round((100 * engaged) / referred)}%`,
          rounded: 'Counts rounded to the nearest 5; the percentage is worked out from the rounded counts.',
          numerator: engaged,
          denominator: referred,
          disclosure: null,
        },
      ],
    });

  test('its rounded counts are read as the ranges they stand for: this release pinning a count of the new clients is caught', () => {
    // Version 2 (suppress-below-5, exact): 50 referred, 38 engaged, so 12 not. With version 1:
    // engaged then was 38 to 42, and a cohort that only grew has at most 38 now, so exactly 38
    // then, and the new clients' engaged count is 38 − 38 = 0: pinned, and below 5. (Referred
    // then was 48 to 52, so 0 to 2 new clients.) Read as exact, "about 40" would say engaged
    // fell from 40 to 38, and the count would be left out of the comparison, unprotected.
    // So version 2's engaged share is hidden: a reader then knows only that it is 38 to 40
    // (38 or more as it only grew; and 12 not engaged now, at least the 10 to 12 of version 1).
    const { result, lines } = run(`${PREVIOUS}  reason: Two more clients.\n`, { 'data/demo/releases/1/figures.json': rounded(50, 40) }, clients(50, 38));
    expect(lines).toEqual([]);
    expect(result?.figures.find((figure) => figure.id === 'engaged')?.text.inline).toBe('not shown');
    // Without version 1 the same data show it.
    expect(run('  reason: First.\n', {}, clients(50, 38)).result?.figures.find((figure) => figure.id === 'engaged')?.text.inline).toBe('76% (38 of 50)');
  });

  test('counts that only rounding makes look different are no disclosure and no contradiction', () => {
    // Version 1 showed "about 50" referred (48 to 52) and "about 45" engaged (43 to 47). Read as
    // exact, it had 50 − 45 = 5 not engaged, fewer than its threshold of 8 and pinned: a false
    // alarm, as its true not engaged (between 1 and 9) is unknown. Version 2: 60 referred, 50
    // engaged: 8 to 12 new clients, of whom 3 to 7 engaged; nothing pinned, nothing hidden.
    const { result, lines } = run(`${PREVIOUS}  reason: More clients.\n`, { 'data/demo/releases/1/figures.json': rounded(50, 45) }, clients(60, 50));
    expect(lines).toEqual([]);
    expect(result?.figures.map((figure) => figure.text.inline)).toEqual(['60', '83% (50 of 60)']);
  });
});

describe('a previous release that cannot be reasoned about beside this one', () => {
  test('figures that contradict each other (50 referred, but engaged 42 of 40): the audit cannot finish, and the error names the previous version', () => {
    const { lines } = run(`${PREVIOUS}  reason: More clients.\n`, { 'data/demo/releases/1/figures.json': version1(50, { denominator: 40 }) });
    expect(lines).toEqual([
      'data/demo/evaluation.yaml:release.previous — a disclosure audit of this release beside version 1 that could not finish — a previous release whose figures agree with each other and with this release as the same clients and more: check that release.previous names the release just before this one and that its figures.json is as published, or report this as a fault in evalsite (nothing was published)',
    ]);
  });
});

describe("the previous release's file", () => {
  test('missing: located at the manifest field naming it', () => {
    expect(run(PREVIOUS).lines).toEqual([
      "data/demo/evaluation.yaml:release.previous.file — no previous release's figures at releases/1/figures.json — the figures.json of the previous release, copied into the evaluation's data folder (npm run release -- <evaluation> keeps it; docs/releases.md)",
    ]);
  });

  test("a protected figure's text that disclosure control never writes, and text that is not JSON, are named by field, never quoted", () => {
    const edited = run(PREVIOUS, { 'data/demo/releases/1/figures.json': version1(50, { disclosure: { treatment: 'suppressed' }, display: 'Jane Smith 42' }) });
    expect(edited.lines).toEqual([
      'data/demo/releases/1/figures.json:figures[1].display — a previous release\'s figures that evalsite cannot read — the text disclosure control shows for a protected figure ("fewer than 5", "not shown", "over 95%"…); keep the figures.json exactly as the release published it',
    ]);
    const mistyped = run(PREVIOUS, { 'data/demo/releases/1/figures.json': version1(50, { numerator: 'Jane' }) });
    expect(mistyped.lines).toEqual([
      "data/demo/releases/1/figures.json:figures[1].numerator — a previous release's figures that evalsite cannot read — number here, as a figures.json built by evalsite has; keep the figures.json exactly as the release published it",
    ]);
    const broken = run(PREVIOUS, { 'data/demo/releases/1/figures.json': '{"figures": [Jane Smith' });
    expect(broken.lines).toEqual([
      "data/demo/releases/1/figures.json — a previous release's figures that evalsite cannot read — the figures.json of a release built by evalsite: this is not JSON; keep the figures.json exactly as the release published it",
    ]);
    expect([...edited.lines, ...mistyped.lines, ...broken.lines].join('\n')).not.toMatch(/Jane|Smith|42/);
  });

  test('a path out of the data folder is refused by the manifest', () => {
    const { lines } = run('  previous:\n    version: "1"\n    file: ../other/figures.json\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^data\/demo\/evaluation\.yaml:\d+:release\.previous\.file — /);
  });
});

describe('release notes', () => {
  test('the revisions note and confidentiality statement come from the manifest; a completed Code of Practice statement is published', () => {
    const { result, lines } = run(
      `  reason: First.\n  revisions_policy: We publish a new release each April.\n  code_of_practice: |\n    Demo Trust applies the Code voluntarily.\n\n    We publish our methods.\n`,
    );
    expect(lines).toEqual([]);
    expect(result?.release?.statements).toEqual({
      revisions: [
        'This is version 2 of this evaluation, published on 2015-03-01. It is the first release.',
        'Figures are revised only in a new release, never silently: when an error is found after publication, a corrected release is published, and the figures it corrects are listed here with their previous values and the reason.',
        'We publish a new release each April.',
      ],
      confidentiality: [
        'Demo Trust publishes only counts and figures about groups of people, never a record about a person. Every count of fewer than 5 people is withheld or shown as a range, and an audit checks that no hidden count can be worked out from the figures that are shown. Client identifiers are never published. The methodology page describes the rules.',
      ],
      codeOfPractice: ['Demo Trust applies the Code voluntarily.', 'We publish our methods.'],
    });
  });

  test('the notes are text the author writes, scanned for identifiers like the rest of the manifest', () => {
    const { result, lines } = run('  code_of_practice: Ask jo.bloggs@example.org about these figures.\n');
    expect(result).toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^data\/demo\/evaluation\.yaml:\d+:release\.code_of_practice — text that seems to hold email addresses \(not repeated here\)/);
  });

  test("a Code of Practice statement with the template's placeholders left is an error, and nothing is published", () => {
    const { result, lines } = run('  code_of_practice: "[Organisation] applies the Code. [How you make sure of quality.]"\n');
    expect(result).toBeUndefined();
    expect(lines).toEqual([
      'data/demo/evaluation.yaml:release.code_of_practice — a Code of Practice statement with 2 placeholders left ([Organisation], [How you make sure of quality.]) — the template completed in your own words, every [bracketed] prompt replaced, or release.code_of_practice removed until it is: an incomplete statement is not published (docs/releases.md)',
    ]);
  });
});
