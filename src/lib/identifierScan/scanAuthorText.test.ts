import { describe, expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { scanFileNames, scanTextLines, scanYamlText } from './scanAuthorText.ts';
import { textIdentifierRules } from './textIdentifierRules.ts';

const lines = (problems: ReturnType<typeof scanTextLines>) => problems.map(formatProblem);
const EXPECTED = 'no personal details in what is published: leave them out, or change them so they point to no one (docs/privacy.md)';

describe('textIdentifierRules(text): the rules for what authors write', () => {
  test.each<[string, string[]]>([
    ['Contact sam@example.org for details', ['email']],
    ['Call 0161.496.0000 or +44 7700 900123', ['phone']],
    ['Based at m1 1ae', ['postcode']],
    ['NHS number 999.000.0018', ['nhs-number']], // 999 000 001 → check 8 (checkDigits.test.ts)
    ['NI ab 12 34 56 c', ['nino']],
    ['PNC 2012/0123456Y', ['pnc-id']], // 12/0123456 → Y (checkDigits.test.ts)
    ['CRO 123456/08M', ['cro-number']],
    ['Released as A1234BC', ['prison-number']],
    ['Case X123456 closed', ['probation-crn']],
    ['Lives at 14 Oak Tree Close', ['address']],
    ['She was born on 4 March 1985.', ['date-of-birth']],
    ['Date of birth: 04/03/1985', ['date-of-birth']],
    ['DOB 1985-03-04', ['date-of-birth']],
    ['Born on the 4th of March 1985', ['date-of-birth']],
    ['Write to sam\u200b@example.org', ['email']], // an invisible character does not hide it
  ])('%j: %j', (text, rules) => expect(textIdentifierRules(text)).toEqual(rules));

  test.each([
    'Sarah Jones met Lee every week.', // names: pseudonyms in stories look like names by design
    'The service began on 4 March 2013.', // a full date with no word of birth
    'Births, deaths and marriages are not in scope; the year 1985 is.', // a birth word with no full date
    'Peer mentors worked inside an Integrated Offender Management team for eighteen months.',
    '88% of 36 agreed (see the methodology page).',
    'https://www.gov.uk/government/statistics/proven-reoffending-statistics-october-2012-to-september-2013',
    'Between 2013-12-01 and 2015-05-31, 143 people were referred.',
  ])('%j: nothing', (text) => expect(textIdentifierRules(text)).toEqual([]));
});

describe('scanYamlText(file, text, skip)', () => {
  test('every string, at its line and field path, naming the kind of identifier and never the value', () => {
    const yaml = [
      'title: Mentoring in Leeds (contact sam@example.org)',
      'sources:',
      '  - title: A report',
      '    publisher: Rang 07700 900123',
      'authors: [A. Author, "b.author@example.org"]',
      '',
    ].join('\n');
    expect(lines(scanYamlText('data/demo/evaluation.yaml', yaml))).toEqual([
      `data/demo/evaluation.yaml:1:title — text that seems to hold email addresses (not repeated here) — ${EXPECTED}`,
      `data/demo/evaluation.yaml:4:sources[0].publisher — text that seems to hold phone numbers (not repeated here) — ${EXPECTED}`,
      `data/demo/evaluation.yaml:5:authors[1] — text that seems to hold email addresses (not repeated here) — ${EXPECTED}`,
    ]);
  });

  test('numbers are scanned as written: an unquoted phone or NHS number is a number to YAML', () => {
    const yaml = 'version: 1\nphone: 07700900123\nhealth: 9990000018\nyear: 2014\n'; // 999 000 001 → 8
    expect(scanYamlText('f.yaml', yaml).map((problem) => [problem.row, problem.column, problem.found])).toEqual([
      [2, 'phone', 'text that seems to hold phone numbers (not repeated here)'],
      [3, 'health', 'text that seems to hold NHS or CHI numbers (not repeated here)'],
    ]);
  });

  test('block scalars are scanned, reported at their first line', () => {
    const yaml = 'summary: >-\n  Peer mentors worked with people\n  living at 14 Oak Tree Close.\n';
    expect(scanYamlText('f.yaml', yaml).map((problem) => [problem.row, problem.column, problem.found])).toEqual([[1, 'summary', 'text that seems to hold street addresses (not repeated here)']]);
  });

  test('skipped keys (ids) are not scanned, wherever they are', () => {
    const yaml = 'privacy:\n  case_studies:\n    - { pseudonym: Lee, consent: CS-1, client_id: A1234BC }\n';
    expect(scanYamlText('f.yaml', yaml, new Set(['client_id']))).toEqual([]);
    expect(scanYamlText('f.yaml', yaml).map((problem) => problem.column)).toEqual(['privacy.case_studies[0].client_id']);
  });

  test('a file that does not fit any schema is scanned all the same; aliases are not followed', () => {
    const yaml = 'anchor: &a "x@example.org"\nother: *a\nlist: [1, 2, {deep: [[0161 496 0000]]}]\n';
    expect(scanYamlText('f.yaml', yaml).map((problem) => [problem.row, problem.column])).toEqual([
      [1, 'anchor'],
      [3, 'list[2].deep[0][0]'],
    ]);
  });
});

describe('scanTextLines(file, text)', () => {
  test('reports each line, front matter included, and never the value', () => {
    const mdx = ['---', 'title: Contact sam@example.org', '---', '', '# Summary', '', 'Most people (88%) agreed.', '', 'Write to [us](mailto:team@example.org).', ''].join('\n');
    const found = lines(scanTextLines('content/demo/summary.mdx', mdx));
    expect(found).toEqual([
      `content/demo/summary.mdx:2 — text that seems to hold email addresses (not repeated here) — ${EXPECTED}`,
      `content/demo/summary.mdx:9 — text that seems to hold email addresses (not repeated here) — ${EXPECTED}`,
    ]);
    expect(found.join('\n')).not.toContain('example.org');
  });

  test('an identifier broken over a line end is found, at its first line', () => {
    expect(scanTextLines('s.mdx', 'Ring him on 07700\n900123 any time.\n').map((problem) => problem.row)).toEqual([1]);
  });

  test('names in the narrative are not reported', () => {
    expect(scanTextLines('s.mdx', 'Lee met Sarah Jones, his mentor, every week.\n')).toEqual([]);
  });
});

describe('scanFileNames(paths)', () => {
  const EXPECTED_NAME =
    'a name that points to no one: files under public/ are published under their own names, and the folders of an evaluation and its journey files name their pages, so rename the file or folder (and any reference to it)';

  test('names that hold identifiers, with _ read as a space and the extension left out, located by folder and place, never by name', () => {
    const found = scanFileNames([
      'public/favicon.svg',
      'public/images/07700_900123.jpg',
      'public/images/a.png',
      'public/sam@example.org.pdf',
      'public/images/journeys/gate.png',
      'public/lee-case-study.png',
    ]);
    // public/ holds favicon.svg, images, lee-case-study.png, sam@example.org.pdf: the email is the 4th of 4.
    // public/images holds 07700_900123.jpg, a.png, journeys: the phone number is the 1st of 3.
    expect(found.map(formatProblem)).toEqual([
      `public — a file or folder name that seems to hold email addresses (entry 4 of 4 in this folder, in name order; not repeated here) — ${EXPECTED_NAME}`,
      `public/images — a file or folder name that seems to hold phone numbers (entry 1 of 3 in this folder, in name order; not repeated here) — ${EXPECTED_NAME}`,
    ]);
  });

  test('a folder whose name holds an identifier is reported once, in its parent', () => {
    const found = scanFileNames(['public/M1 1AE/plan.png', 'public/M1 1AE/photo.png']);
    expect(found.map((problem) => [problem.file, problem.found])).toEqual([
      ['public', 'a file or folder name that seems to hold full postcodes (entry 1 of 1 in this folder, in name order; not repeated here)'],
    ]);
  });
});

describe('scanTextLines: identifiers a reader sees once the Markdown is rendered', () => {
  test.each([
    ['bold inside a number', 'Call 0770**0** 900123 any time.'],
    ['an entity for the @', 'Write to jo&#64;example.org.'],
    ['a backslash escape', 'Write to jo\\@example\\.org.'],
    ['a tag inside a number', 'Call 07700 <span>900123</span>.'],
    ['a code span', 'NHS `943 476 5919` on file.'],
  ])('%s is found', (_, line) => {
    expect(lines(scanTextLines('s.mdx', `# Title\n\n${line}\n`)).map((text) => text.split(' — ')[0])).toEqual(['s.mdx:3']);
  });

  test('plain Markdown with emphasis and entities is not a finding', () => {
    expect(scanTextLines('s.mdx', 'Over **18 months**, 84&nbsp;people took part: *most* under_25.\n')).toEqual([]);
  });
});

describe('scanFileNames: a folder whose whole name is an email address', () => {
  test('is found, although its last part looks like an extension', () => {
    expect(scanFileNames(['public/jo.bloggs@example.org/a.pdf']).map((found) => found.file)).toEqual(['public']);
  });
});

describe('scanYamlText: keys are text too', () => {
  test('a key holding an email address is found at its line', () => {
    expect(scanYamlText('e.yaml', 'datasets:\n  offences:\n    cost_groups:\n      sam@example.org: theft\n').map((found) => found.row)).toEqual([4]);
  });
});
