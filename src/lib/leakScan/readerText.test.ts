import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeHTML } from 'entities';
import { decodeForScan, decodeJsonEscapes, decodePercent, normaliseForScan, readerTexts, unifyCharacters, unifyWordByWord } from './readerText.ts';

/** Ā (U+0100) is outside Latin-1, so text holding it is unified by decomposing it whole; it reads as "a". */
const OUTSIDE_LATIN1 = '\u0100';

describe('normaliseForScan on text made of Latin-1 characters (a binary file read byte by byte)', () => {
  test('reads as the same text decomposed whole would (the look-up table matches the general rule)', () => {
    const latin1 = fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((code) => String.fromCharCode(code)), maxLength: 60 });
    fc.assert(
      fc.property(latin1, (text) => {
        // One character outside Latin-1 sends the whole text the general way; it adds only its own "a".
        expect(normaliseForScan(text + OUTSIDE_LATIN1)).toBe(`${normaliseForScan(text)}a`);
      }),
      { numRuns: 2000 },
    );
  });

  test('worked by hand: accents dropped, capitals lowered, controls and symbols read as spaces, a soft hyphen as nothing', () => {
    // É → e, Ï → i, 0x00 and © → space (then one space), soft hyphen (0xAD) → nothing, ¼ → "1 4".
    expect(normaliseForScan('\u00c9CL\u00cf0001\u0000\u00a9A\u00adB\u00bc')).toBe('ecli0001 ab1 4');
  });
});

describe('text outside Latin-1 is unified a word at a time', () => {
  test('as the whole text unified at once would be', () => {
    // Characters that decompose, combine, change case by context (Σ at a word's end), look alike, are invisible or are spaces of other kinds.
    const units = [
      'a',
      'B',
      'Z',
      '0',
      '7',
      ' ',
      '\n',
      '\t',
      '\r',
      '-',
      '<',
      '"',
      'Σ',
      'σ',
      'ς',
      'Α',
      '\u0301',
      '\u0307',
      'İ',
      'ß',
      'ﬁ',
      'Ⅻ',
      'Ｃ',
      'ＬＩ',
      '—',
      '’',
      '\u200b',
      '\u00a0',
      '\u000b',
      '\u000c',
      'é',
      'É',
      'ᴀ',
      'С',
      '٣',
      '𝐀',
      '\ud835',
      '½',
      '.',
      "'",
      ':',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(unifyWordByWord(text)).toBe(unifyCharacters(text));
      }),
      { numRuns: 5000 },
    );
  });

  test('worked by hand: the ASCII words are only lower-cased, the others unified', () => {
    // The em dash reads as "-", fullwidth letters as ASCII, Greek omicrons as o; Σ before a full stop is a final ς; ASCII punctuation stays.
    expect(unifyWordByWord('Case CLI—0042 and ΟΔΟΣ.\nＣＬＩ0001')).toBe('case cli-0042 and oδoς.\ncli0001');
  });
});

describe('tags are found as before, in time linear in the text', () => {
  // The pattern before the look-ahead was added: the reference for what counts as a tag.
  const BEFORE = /<\/?[a-zA-Z][^\s/<>]*(?:[^<>"']|"[^"<]*"|'[^'<]*')*>/g;

  test('the texts read are those the pattern without the look-ahead gave', () => {
    const units = ['<', '>', '/', 'a', 'B', ' ', '"', "'", '=', 'x', '\n', '<b>', '</b>', '<a href="', '">', 'CLI', '0042', '<!--', '-->'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const plain = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
        const expected = [text, plain.replace(BEFORE, ''), plain.replace(BEFORE, ' ')];
        // A text the same as the one before it (no tags, only a comment) is read once.
        const shown = expected[1] === text ? [text] : expected[2] === expected[1] ? expected.slice(0, 2) : expected;
        expect(readerTexts(text)).toEqual(shown.map(normaliseForScan));
      }),
      { numRuns: 3000 },
    );
  });

  test('a < with no > after it in a long run without spaces (compact JSON) is read in well under a second', () => {
    const row = '{"label":"x","value":12},';
    const text = `[{"label":"Score<Baseline"},${row.repeat(40_000)}]`;
    const started = performance.now();
    readerTexts(text);
    // Before, 80 KB of this took 15 s and the time grew with the square of the length: this is 1 MB.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('decodeForScan skips a step whose escapes the text lacks, with the same text out', () => {
  test('for any text, it is every step applied in turn', () => {
    const units = ['\\', 'u', '0026', '005c', '0025', '{26}', 'x26', 'x5c', '/', '&', 'amp;', '#38;', '#x5c;', 'nbsp;', '%', '25', '26', '5C', '41', 'CLI', '0042', ' ', 'é', '\u202e'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(decodeForScan(text)).toBe(decodePercent(decodeHTML(decodeJsonEscapes(text))));
      }),
      { numRuns: 5000 },
    );
  });

  test("worked by hand: an escape that decodes to the next step's character is decoded by that step too", () => {
    // \u0026 is "&", which makes "&#67;" of "\u0026#67;": then the entity is C. %26 is "&" only after the entities.
    expect(decodeForScan('\\u0026#67;LI0042 %26amp;')).toBe('CLI0042 &amp;');
  });
});
