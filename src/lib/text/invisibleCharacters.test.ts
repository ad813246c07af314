import { describe, expect, test } from 'vitest';
import { cellIdentifierRules } from '../identifierScan/cellIdentifierRules.ts';
import { withoutInvisibleCharacters } from './invisibleCharacters.ts';

describe('withoutInvisibleCharacters', () => {
  test('drops zero-width, soft hyphen, direction overrides and variation selectors, and nothing else', () => {
    expect(withoutInvisibleCharacters('C\u200b0\u00ad0\u202e1\u202c\ufe0f x')).toBe('C001 x');
    expect(withoutInvisibleCharacters('Black Caribbean, 25–34')).toBe('Black Caribbean, 25–34');
  });

  test('the identifier scan reads an NHS number split by direction controls (943 476 5919, valid mod 11)', () => {
    expect(cellIdentifierRules('943\u202a476\u202c5919')).toContain('nhs-number');
  });
});
