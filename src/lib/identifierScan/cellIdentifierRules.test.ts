import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cellIdentifierRules, everyCellRule, readableText, type CellRule } from './cellIdentifierRules.ts';

/**
 * Pieces identifiers are made of, and whole identifiers of every rule, with the characters that
 * change shape when read (full-width digits, a no-break space, a zero-width space, a dotless i
 * that upper-cases to I, an ß that upper-cases to SS): cells joined from them are near misses and
 * hits of every rule, which random text would almost never be.
 */
const PIECES = [
  ...Array.from('0123456789'),
  ...Array.from('ABCDEFGHJKLMNPRSTWXYZ'),
  ...Array.from('abcdeghkmnrstwxz'),
  ' ',
  '  ',
  '/',
  '-',
  '.',
  ',',
  '@',
  '+',
  '(',
  ')',
  "'",
  'e',
  'E',
  'at',
  'dot',
  '[at]',
  'ı',
  'ß',
  'é',
  'Ł',
  '０７',
  '\u00a0',
  '\u200b',
  '\t',
  '44',
  '0044',
  '+44 ',
  '07700 900123',
  '0161/496 0000',
  '7.7E9',
  '9.434765919E9',
  '943 476 5919',
  '9434765919',
  '9,434,765,919',
  'AB 12 34 56 C',
  'QQ123456C',
  'M1 1AE',
  'm1 1st',
  'GIR 0AA',
  'SW1A 1AA',
  '12/345678A',
  '2001/12345B',
  'SF 95/123C',
  '123456/95A',
  'A1234BC',
  'a1234bc',
  'X123456',
  'Sarah Jones',
  'SARAH JONES',
  'Smith, John',
  'Smith',
  'John',
  'Sarah',
  'Jones',
  'Patel',
  'Close',
  'Mr Patel',
  'Zhang Wei',
  '10 Downing Street',
  '1 A St',
  '12/3K',
  '3/12K',
  '3 HIGH ST',
  '12 Month Court Order',
  'sam@example.org',
  'sam @ example.org',
  'sam at example dot org',
  'jürgen@exämple.de',
  'B0000001',
  '25/12/2013',
  '2013-12-25',
  '69.00',
];

const cell = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 8 }).map((pieces) => pieces.join(''));
const ID_RULES: readonly CellRule[] = ['name', 'email', 'nino', 'phone', 'nhs-number'];

describe('the pre-filter by characters finds what trying every rule finds', () => {
  test('for cells made of identifiers, their pieces and near misses', () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(cellIdentifierRules(text)).toEqual(everyCellRule(text));
      }),
      { numRuns: 10_000, seed: 17 },
    );
  });

  test('for any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(cellIdentifierRules(text)).toEqual(everyCellRule(text));
      }),
      { numRuns: 2_000, seed: 17 },
    );
  });

  test('without the name rule, as author text is read', () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(cellIdentifierRules(text, { names: false })).toEqual(everyCellRule(text, { names: false }));
      }),
      { numRuns: 5_000, seed: 18 },
    );
  });

  test('asking for some rules only gives those of the full answer', () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(cellIdentifierRules(text, { only: ID_RULES })).toEqual(everyCellRule(text).filter((rule) => ID_RULES.includes(rule)));
      }),
      { numRuns: 5_000, seed: 19 },
    );
  });

  test('plain ASCII text is read as it is written, and other text as before', () => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.string({ unit: 'binary', maxLength: 20 })), (text) => {
        expect(readableText(text)).toBe(
          text
            .normalize('NFKC')
            .replace(/[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu, '')
            .replace(/\s+/g, ' ')
            .trim(),
        );
      }),
      { numRuns: 5_000, seed: 20 },
    );
  });

  // Worked out by hand from each rule's definition: the cell's characters would not rule them out.
  test.each([
    ['07700 900123', ['phone']],
    ['7.7E9', ['phone']],
    ['943 476 5919', ['nhs-number']],
    ['AB 12 34 56 C', ['nino']],
    ['A1234BC', ['prison-number']],
    ['X123456', ['probation-crn']],
    ['Smith, John', ['name']],
    ['Smith,John', ['name']],
    ['10 Downing Street', ['address']],
    ['1 A St', ['address']],
    ['12/3K', ['pnc-id']],
    ['3/12K', ['cro-number']],
    ['M1 1AE', ['postcode']],
    ['B0000001', []],
    ['25/12/2013', []],
  ] as const)('%s matches %j', (text, rules) => {
    expect(cellIdentifierRules(text)).toEqual(rules);
  });
});
