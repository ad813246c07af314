import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem } from '../../src/lib/index.ts';
import { alike } from '../../src/lib/datasets/categorySpellings.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { DEMO_FILES, demoManifestWith } from '../support/memoryProject.ts';

// Issue 16, item 4: warnings for likely mistakes in the datasets, each located, never quoting a
// cell. The demo (test/support/memoryProject.ts): period 1 January to 31 December 2014; clients
// C001 (row 2, started 3 February 2014), C002 (row 3, 10 March 2014), C003 (row 4, no start
// date); contacts of C001 and C002; assessments of C001 (rows 2 and 3, Motivation).

/** The warnings of the demo with some files replaced, as printed (without "warning: "). */
function warnings(changes: Readonly<Record<string, string>>): string[] {
  const built = buildEvaluation('demo', memoryEffects({ ...DEMO_FILES, ...changes }));
  expect(built.problems.map(formatProblem)).toEqual([]);
  return built.warnings.map(formatProblem);
}
const only = (code: string, lines: readonly string[]) => lines.filter((line) => line.includes(code));

describe('the demo as it is', () => {
  test('has none of these warnings', () => {
    // C003 has no start date but no assessment either; Male and Female are not one name spelled two ways.
    expect(warnings({}).filter((line) => /outside the evaluation period|but no start date|a letter or two|as percentages do/.test(line))).toEqual([]);
  });
});

describe('a date outside the evaluation period', () => {
  test('two starts before it: one warning, at the first, counting both; the dates are not printed', () => {
    // C002 now starts 10 December 2013 and C003 on 5 November 2013, both before 1 January 2014.
    const lines = warnings({
      'data/demo/clients.csv': 'Client ref,Start,End,Engaged,Age,Gender\nC001,03/02/2014,30/06/2014,Yes,19,Male\nC002,10/12/2013,,Yes,31,Female\nC003,05/11/2013,,No,22,Male\n',
    });
    expect(only('outside the evaluation period', lines)).toEqual([
      'data/demo/clients.csv:3:Start — 2 dates in this column, the first on this row, outside the evaluation period (1 January 2014 to 31 December 2014) — dates within the period: check the year, and that day and month are read the right way round (format.date); if the export is wider than the evaluation, keep only its period, or widen period in evaluation.yaml',
    ]);
    expect(lines.join('\n')).not.toMatch(/2013|10\/12|05\/11/);
  });

  test('an assessment after it, alone: "a date"', () => {
    // C001's second review on 15 January 2015, after 31 December 2014 (row 3 of the assessments).
    const lines = warnings({
      'data/demo/evaluation.yaml': demoManifestWith('as_of: 2014-12-31', 'as_of: 2015-03-31'),
      'data/demo/assessments.csv': 'client_id,review,date,domain,score\nC001,1,03/02/2014,Motivation,4\nC001,2,15/01/2015,Motivation,7\n',
    });
    expect(only('outside the evaluation period', lines)).toEqual([
      expect.stringMatching(/^data\/demo\/assessments\.csv:3:date — a date outside the evaluation period \(1 January 2014 to 31 December 2014\) — /),
    ]);
  });
});

describe('a client reviewed but with no start date', () => {
  test('C003, assessed but with no start, while C001 and C002 have one: at C003’s row of the clients file', () => {
    const lines = warnings({ 'data/demo/assessments.csv': 'client_id,review,date,domain,score\nC001,1,03/02/2014,Motivation,4\nC001,2,30/06/2014,Motivation,7\nC003,1,,Motivation,5\n' });
    expect(only('but no start date', lines)).toEqual([
      'data/demo/clients.csv:4:Start — a client with assessments or outcome statuses but no start date, while other clients have one — the start date of everyone reviewed: without it they are left out of every figure that needs a start (how long they engaged, offending before and after)',
    ]);
  });

  test('not when the file gives nobody a start date', () => {
    const lines = warnings({
      'data/demo/clients.csv': 'Client ref,Start,End,Engaged,Age,Gender\nC001,,,Yes,19,Male\nC002,,,Yes,31,Female\nC003,,,No,22,Male\n',
      'data/demo/assessments.csv': 'client_id,review,date,domain,score\nC001,1,03/02/2014,Motivation,4\nC001,2,30/06/2014,Motivation,7\nC003,1,,Motivation,5\n',
    });
    expect(only('but no start date', lines)).toEqual([]);
  });
});

