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

  test('YAML that does not parse names its line', () => {
    expect(parseManifest('m.yaml', 'title: [unclosed\nprogramme: x\n').problems[0]).toMatchObject({ file: 'm.yaml', code: 'yaml-invalid', found: 'text that is not valid YAML' });
  });
});
