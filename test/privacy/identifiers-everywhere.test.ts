import { describe, expect, test } from 'vitest';
import { buildSite, formatProblem } from '../../src/lib/index.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { DEMO_FILES, demoManifestWith, runDemo } from '../support/memoryProject.ts';
import { nhsNumber } from './identifierCorpus.ts';

// Identifiers planted in each place text enters the site, in the shapes issue 11 found missed.
// Each must stop the data step with a located problem that never repeats the value.

const TEXT_EXPECTED = 'no personal details in what is published: leave them out, or change them so they point to no one (docs/privacy.md)';
const COLUMN_EXPECTED = 'no identifying data in the export: remove the column, or, if it is safe, waive it under privacy.waivers with the reason (docs/privacy.md)';

/** Every line, and that none of them holds any of `secrets`. */
function linesWithout(lines: readonly string[], secrets: readonly string[]): readonly string[] {
  for (const secret of secrets) expect(lines.join('\n'), secret).not.toContain(secret);
  return lines;
}

describe('identifiers in datasets, in the shapes a spreadsheet writes', () => {
  test('an NHS number with thousands separators in the age column (read as a number) is caught', () => {
    const nhs = nhsNumber('999000001', ',', { thousands: true }); // 9,990,000,018
    const lines = runDemo({
      'data/demo/clients.csv': `Client ref,Start,End,Engaged,Age,Gender\nC001,03/02/2014,30/06/2014,Yes,19,Male\nC002,10/03/2014,,Yes,"${nhs}",Female\nC003,,,No,22,Male\n`,
    }).lines;
    // The typed value may still be echoed by the age range check; keeping it out is the errors work of issue 11, not the scan's.
    expect(linesWithout(lines, [nhs])).toContain(`data/demo/clients.csv:3:Age — a column that seems to hold NHS or CHI numbers (rule nhs-number, on row 3) — ${COLUMN_EXPECTED}`);
  });

  test('dates of birth written as Excel date-times in an attribute column whose header says nothing of birth are caught', () => {
    const manifest = demoManifestWith('      gender: Gender\n', '      gender: Gender\n      group: Group\n');
    const clients =
      'Client ref,Start,End,Engaged,Age,Gender,Group\nC001,03/02/2014,30/06/2014,Yes,19,Male,04/03/1985 00:00\nC002,10/03/2014,,Yes,31,Female,01/11/1990 00:00\nC003,,,No,22,Male,05/06/1972 00:00\n';
    // At 1 January 2014 (the period start): 28, 23 and 41, on three different days.
    const lines = runDemo({ 'data/demo/evaluation.yaml': manifest, 'data/demo/clients.csv': clients }).lines;
    expect(linesWithout(lines, ['1985', '1990', '1972'])).toContain(
      `data/demo/clients.csv:2:Group — a column that seems to hold dates of birth (rule date-of-birth, on rows 2, 3, 4) — ${COLUMN_EXPECTED}`,
    );
  });

  test('a lower-case postcode inside a label of a published aggregate is caught', () => {
    // The demo manifest ends with its indicators list: one more entry, for the published figure.
    const manifest = `${DEMO_FILES['data/demo/evaluation.yaml'] ?? ''}  - id: housed\n    label: Housed\n    definition: Clients housed.\n`;
    const withIndicators = manifest.replace('  assessments:\n', '  indicators:\n    file: published.csv\n  assessments:\n');
    const lines = runDemo({ 'data/demo/evaluation.yaml': withIndicators, 'data/demo/published.csv': 'indicator,group,value,unit\nhoused,lives at m1 1ae,12,count\n' }).lines;
    expect(linesWithout(lines, ['m1 1ae'])).toContain(`data/demo/published.csv:2:group — a column that seems to hold full postcodes (rule postcode, on row 2) — ${COLUMN_EXPECTED}`);
  });

  test('costs and national denominators in a published-aggregates file are not read as dates of birth', () => {
    // 5234, 12876 and 31245 would be 1914, 1935 and 1985 as spreadsheet serials.
    const manifest = `${DEMO_FILES['data/demo/evaluation.yaml'] ?? ''}  - id: cost\n    label: Cost\n    definition: Cost per client.\n`.replace(
      '  assessments:\n',
      '  indicators:\n    file: published.csv\n  assessments:\n',
    );
    const published = 'indicator,group,numerator,value,unit\ncost,Men,,5234,gbp\ncost,Women,,12876,gbp\ncost,All,,31245,gbp\n';
    expect(runDemo({ 'data/demo/evaluation.yaml': manifest, 'data/demo/published.csv': published }).lines.filter((line) => line.includes('date-of-birth'))).toEqual([]);
  });
});