describe('a category spelled two ways', () => {
  test('"Motivaton" beside "Motivation": at the first row of the second spelling, naming the first row of the other, quoting neither', () => {
    // Rows 2 and 3: Motivation; row 4: Motivaton (one letter left out of a 10-letter word).
    const lines = warnings({ 'data/demo/assessments.csv': 'client_id,review,date,domain,score\nC001,1,03/02/2014,Motivation,4\nC001,2,30/06/2014,Motivation,7\nC001,1,03/02/2014,Motivaton,5\n' });
    expect(only('a letter or two', lines)).toEqual([
      'data/demo/assessments.csv:4:domain — a name that differs from the one on row 2 only by a letter or two, or by its spacing or punctuation, so it makes a group of its own — one spelling of each category throughout the column (the two are counted as two groups), or both kept if they are truly different',
    ]);
    expect(lines.join('\n')).not.toContain('Motivaton');
  });

  test('a client attribute: "Woman" beside "Women", by the attribute’s header', () => {
    const lines = warnings({ 'data/demo/clients.csv': 'Client ref,Start,End,Engaged,Age,Gender\nC001,03/02/2014,30/06/2014,Yes,19,Women\nC002,10/03/2014,,Yes,31,Woman\nC003,,,No,22,Men\n' });
    expect(only('a letter or two', lines)).toEqual([expect.stringMatching(/^data\/demo\/clients\.csv:3:Gender — a name that differs from the one on row 2 only by a letter or two/)]);
  });

  test('which names look alike', () => {
    // One letter in a word of 5 or more; two in a word of 9 or more; spacing and punctuation alone.
    expect(alike('accomodation', 'accommodation')).toBe(true);
    expect(alike('women', 'woman')).toBe(true);
    expect(alike('thinking-and-behaviour', 'thinking-and-behavior')).toBe(true);
    expect(alike('drug-misuse', 'drugmisuse')).toBe(true);
    expect(alike('relationships', 'relatoinships')).toBe(true); // two letters swapped: one edit
    expect(alike('accommodation', 'acommodaton')).toBe(true); // two edits in 13 letters
    // Different names, however close: short words, numbers, letters, more than one word changed.
    expect(alike('male', 'female')).toBe(false);
    expect(alike('drug', 'drugs')).toBe(false);
    expect(alike('wave-1', 'wave-2')).toBe(false);
    expect(alike('group-a', 'group-b')).toBe(false);
    expect(alike('agree', 'disagree')).toBe(false);
    expect(alike('strongly-agree', 'strongly-disagree')).toBe(false);
    expect(alike('health', 'wealth-and-money')).toBe(false);
    expect(alike('finance', 'fiance')).toBe(true); // one letter in 6: a likely slip, so a warning to read
  });
});

describe('counts that look like percentages', () => {
  // A published-aggregates file, with the label and definition every published indicator needs.
  const manifest = `${demoManifestWith('  assessments:\n', '  indicators:\n    file: published.csv\n  assessments:\n')}  - id: referrals\n    label: Referrals\n    definition: People referred to the service.\n`;
  test('groups adding up to 100 under a total of 160: at the first group row', () => {
    // Referrals: 160 in all; by group 62 + 38 = 100, the shares copied as counts.
    const lines = warnings({
      'data/demo/evaluation.yaml': manifest,
      'data/demo/published.csv': 'indicator,group,numerator,denominator,value,unit,bound\nreferrals,,160,,,count,\nreferrals,Women,62,,,count,\nreferrals,Men,38,,,count,\n',
    });
    expect(only('as percentages do', lines)).toEqual([
      'data/demo/published.csv:3:numerator — counts by group (rows 3, 4) that add up to about 100, as percentages do, while their total does not — counts of people (or events) in a count row; a percentage as its own row with unit percent, with its numerator and denominator if you have them',
    ]);
  });

  test('not when the total is 100 too, nor when the groups add up to something else', () => {
    const hundred = warnings({
      'data/demo/evaluation.yaml': manifest,
      'data/demo/published.csv': 'indicator,group,numerator,denominator,value,unit,bound\nreferrals,,100,,,count,\nreferrals,Women,62,,,count,\nreferrals,Men,38,,,count,\n',
    });
    // 101 + 59 = 160: counts, whatever the total.
    const counts = warnings({
      'data/demo/evaluation.yaml': manifest,
      'data/demo/published.csv': 'indicator,group,numerator,denominator,value,unit,bound\nreferrals,,160,,,count,\nreferrals,Women,101,,,count,\nreferrals,Men,59,,,count,\n',
    });
    expect([...only('as percentages do', hundred), ...only('as percentages do', counts)]).toEqual([]);
  });
});
