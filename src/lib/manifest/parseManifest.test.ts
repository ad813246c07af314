import { describe, expect, test } from 'vitest';
import { MINIMAL_MANIFEST } from '../../../test/support/memoryProject.ts';
import { parseManifest } from './parseManifest.ts';

const VALID = MINIMAL_MANIFEST;

describe('parseManifest(file, text)', () => {
  test('reads a minimal manifest and fills the defaults', () => {
    const { manifest, problems } = parseManifest('m.yaml', VALID);
    expect(problems).toEqual([]);
    expect(manifest?.datasets).toEqual({});
    expect(manifest?.age_bands).toEqual([]);
    expect(manifest?.as_of).toBe('2014-12-31');
  });

  test('an unknown key is an error that names the line and suggests the known key', () => {
    const { problems } = parseManifest('m.yaml', `${VALID}fundr: typo\n`);
    expect(problems).toEqual([{ file: 'm.yaml', row: 14, column: 'fundr', code: 'yaml-unknown-key', found: 'unknown key "fundr"', expected: 'a known key: did you mean "funder"?' }]);
  });

  test('nested unknown keys name their path', () => {
    const text = `${VALID}datasets:\n  clients:\n    file: c.csv\n    format:\n      delimeter: ";"\n`;
    expect(parseManifest('m.yaml', text).problems).toEqual([
      { file: 'm.yaml', row: 18, column: 'datasets.clients.format.delimeter', code: 'yaml-unknown-key', found: 'unknown key "delimeter"', expected: 'a known key: did you mean "delimiter"?' },
    ]);
  });

  test('a missing field and a malformed date are both reported', () => {
    const text = VALID.replace('as_of: 2014-12-31\n', 'as_of: 31/12/2014\n').replace('funder: A Funder\n', '');
    expect(parseManifest('m.yaml', text).problems).toEqual([
      { file: 'm.yaml', row: 1, column: 'funder', code: 'yaml-missing-field', found: 'no "funder"', expected: 'a value for "funder" (it is required)' },
      { file: 'm.yaml', row: 10, column: 'as_of', code: 'yaml-value-does-not-fit', found: 'a value that does not fit', expected: 'a date written YYYY-MM-DD' },
    ]);
  });

  test('a value outside a closed set lists the allowed values', () => {
    expect(parseManifest('m.yaml', VALID.replace('provenance: illustrative', 'provenance: made-up')).problems).toEqual([
      { file: 'm.yaml', row: 12, column: 'provenance', code: 'yaml-value-not-allowed', found: 'a value that is not allowed', expected: 'one of "real", "synthetic-reconstruction", "illustrative"' },
    ]);
  });

  test('a published figure may declare its design and a level no higher than the design’s, each mistake at its entry', () => {
    const text = `${VALID}indicators:
  - { id: jdl-reoffending, design: matched-comparison }
  - { id: rct-employment, design: randomised, level: 3 }
  - { id: pre-post, design: before-after, level: 3 }
  - { id: levelled, level: 2 }
  - { id: guessed, design: quasi-experimental }
`;
    const { manifest, problems } = parseManifest('m.yaml', text);
    expect(manifest).toBeUndefined();
    expect(problems).toEqual([
      // before-and-after is level 1: 3 would raise it.
      {
        file: 'm.yaml',
        row: 17,
        column: 'indicators[2].level',
        code: 'yaml-value-does-not-fit',
        found: 'a value that does not fit',
        expected: 'a level no higher than its design’s (docs/metrics.md#evidence-strength lists each design’s level): a level may be lowered for a weakness, never raised',
      },
      {
        file: 'm.yaml',
        row: 18,
        column: 'indicators[3].level',
        code: 'yaml-value-does-not-fit',
        found: 'a value that does not fit',
        expected: 'a design beside the level (design: matched-comparison, say): the level is rated from it',
      },
      expect.objectContaining({ file: 'm.yaml', row: 19, column: 'indicators[4].design', code: 'yaml-value-not-allowed' }),
    ]);
    const valid = parseManifest('m.yaml', `${text.split('\n').slice(0, 16).join('\n')}\n`);
    expect(valid.problems).toEqual([]);
    expect(valid.manifest?.indicators.map((setting) => [setting.design, setting.level])).toEqual([
      ['matched-comparison', undefined],
      ['randomised', 3],
    ]);
  });

  test('YAML that does not parse names its line', () => {
    expect(parseManifest('m.yaml', 'title: [unclosed\nprogramme: x\n').problems[0]).toMatchObject({ file: 'm.yaml', code: 'yaml-invalid', found: 'text that is not valid YAML' });
  });

  test('the rounding presets are policies; a policy that is not one lists every preset', () => {
    expect(parseManifest('m.yaml', `${VALID}privacy:\n  policy: suppress-1-7-round-5\n`).manifest?.privacy).toMatchObject({
      policy: 'suppress-1-7-round-5',
      dominance: { largest: 50, two_largest: 85 },
    });
    expect(parseManifest('m.yaml', `${VALID}privacy:\n  policy: round-5\n`).problems).toMatchObject([
      {
        column: 'privacy.policy',
        code: 'yaml-value-not-allowed',
        expected: 'one of "suppress-below-5", "suppress-below-10", "suppress-1-7-round-5", "suppress-below-10-round-10"',
      },
    ]);
  });

  test('a dominance rule whose two largest may hold less than the largest alone is refused, naming the field', () => {
    const { problems } = parseManifest('m.yaml', `${VALID}privacy:\n  dominance:\n    largest: 60\n    two_largest: 55\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ column: 'privacy.dominance.two_largest', expected: 'a two-largest share at least the largest share (the two largest always hold as much as the largest)' });
    expect(JSON.stringify(problems)).not.toContain('55');
  });

  test('the dominance rule cannot be switched off: a largest share of 100, or two largest of 100, is refused', () => {
    const { problems } = parseManifest('m.yaml', `${VALID}privacy:\n  dominance:\n    largest: 100\n    two_largest: 100\n`);
    expect(problems.map((found) => found.column)).toEqual(['privacy.dominance.largest', 'privacy.dominance.two_largest']);
    expect(problems[0]?.expected).toMatch(/^at most 90/);
  });
});

test('a source, report or national-context address must be a web address: javascript: and data: are refused', () => {
  const { problems } = parseManifest('m.yaml', `${VALID}sources:\n  - title: A report\n    url: "javascript:alert(1)"\n`);
  expect(problems.map((found) => [found.column, found.expected])).toEqual([['sources[0].url', 'a web address starting http:// or https://']]);
  expect(JSON.stringify(problems)).not.toContain('alert');
});

describe('outcome domains, client groups, findings and recommendations (docs/manifest.md)', () => {
  const problemsOf = (extra: string) => parseManifest('m.yaml', `${VALID}${extra}`).problems.map(({ row, column, code, expected }) => ({ row, column, code, expected }));

  test('read when well formed, with defaults of none', () => {
    const text = `${VALID}client_groups: [adults, women]\ndomains:\n  accommodation-and-housing: accommodation\nfindings:\n  - { id: housing, theme: accommodation, text: "{improved}" }\nrecommendations:\n  - { id: partner, theme: accommodation, text: Find a partner., findings: [housing] }\n`;
    const { manifest, problems } = parseManifest('m.yaml', text);
    expect(problems).toEqual([]);
    expect(manifest?.domains).toEqual({ 'accommodation-and-housing': 'accommodation' });
    expect(manifest?.recommendations[0]?.findings).toEqual(['housing']);
    expect(parseManifest('m.yaml', VALID).manifest?.client_groups).toEqual([]);
  });

  test('a theme that is not in the taxonomy is an error at the domain or item, listing the themes', () => {
    // MINIMAL_MANIFEST has 13 lines: the domains block starts on line 14.
    const themes =
      'one of "accommodation", "employment-training-education", "health", "drugs-alcohol", "finance-benefits-debt", "children-families", "attitudes-thinking-behaviour", "education-training-employability", "finance", "relationships", "lifestyle-associates", "drug-misuse", "alcohol-misuse", "emotional-wellbeing", "thinking-behaviour", "attitudes", "reoffending", "service-delivery"';
    expect(problemsOf('domains:\n  housing: housing\nfindings:\n  - { id: a, theme: homes, text: x }\n')).toEqual([
      { row: 15, column: 'domains.housing', code: 'yaml-value-not-allowed', expected: themes },
      { row: 17, column: 'findings[0].theme', code: 'yaml-value-not-allowed', expected: themes },
    ]);
  });

  test('a client group not on the fixed list, or given twice, is an error', () => {
    expect(problemsOf('client_groups: [adults, ladies]\n').map((found) => [found.column, found.expected])).toEqual([
      ['client_groups[1]', 'one of "adults", "young-adults", "children", "women", "men", "prison-leavers", "community-sentences"'],
    ]);
    expect(problemsOf('client_groups: [adults, adults]\n').map((found) => [found.column, found.expected])).toEqual([['client_groups', 'each group at most once']]);
  });

  test('an id used twice across findings and recommendations is an error at the second, since ids are addresses', () => {
    expect(problemsOf('findings:\n  - { id: a, theme: health, text: x }\nrecommendations:\n  - { id: a, theme: health, text: y }\n').map((found) => [found.column, found.expected])).toEqual([
      ['recommendations[0].id', 'an id not used by another finding or recommendation (ids are their addresses)'],
    ]);
  });
});
