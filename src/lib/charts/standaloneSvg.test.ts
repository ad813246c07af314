import { expect, test } from 'vitest';
import { linesWithSpaces } from './standaloneSvg.ts';

test('a line broken at a space keeps it, so the words stay apart when the text is copied; one broken after a hyphen gets none', () => {
  // Wrapped before "began": the space is kept.
  expect(linesWithSpaces('Offending recorded before and after mentoring began', ['Offending recorded before and after mentoring', 'began'])).toEqual([
    'Offending recorded before and after mentoring ',
    'began',
  ]);
  // Broken after the hyphen of "Re-offending" and at the space before "within".
  expect(linesWithSpaces('Re-offending  within\n12 months', ['Re-', 'offending', 'within 12 months'])).toEqual(['Re-', 'offending ', 'within 12 months']);
  // A word too long for a line, broken inside: no space added.
  expect(linesWithSpaces('abcdefgh ij', ['abcd', 'efgh', 'ij'])).toEqual(['abcd', 'efgh ', 'ij']);
});
