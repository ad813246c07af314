import { decodeHTML } from 'entities';
import { INVISIBLE_CHARACTER } from '../text/invisibleCharacters.ts';

/**
 * Letters from other scripts that look like Latin ones, mapped to them, so `СLI0001` with a
 * Cyrillic С reads as the id it shows. Only letters a reader would take for the Latin letter;
 * both cases, since the text is lower-cased after mapping.
 */
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ү: 'Y',
  Ԛ: 'Q',
  Ԝ: 'W',
  Ӏ: 'I',
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  // Greek
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  // Latin letters without their dot, and Armenian look-alikes
  ı: 'i',
  ȷ: 'j',
  օ: 'o',
  ս: 'u',
};

/**
 * More letters that look like Latin capitals, from scripts whose letters are drawn as Latin ones:
 * small capitals, Lisu, and Cherokee (whose lower-case forms, which lower-casing gives, look the
 * same), each string read letter for letter against "abcdefghijklmnopqrstuvwxyz" (a space where
 * the script has no look-alike).
 */
const LOOK_ALIKE_ALPHABETS: readonly string[] = ['ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡ ʏᴢ', 'ꓮꓐꓚꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑ ꓣꓢꓔꓴꓦꓪꓫꓬꓜ', 'ᎪᏴᏟᎠᎬ ᏀᎻᎥᎫᏦᏞᎷ  Ꮲ  ᏚᎢ ᏙᎳ  Ꮓ'];
for (const alphabet of LOOK_ALIKE_ALPHABETS) {
  Array.from(alphabet).forEach((letter, index) => {
    const latin = String.fromCharCode(97 + index);
    if (letter === ' ') return;
    LOOK_ALIKES[letter] = latin;
    LOOK_ALIKES[letter.toLowerCase()] = latin;
  });
}

/** Characters a reader never sees: zero-width spaces and joiners, soft hyphens, word joiners, BOMs, bidi controls, variation selectors, tags. */
/** Accents and other combining marks, after compatibility decomposition: `C̲001` is read as C001. */
const MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DECIMAL_DIGIT = /\p{Nd}/u;
const DASH = /\p{Pd}/u;
/** Every character outside printable ASCII (control characters included), one code point at a time. */
const NON_ASCII = /[^\t\n\r\u0020-\u007f]/gu;
const ASCII_SPACES = /[\t\n\v\f\r ]+/g;

/**
 * What a character outside ASCII becomes: nothing if invisible or a mark, its Latin look-alike,
 * "-" for a dash, a space for any other punctuation or symbol, itself for a letter or digit. So
 * every character left outside ASCII is a letter or digit, and a run of letters and digits can be
 * found without Unicode classes. Worked out once per character.
 */
const SEEN = new Map<string, string>();
function readCharacter(character: string): string {
  let read = SEEN.get(character);
  if (read === undefined) {
    read =
      MARK.test(character) || INVISIBLE_CHARACTER.test(character)
        ? ''
        : (LOOK_ALIKES[character]?.toLowerCase() ?? (DECIMAL_DIGIT.test(character) ? asciiDigit(character) : LETTER_OR_DIGIT.test(character) ? character : DASH.test(character) ? '-' : ' '));
    SEEN.set(character, read);
  }
  return read;
}

/**
 * A digit of another script (Arabic-Indic ٣, Devanagari ३…) as the ASCII digit of the same value:
 * Unicode puts every script's digits 0 to 9 in a row, so its value is its distance from the
 * start of the row, counted in tens.
 */
function asciiDigit(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  let start = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return String((code - start) % 10);
}

/** A run of letters and digits in normalised text (where every character outside ASCII is one). */
export const WORD_RUN = /[a-z0-9\u0080-\uffff]+/g;
/** A letter or digit in normalised text. */
export const WORD_CHARACTER = /[a-z0-9\u0080-\uffff]/;

/**
 * HTML and XML comments, and tags with their attributes (a quoted value may hold `>`). No tag
 * holds a `<`, so a tag ends before the next one. A try where no `>` comes before the next `<`
 * cannot match, and is given up at once (the look-ahead): otherwise a `<` in a long run without
 * spaces and no `>` after it (`"Score<Baseline"},{"label":…` in compact JSON) was tried at every
 * way of cutting the tag's name, which took minutes for a few hundred kilobytes.
 */