describe('identifiers in what the author writes', () => {
  test('an email address in the manifest title', () => {
    const lines = runDemo({ 'data/demo/evaluation.yaml': demoManifestWith('title: Demo evaluation', 'title: Demo evaluation (sam@example.org)') }).lines;
    expect(linesWithout(lines, ['sam@example.org'])).toEqual([`data/demo/evaluation.yaml:1:title — text that seems to hold email addresses (not repeated here) — ${TEXT_EXPECTED}`]);
  });

  test('a phone number with dots in the manifest summary, and a date of birth in a source title', () => {
    const manifest = demoManifestWith('summary: A demonstration.', 'summary: A demonstration. Questions to 0161.496.0000.\nsources:\n  - title: "Case file: born 4 March 1985"\n    year: 2014');
    const lines = runDemo({ 'data/demo/evaluation.yaml': manifest }).lines;
    // MINIMAL_MANIFEST: title is line 1 … summary line 13; sources line 14, its first title line 15.
    expect(linesWithout(lines, ['0161.496.0000', '4 March 1985'])).toEqual([
      `data/demo/evaluation.yaml:13:summary — text that seems to hold phone numbers (not repeated here) — ${TEXT_EXPECTED}`,
      `data/demo/evaluation.yaml:15:sources[0].title — text that seems to hold dates of birth (not repeated here) — ${TEXT_EXPECTED}`,
    ]);
  });

  test('an NHS number in the MDX narrative and a postcode in its front matter', () => {
    const nhs = nhsNumber('999123457', '.');
    const mdx = `---\ntitle: seen at ls1 4ap\n---\n# Summary\n\n<Indicator id="engaged" /> engaged.\n\nOne client (NHS ${nhs}) was referred twice.\n`;
    const lines = runDemo({ 'content/demo/summary.mdx': mdx }).lines;
    expect(linesWithout(lines, [nhs, 'ls1 4ap'])).toEqual([
      `content/demo/summary.mdx:2 — text that seems to hold full postcodes (not repeated here) — ${TEXT_EXPECTED}`,
      `content/demo/summary.mdx:8 — text that seems to hold NHS or CHI numbers (not repeated here) — ${TEXT_EXPECTED}`,
    ]);
  });

  test('an email address in theory-of-change text, whatever else is wrong with the file', () => {
    const toc = 'title: How mentoring works\ncolumns:\n  - heading: Inputs\n    nodes:\n      - id: mentors\n        label: Mentors\n        description: Ask jo@example.org\n';
    const lines = runDemo({ 'content/demo/theory-of-change.yaml': toc }).lines;
    expect(linesWithout(lines, ['jo@example.org'])).toContain(
      `content/demo/theory-of-change.yaml:7:columns[0].nodes[0].description — text that seems to hold email addresses (not repeated here) — ${TEXT_EXPECTED}`,
    );
  });

  test('a phone number with an international prefix and dots in journey text', () => {
    const journey = [
      'title: A composite story',
      'pseudonym: Sam',
      'composite: true',
      'intro: Call +44 7700.900.123 for more.',
      'cast:',
      '  - { id: sam, role: client, name: Sam, appearance: { skin: 3, hair: short } }',
      'panels:',
      '  - scene: cafe',
      '    characters: [{ id: sam }]',
      '    balloons: [{ speaker: sam, text: Hello. }]',
      '',
    ].join('\n');
    const lines = runDemo({ 'content/demo/journeys/story.yaml': journey }).lines;
    expect(linesWithout(lines, ['7700'])).toContain(
      'content/demo/journeys/story.yaml:4:intro — text that seems to hold phone numbers (not repeated here) — no identifying details in a story: leave them out, or change them so they point to no one',
    );
  });

  test('a file name under public/ that holds a phone number fails the site, located by folder and place', () => {
    const effects = memoryEffects({ ...DEMO_FILES, 'public/favicon.svg': '<svg/>', 'public/photos/07700_900123.jpg': 'x' });
    const { problems, site } = buildSite(['demo'], effects);
    expect(site).toBeUndefined();
    expect(linesWithout(problems.map(formatProblem), ['07700', '900123'])).toEqual([
      'public/photos — a file or folder name that seems to hold phone numbers (entry 1 of 1 in this folder, in name order; not repeated here) — a name that points to no one: files under public/ are published under their own names, and the folders of an evaluation and its journey files name their pages, so rename the file or folder (and any reference to it)',
    ]);
  });

  test('an evaluation folder and a journey file named with identifiers fail the site: both become page addresses', () => {
    const nhs = nhsNumber('999000001', ''); // 9990000018
    const renamed: Record<string, string> = {};
    for (const [path, text] of Object.entries(DEMO_FILES)) if (typeof text === 'string') renamed[path.replace(/^(data|content)\/demo\//, `$1/${nhs}/`)] = text;
    const effects = memoryEffects({ ...renamed, [`content/${nhs}/journeys/07700-900123.yaml`]: 'title: A story\n' });
    const { problems, site } = buildSite([nhs], effects);
    expect(site).toBeUndefined();
    const lines = linesWithout(problems.map(formatProblem), [nhs, '07700', '900123']);
    expect(lines.filter((line) => line.includes('a file or folder name that seems to hold'))).toEqual([
      'content — a file or folder name that seems to hold NHS or CHI numbers (entry 1 of 1 in this folder, in name order; not repeated here) — a name that points to no one: files under public/ are published under their own names, and the folders of an evaluation and its journey files name their pages, so rename the file or folder (and any reference to it)',
      // The evaluation's folder is itself the identifier, so a path through it is not printed either.
      'content/(a name not repeated here)/journeys — a file or folder name that seems to hold phone numbers (entry 1 of 1 in this folder, in name order; not repeated here) — a name that points to no one: files under public/ are published under their own names, and the folders of an evaluation and its journey files name their pages, so rename the file or folder (and any reference to it)',
      'data — a file or folder name that seems to hold NHS or CHI numbers (entry 1 of 1 in this folder, in name order; not repeated here) — a name that points to no one: files under public/ are published under their own names, and the folders of an evaluation and its journey files name their pages, so rename the file or folder (and any reference to it)',
    ]);
  });

  test('the demo as it is has none of these problems', () => {
    expect(runDemo().lines).toEqual([]);
  });
});
