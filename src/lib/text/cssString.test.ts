import { expect, test } from 'vitest';
import { cssString } from './cssString.ts';

test('letters, digits and spaces stay as they are', () => {
  expect(cssString('Mentoring in Manchester 2015')).toBe('"Mentoring in Manchester 2015"');
});

test('quotes, backslashes, line breaks and a closing style tag become escapes, so the string cannot end early', () => {
  // " is U+0022, \ U+005C, newline U+000A, < U+003C, / U+002F, > U+003E, } U+007D.
  expect(cssString('a"b')).toBe('"a\\22 b"');
  expect(cssString('a\\b')).toBe('"a\\5c b"');
  expect(cssString('a\nb')).toBe('"a\\a b"');
  expect(cssString('</style>')).toBe('"\\3c \\2f style\\3e "');
  // Whatever the title, between the opening and closing quote there is no character that could end the string or the rule.
  expect(cssString('"} body { display: none; } @import "x').slice(1, -1)).not.toMatch(/["'{};<>\n]/);
});

test('characters beyond the basic plane are escaped by their code point, not split', () => {
  // U+2019 right single quote, U+1F600 an emoji.
  expect(cssString('Women’s 😀')).toBe('"Women\\2019 s \\1f600 "');
});