const COMMENTS = /<!--[\s\S]*?(?:-->|$)/g;
const TAGS = /<(?=\/?[a-zA-Z][^<]*>)\/?[a-zA-Z][^\s/<>]*(?:[^<>"']|"[^"<]*"|'[^'<]*')*>/g;

/**
 * The texts a built file holds as a reader or a program could take them, each normalised with
 * `normaliseForScan`: the file's text as it is (attribute values, scripts and JSON included),
 * and the text with its comments and tags taken out, as a browser shows it, so an id split by
 * markup (`C<b></b>001`, `C<span>0</span>01`, `C<!-- -->001`) joins up again. With `spaces`
 * 'kept', runs of spaces are left as they are (unifyDecoded).
 */
export function readerTexts(text: string, spaces: Spaces = 'collapsed'): string[] {
  // A pass over the text only for what it holds (most pages have no comment or CDATA section).
  const withoutCdata = text.includes('<![CDATA[') || text.includes(']]>') ? text.replace(CDATA_MARKERS, '') : text;
  const plain = withoutCdata.includes('<!--') ? withoutCdata.replace(COMMENTS, '') : withoutCdata;
  // Cut at its tags once: joined with nothing, as a browser shows it; with spaces, as below.
  const between = plain.split(TAGS);
  const shown = between.join('');
  if (shown === text) return readings(text, spaces);
  // Tags also stand between words shown on separate lines (an SVG's <tspan>s, <br>): read that way too.
  const spaced = between.length === 1 ? shown : between.join(' ');
  const texts = spaced === shown ? [text, shown] : [text, shown, spaced];
  return texts.flatMap((each) => readings(each, spaces));
}

/**
 * The text normalised (normaliseForScan) and, when it holds a right-to-left override, also as it
 * is displayed: reversed as written (`CLI\u202e2400`) and reversed after its escapes are decoded
 * (`CLI&#x202e;2400`, which a browser decodes first, then shows as "CLI0042").
 */
export function readings(text: string, spaces: Spaces = 'collapsed'): string[] {
  const decoded = decodeForScan(text);
  const read = [unifyDecoded(decoded, spaces)];
  const asWritten = displayOrder(text);
  if (asWritten !== undefined) read.push(unifyDecoded(decodeForScan(asWritten), spaces));
  const asDecoded = decoded === text ? undefined : displayOrder(decoded);
  if (asDecoded !== undefined) read.push(unifyDecoded(asDecoded, spaces));
  return read;
}

/**
 * Whether readerTexts would read the text as it is and nothing else: it holds no comment, tag,
 * CDATA marker or right-to-left override (a large JSON or CSV file, usually), so the text can be
 * normalised and searched a piece at a time (findLeaks).
 */
export function isReadAsItIs(text: string): boolean {
  return !text.includes('<!--') && !text.includes('<![CDATA[') && !text.includes(']]>') && !text.includes('\u202e') && !ANY_TAG.test(text);
}
const ANY_TAG = new RegExp(TAGS.source);

/** The markers of a CDATA section, whose text an SVG shows. */
const CDATA_MARKERS = /<!\[CDATA\[|\]\]>/g;

/** A right-to-left override (U+202E) and the text it reverses, up to its end (U+202C) or the line's. */
const RIGHT_TO_LEFT_OVERRIDE = /\u202e([^\u202c\n]*)/g;

/**
 * The text in the order it is displayed when it holds a right-to-left override, which shows the
 * characters after it backwards (`CLI\u202e1000` is shown as "CLI0001"); undefined if it holds none.
 */
export function displayOrder(text: string): string | undefined {
  if (!text.includes('\u202e')) return undefined;
  return text.replace(RIGHT_TO_LEFT_OVERRIDE, (_, reversed: string) => Array.from(reversed).reverse().join(''));
}

/**
 * Text as a reader reads it, for comparing with ids: HTML entities and JSON escapes decoded,
 * compatibility forms unified (fullwidth `ＣＬＩ０００１`, ligatures, mathematical letters),
 * lower-cased, accents and invisible characters removed, look-alike letters from other scripts
 * mapped to Latin ones, dashes to `-`, other punctuation and symbols to a space, and every run of
 * spaces to one space. Ids go through it too, so both sides
 * compare alike.
 */
export function normaliseForScan(text: string): string {
  return unifyDecoded(decodeForScan(text));
}

/** The first step of normaliseForScan: JSON escapes, HTML entities and percent-encoding decoded, in that order. */
export function decodeForScan(text: string): string {
  // Each kind of escape starts with its own character (\\, & or %): a step whose character the text (as the step before left it) lacks has nothing to do.
  const unescaped = text.includes('\\') ? decodeJsonEscapes(text) : text;
  return decodePercent(unescaped.includes('&') ? decodeHTML(unescaped) : unescaped);
}

/**
 * How a normalised text treats runs of spaces, tabs and line breaks: each 'collapsed' into one
 * space (normaliseForScan), or 'kept' as they are, which finds the same values where no value
 * holds a space (findLeaks), sooner: a pretty-printed JSON file is mostly such runs.
 */
export type Spaces = 'collapsed' | 'kept';

/** The rest of normaliseForScan, on text already decoded. */
export function unifyDecoded(decoded: string, spaces: Spaces = 'collapsed'): string {
  // Most of a built site is ASCII, which needs no Unicode work but lower-casing and spaces.
  const unified = !/[^\t\n\r\u0020-\u007f]/.test(decoded) ? decoded.toLowerCase() : isLatin1(decoded) ? unifyLatin1(decoded) : unifyWordByWord(decoded);
  return spaces === 'kept' ? unified : unified.replace(ASCII_SPACES, ' ');
}

/** Whether every character is Latin-1 (U+0000 to U+00FF), as a file read byte by byte is. */
function isLatin1(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0xff) return false;
  return true;
}

/** Compatibility forms unified, lower-cased, marks and invisibles removed, other characters read as readCharacter says. */
export function unifyCharacters(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(NON_ASCII, readCharacter);
}

/** One character outside printable ASCII (as NON_ASCII, found one at a time). */
const OUTSIDE_ASCII = /[^\t\n\r\u0020-\u007f]/g;
const isWordBreak = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

/**
 * unifyCharacters, applied only to the words (between ASCII spaces, tabs and line breaks) that
 * hold a character outside ASCII, the rest of the text being lower-cased: a page is mostly ASCII
 * with a dash or a quotation mark here and there, and decomposing it whole was the scan's slowest
 * step. The same text comes out: none of these four characters combines with a neighbour, is
 * changed by decomposing, or counts in lower-casing's one rule that looks at neighbours (a final
 * sigma), so each word is unified as it would be in the whole; and unified text is already lower
 * case (tested against unifyCharacters).
 */
export function unifyWordByWord(text: string): string {
  const parts: string[] = [];
  let done = 0;
  OUTSIDE_ASCII.lastIndex = 0;
  for (let found = OUTSIDE_ASCII.exec(text); found !== null; found = OUTSIDE_ASCII.exec(text)) {
    let start = found.index;
    while (start > done && !isWordBreak(text.charCodeAt(start - 1))) start -= 1;
    let end = found.index + 1;
    while (end < text.length && !isWordBreak(text.charCodeAt(end))) end += 1;
    parts.push(text.slice(done, start), unifyCharacters(text.slice(start, end)));
    done = end;
    OUTSIDE_ASCII.lastIndex = end;
  }
  parts.push(text.slice(done));
  return parts.join('').toLowerCase();
}

/**
 * What unifyCharacters makes of each of the 256 Latin-1 characters. Decomposing, lower-casing
 * and reading are all one character at a time for them (no Latin-1 character combines with its
 * neighbours, and none lower-cases differently by context), so text made only of them is unified
 * by looking each one up: a binary file read as Latin-1 (an image, a font) is mostly characters
 * outside ASCII, and this is many times quicker than decomposing it whole.
 */
let latin1Table: ReadonlyArray<readonly number[]> | undefined;
/** For each Latin-1 character, the one code unit it reads as; READ_OTHERWISE when it reads as none or several (latin1Table has them). */
let latin1Single: Uint16Array | undefined;
const READ_OTHERWISE = 0xffff;
const UTF16LE = new TextDecoder('utf-16le');
function unifyLatin1(text: string): string {
  // Code units, not code points: a character read as one beyond the BMP keeps both halves.
  latin1Table ??= Array.from({ length: 256 }, (_, code) =>
    unifyCharacters(String.fromCharCode(code))
      .split('')
      .map((unit) => unit.charCodeAt(0)),
  );
  const table = latin1Table;
  latin1Single ??= Uint16Array.from(table, (read) => (read.length === 1 ? (read[0] ?? READ_OTHERWISE) : READ_OTHERWISE));
  const single = latin1Single;
  const longest = Math.max(...table.map((read) => read.length));
  // Written as UTF-16 (little-endian, byte by byte) and decoded once: one string, not one per character.
  const out = new Uint8Array(text.length * longest * 2);
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text.charCodeAt(index);
    const code = single[character] ?? READ_OTHERWISE;
    if (code !== READ_OTHERWISE) {
      out[length++] = code & 0xff;
      out[length++] = code >> 8;
      continue;
    }
    for (const each of table[character] ?? []) {
      out[length++] = each & 0xff;
      out[length++] = each >> 8;
    }
  }
  return UTF16LE.decode(out.subarray(0, length));
}

/**
 * Undoes percent-encoding (`/p?c=%43LI0001`), as a browser shows an address; bytes that are not
 * UTF-8 are read one by one as Latin-1.
 */
export function decodePercent(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (encoded) => {
    try {
      return decodeURIComponent(encoded);
    } catch {
      return encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    }
  });
}

/** Undoes JSON's and JavaScript's escapes (`\u0043`, `\u{43}`, `\x43`, `\/`), surrogate pairs included. */
export function decodeJsonEscapes(text: string): string {
  return text
    .replace(/\\u\{([0-9a-f]{1,6})\}/gi, (escape, hex: string) => codePoint(Number.parseInt(hex, 16)) ?? escape)
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\x([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\\//g, '/');
}

function codePoint(value: number): string | undefined {
  return value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}
