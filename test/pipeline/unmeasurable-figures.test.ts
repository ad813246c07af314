import { describe, expect, test } from 'vitest';
import { demoManifestWith, runDemo } from '../support/memoryProject.ts';

// Issue 12, item 4: a figure whose defining data are absent is left out, never published as 0%.
const WITH_OFFENCES = demoManifestWith('  assessments:\n', '  offences:\n    file: offences.csv\n  assessments:\n');
const WITH_GRAVITY = demoManifestWith('  assessments:\n', '  offences:\n    file: offences.csv\n    gravity: { min: 1, max: 8 }\n  assessments:\n');

// The demo's as-of date is 31 Dec 2014. C001 started 3 Feb 2014 (331 days of follow-up), C002 on
// 10 Mar 2014 (296 days): both past the default six months, so both are compared.
// C001: one offence before (1 Jun 2013) in the 1,096 days before start, 0.333 a year; one after
//   (1 May 2014) in 331 days, 1.10 a year: more often, so not reduced.
// C002: one offence before (1 Jan 2013), none after: reduced, and (no offence after) less serious
//   whenever a gravity before is known.
const OFFENCES = ['01/06/2013', '01/05/2014', '01/01/2013'];
const CLIENTS = ['C001', 'C001', 'C002'];

function offencesCsv(gravities: readonly string[] | null): string {
  const header = gravities ? 'client_id,date,offence_type,gravity' : 'client_id,date,offence_type';
  const rows = OFFENCES.map((date, i) => `${CLIENTS[i]},${date},Theft${gravities ? `,${gravities[i]}` : ''}`);
  return `${header}\n${rows.join('\n')}\n`;
}

describe('seriousness figures need a gravity', () => {
  test('an offences file with no gravity column publishes no seriousness figure, and the frequency figures still', () => {
    const { lines, figures } = runDemo({ 'data/demo/evaluation.yaml': WITH_OFFENCES, 'data/demo/offences.csv': offencesCsv(null) });
    expect(lines).toEqual([]);
    expect(figures.get('compared-before-after')).toEqual({ numerator: 2, denominator: null });
    expect(figures.get('reduced-frequency')).toEqual({ numerator: 1, denominator: 2 });
    expect(figures.has('reduced-frequency-and-seriousness')).toBe(false);
    expect(figures.has('gravity-before')).toBe(false);
    expect(figures.has('gravity-after')).toBe(false);
    expect([...figures.keys()].filter((id) => id.startsWith('reduced-frequency-and-seriousness'))).toEqual([]);
  });

  test('a gravity column with every cell blank is the same as none', () => {
    const { lines, figures } = runDemo({ 'data/demo/evaluation.yaml': WITH_GRAVITY, 'data/demo/offences.csv': offencesCsv(['', '', '']) });
    expect(lines).toEqual([]);
    expect(figures.get('reduced-frequency')).toEqual({ numerator: 1, denominator: 2 });
    expect(figures.has('reduced-frequency-and-seriousness')).toBe(false);
  });

  test('with gravities recorded, "reduced both" is published over the compared clients', () => {
    // C001 gravity 3 before, 5 after; C002 gravity 4 before, none after. Only C002 reduced both: 1 of 2.
    // Gravity before: (3 + 4) / 2 = 3.5 over 2 clients; after: 5 over C001 alone.
    const { lines, figures } = runDemo({ 'data/demo/evaluation.yaml': WITH_GRAVITY, 'data/demo/offences.csv': offencesCsv(['3', '5', '4']) });
    expect(lines).toEqual([]);
    expect(figures.get('reduced-frequency-and-seriousness')).toEqual({ numerator: 1, denominator: 2 });
    expect(figures.get('gravity-before')).toMatchObject({ denominator: 2 });
    expect(figures.get('gravity-after')).toMatchObject({ denominator: 1 });
  });
});

describe('re-offending windows need follow-up', () => {
  test('a window nobody has been followed up for publishes no rate and no offence count, only how many are waiting', () => {
    // As of 31 Dec 2014, C001 (3 Feb) and C002 (10 Mar) have passed 3 and 6 months but not 12.
    // C001's offence on 1 May 2014 falls in both windows; C002 has none after start: 1 of 2, 1 offence.
    const { lines, figures } = runDemo({ 'data/demo/evaluation.yaml': WITH_OFFENCES, 'data/demo/offences.csv': offencesCsv(null) });
    expect(lines).toEqual([]);
    expect(figures.get('reoffended-within-3-months')).toEqual({ numerator: 1, denominator: 2 });
    expect(figures.get('reoffences-within-6-months')).toEqual({ numerator: 1, denominator: null });
    expect(figures.get('not-yet-eligible-12-months')).toEqual({ numerator: 2, denominator: null });
    expect(figures.has('reoffended-within-12-months')).toBe(false);
    expect(figures.has('reoffences-within-12-months')).toBe(false);
  });
});

describe('distance travelled needs two reviews', () => {
  test('a domain where nobody has a second review publishes the review-1 scores but no change', () => {
    const { lines, figures } = runDemo({ 'data/demo/assessments.csv': 'client_id,review,date,domain,score\nC001,1,03/02/2014,Motivation,4\nC002,1,10/03/2014,Motivation,7\n' });
    expect(lines).toEqual([]);
    expect(figures.get('assessed[domain=motivation,review=1]')).toEqual({ numerator: 2, denominator: null });
    const changeIds = [...figures.keys()].filter((id) => /^(score-change-mean|sign-test-|improved|maintained|deteriorated|reviewed)/.test(id));
    expect(changeIds).toEqual([]);
  });
});
