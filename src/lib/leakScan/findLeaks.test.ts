import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findLeaks, leakFinder, MIN_NUMERIC_TOKEN_LENGTH, MIN_TOKEN_LENGTH } from './findLeaks.ts';
import { normaliseForScan, readerTexts, WORD_CHARACTER } from './readerText.ts';

const tokens = [
  { token: 'CLI0042', origin: 'data/x/clients.csv, column Case ref' },
  { token: "Jo O'Neil", origin: 'data/x/clients.csv, column Notes' },
  { token: 'CLI-0007', origin: 'data/x/contacts.csv, column client_id' },
  { token: 'A/123', origin: 'data/x/offences.csv, column client_id' },
  { token: 'M1', origin: 'data/x/clients.csv, column Case ref' },
  { token: '1234', origin: 'data/x/clients.csv, column Case ref' },
];

const origins = (text: string, path = 'dist/a.html') => findLeaks([{ path, text }], tokens).map((found) => found.found);

describe('findLeaks(files, tokens)', () => {
  test.each([
    ['plain text', '<p>Client CLI0042 said</p>'],
    ['another case', '<p>cli0042</p>'],
    ['JSON', '{"id":"CLI0042"}'],
    ['an attribute', '<a title="CLI0042">x</a>'],
    ['HTML entities', '<p>&#67;LI0042</p>'],
    ['a named entity for a letter', '<p>&Cscr;LI0042</p>'],
    ['JSON unicode escapes', '{"id":"\\u0043LI0042"}'],
    ['JavaScript hex escapes', 'const a = "\\x43LI0042";'],
    ['a zero-width space', '<p>CLI\u200b0042</p>'],
    ['a zero-width joiner and non-joiner', '<p>C\u200dLI\u200c0042</p>'],
    ['a soft hyphen', '<p>CLI\u00ad0042</p>'],
    ['a soft hyphen as an entity', '<p>CLI&shy;0042</p>'],
    ['a word joiner', '<p>CLI\u20600042</p>'],
    ['a byte-order mark', '<p>CLI\ufeff0042</p>'],
    ['bidi controls', '<p>\u202aCLI\u202e0042\u202c</p>'],
    ['a variation selector', '<p>C\ufe0fLI0042</p>'],
    ['an empty tag', '<p>C<b></b>LI0042</p>'],
    ['a tag around part of it', '<p>CLI<span class="x">0</span>042</p>'],
    ['a comment', '<p>CLI<!-- hidden -->0042</p>'],
    ['a tag with ">" in a quoted attribute', '<p>CLI<span title="a>b">00</span>42</p>'],
    ['markup split in an SVG', '<svg><text>CLI<tspan>00</tspan>42</text></svg>'],
    ['Cyrillic look-alike letters', '<p>\u0421LI0042</p>'],
    ['Greek look-alike letters', '<p>CL\u03990042</p>'],
    ['fullwidth letters and digits', '<p>\uff23\uff2c\uff29\uff10\uff10\uff14\uff12</p>'],
    ['mathematical letters', '<p>\ud835\udc02LI0042</p>'],
    ['a combining mark', '<p>C\u0332LI0042</p>'],
    ['a percent-encoded letter in an address', '<a href="/p?c=%43LI0042">x</a>'],
    ['an address percent-encoded throughout', '<a href="/p?c=%43%4C%49%30%30%34%32">x</a>'],
    ['a percent-encoded fullwidth letter', '<a href="/p?c=%EF%BC%A3LI0042">x</a>'],
    ['small capitals', '<p>\u1d04\u029f\u026a0042</p>'],
    ['Lisu letters', '<p>\ua4da\ua4e1\ua4f20042</p>'],
    ['Cherokee letters', '<p>\u13df\u13de\u13a50042</p>'],
    ['Arabic-Indic digits', '<p>CLI\u0660\u0660\u0664\u0662</p>'],
    ['Devanagari digits', '<p>CLI\u0966\u0966\u096a\u0968</p>'],
    ['a right-to-left override showing the digits backwards', '<p>CLI\u202e2400\u202c</p>'],
    ['a right-to-left override written as an entity', '<p>CLI&#x202e;2400</p>'],
    ['a right-to-left override written as a decimal entity', '<p>CLI&#8238;2400&#8236;, seen</p>'],
    ['a right-to-left override written as a JSON escape', '{"note":"CLI\\u202e2400\\u202c"}'],
    ['an SVG CDATA section', '<svg><text><![CDATA[CLI]]>0042</text></svg>'],
  ])('finds a planted id in %s, and names where it came from, not the value', (_name, text) => {
    const problems = findLeaks([{ path: 'dist/a.html', text }], tokens);
    expect(problems.map(({ code, file, found }) => ({ code, file, found }))).toEqual([{ code: 'leak-in-built-site', file: 'dist/a.html', found: 'a value from data/x/clients.csv, column Case ref' }]);
    expect(JSON.stringify(problems)).not.toMatch(/CLI0042/i);
  });

  test.each([
    ['with its own punctuation', '<p>ref CLI-0007.</p>', 'contacts'],
    ['with another dash', '<p>ref CLI\u20110007.</p>', 'contacts'],
    ['with a slash', '<p>A/123 and more</p>', 'offences'],
    ['with spaces and an apostrophe', '<p>Jo O&#39;Neil</p>', 'clients'],
    ['with an apostrophe escaped in JSON', '{"note":"Jo O\\u0027Neil"}', 'clients'],
    ['with its spaces doubled', '<p>Jo  O&#39;Neil</p>', 'clients'],
    ['wrapped onto two lines of an SVG', '<text><tspan x="0" y="10">Jo</tspan><tspan x="0" y="20">O&#39;Neil</tspan></text>', 'clients'],
    ['broken by a line break', '<p>Jo<br/>O&#39;Neil</p>', 'clients'],
  ])('finds a value %s', (_name, text, dataset) => {
    expect(origins(text)).toEqual([expect.stringContaining(`data/x/${dataset}.csv`)]);
  });

  test.each([
    ['a longer token containing the id', '<p>CLI00421</p>'],
    ['an id with punctuation inside a longer token', '<p>XCLI-0007 CLI-00071 A/1234</p>'],
    ['short ids inside hashed names', '<link href="/_astro/SiteLayout.M1xQ.css">'],
    ['a four-digit number', '<p>1234 people</p>'],
    ['ids in separate table cells', '<td>CLI</td><td>0042x</td>'],
  ])('ignores %s', (_name, text) => {
    expect(origins(text)).toEqual([]);
  });

  test('finds each source once per file, however often the value occurs', () => {
    expect(origins('CLI0042 CLI0042 <b>CLI0042</b>')).toEqual(['a value from data/x/clients.csv, column Case ref']);
  });

  test('a file name holding an id is reported by its folder and kind, never by its path', () => {
    const problems = findLeaks(
      [
        { path: 'dist/images/CLI0042.png', text: '' },
        { path: 'dist/journeys/cli0042/index.html', text: 'CLI0042' },
        { path: 'dist/\uff23LI0042-photo.jpg', text: '' },
      ],
      tokens,
    );
    expect(problems.map(({ code, file, found }) => ({ code, file, found }))).toEqual([
      { code: 'leak-in-built-file-name', file: 'dist', found: 'the name of a built png file, or of a folder it is in, holds a value from data/x/clients.csv, column Case ref' },
      { code: 'leak-in-built-file-name', file: 'dist', found: 'the name of a built html file, or of a folder it is in, holds a value from data/x/clients.csv, column Case ref' },
      { code: 'leak-in-built-file-name', file: 'dist', found: 'the name of a built jpg file, or of a folder it is in, holds a value from data/x/clients.csv, column Case ref' },
    ]);
    expect(JSON.stringify(problems)).not.toMatch(/CLI0042/i);
  });

  test('a file name shown backwards by a percent-encoded right-to-left override is read as shown', () => {
    expect(findLeaks([{ path: 'dist/images/CLI%E2%80%AE2400%E2%80%AC.png', text: '' }], tokens).map(({ code }) => code)).toEqual(['leak-in-built-file-name']);
  });

  test('a large text read a piece at a time is read whole when an escape in it turns out to be a right-to-left override', () => {
    const text = `${'{"a": 1}\n'.repeat(40)}{"note": "CLI\\u202e2400\\u202c"}\n${'{"b": 2}\n'.repeat(40)}`;
    expect(leakFinder(tokens, 64)({ path: 'dist/figures.json', text }).map((leak) => leak.found)).toEqual(['a value from data/x/clients.csv, column Case ref']);
  });

  test('a file name shown backwards by a right-to-left override is read as shown', () => {
    expect(findLeaks([{ path: 'dist/images/CLI\u202e2400\u202c.png', text: '' }], tokens).map(({ code }) => code)).toEqual(['leak-in-built-file-name']);
  });

  test('the metadata of an image is read as shown too: percent-encoded, or split by markup in its XMP', () => {
    const problems = findLeaks([{ path: 'dist/images/gate.png', text: '\u0089PNG', metadata: '<x:xmpmeta><dc:creator>CLI<rdf:li>00</rdf:li>%342</dc:creator></x:xmpmeta>' }], tokens);
    expect(problems.map(({ code }) => code)).toEqual(['leak-in-built-site']);
  });

  test("the output folder's own name is not searched", () => {
    expect(findLeaks([{ path: 'CLI0042/index.html', text: '' }], tokens)).toEqual([]);
  });

  test('the metadata of an image is searched, decoded', () => {
    const problems = findLeaks([{ path: 'dist/images/gate.png', text: '\u0089PNG', metadata: 'Author CLI0042' }], tokens);
    expect(problems.map(({ code, file }) => ({ code, file }))).toEqual([{ code: 'leak-in-built-site', file: 'dist/images/gate.png' }]);
  });

  test('an image whose metadata could not be read is refused by its path', () => {
    const problems = findLeaks([{ path: 'dist/images/gate.jpg', text: '', metadata: null }], tokens);
    expect(problems.map(({ code, file }) => ({ code, file }))).toEqual([{ code: 'image-metadata-unreadable', file: 'dist/images/gate.jpg' }]);
  });

  test('looks each run up rather than searching for each value: 20,000 ids over 2 MB take well under a second', () => {
    const many = Array.from({ length: 20_000 }, (_, index) => ({ token: `ZQ${String(index).padStart(6, '0')}`, origin: 'data/x/clients.csv, column client_id' }));
    const text = '<p>Ordinary words and numbers such as 2014, 84 and 96%.</p>\n'.repeat(35_000);
    const started = performance.now();
    expect(findLeaks([{ path: 'dist/a.html', text: `${text}ZQ019999` }], many)).toHaveLength(1);
    // The old scan made 20,000 searches of 2 MB (about 40 GB of comparisons): many seconds.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test('the work done on a file does not grow with the number of ids it does not hold: no search per id', () => {
    // Every search a string or a pattern can make, counted when it runs over the built file's text
    // (the ids themselves are short): a scan that searched for each id would make one per id.
    const text = '<p>Ordinary words and numbers such as 2014, 84 and 96%. Client ZQ000007 said so.</p>\n'.repeat(2_000);
    const searches = (count: number) => {
      const ids = Array.from({ length: count }, (_, index) => ({ token: `ZQ${String(index).padStart(6, '0')}`, origin: 'data/x/clients.csv, column client_id' }));
      let calls = 0;
      const counted = <T extends object>(owner: T, name: keyof T & string) => {
        const original = owner[name] as (...args: unknown[]) => unknown;
        (owner as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
          const subject = typeof this === 'string' ? this : typeof args[0] === 'string' ? args[0] : '';
          if (subject.length >= 10_000) calls++;
          return original.apply(this, args);
        };
        return () => {
          (owner as Record<string, unknown>)[name] = original;
        };
      };
      const restore = [
        ...(['indexOf', 'lastIndexOf', 'includes', 'startsWith', 'endsWith', 'search', 'match', 'matchAll', 'split', 'replace', 'replaceAll'] as const).map((name) => counted(String.prototype, name)),
        ...(['exec', 'test'] as const).map((name) => counted(RegExp.prototype, name)),
      ];
      try {
        expect(findLeaks([{ path: 'dist/a.html', text }], ids).map((found) => found.code)).toEqual(['leak-in-built-site']);
      } finally {
        for (const undo of restore) undo();
      }
      return calls;
    };
    const few = searches(10);
    expect(few).toBeGreaterThan(0);
    expect(searches(10_000)).toBe(few);
  });
});

describe('large text read as it is is searched a piece at a time, with the same answer', () => {
  const tokens = [
    { token: 'CLI0042', origin: 'data/x/clients.csv, column client_id' },
    { token: 'Kay Marlowe', origin: 'data/x/sessions.csv, column worker' },
    { token: '-A12', origin: 'data/x/offences.csv, column ref' },
    { token: '0042-X9', origin: 'data/x/offences.csv, column case' },
  ];
  const origins = (text: string, pieceLength: number): string[] => leakFinder(tokens, pieceLength)({ path: 'dist/figures.json', text }).map((leak) => leak.found);

  test('a value cut by a piece boundary, or with its words on two lines, is found', () => {
    const text = `{"a": "${'word '.repeat(30)}"}\n"Kay\nMarlowe"\n${'x '.repeat(20)}CLI0042\n`;
    expect(origins(text, 16)).toEqual(origins(text, Number.POSITIVE_INFINITY));
    expect(origins(text, 16)).toHaveLength(2);
  });

  test('for any text and any piece length, the pieces find what the whole text finds', () => {
    const fragments = [
      '\\u202e',
      '&#8238;',
      'CLI0042',
      'cli',
      '0042',
      'CLI',
      '-X9',
      '-A12',
      'A12',
      ' ',
      '\n',
      '\n\n',
      '  ',
      '-',
      '\u200b',
      'é',
      'Σ',
      'ς',
      '\u0301',
      '%43',
      '&#67;',
      '\\u0043',
      'Kay',
      'Marlowe',
      'ＣＬＩ',
      '—',
      'a',
      '1',
      '"',
      ',',
      '{',
      '}',
      '\t',
    ];
    // Values and line breaks are drawn often, so that pieces cut between the words of a value and beside values.
    const often = ['CLI0042', 'Kay', 'Marlowe', '-A12', '0042-X9', '\n', ' \n', '\n '];
    const text = fc
      .array(fc.oneof({ arbitrary: fc.constantFrom(...fragments), weight: 2 }, { arbitrary: fc.constantFrom(...often), weight: 3 }), { minLength: 5, maxLength: 60, size: 'max' })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (whole, pieceLength) => {
        expect(origins(whole, pieceLength)).toEqual(origins(whole, Number.POSITIVE_INFINITY));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('values without a space are searched with runs of spaces left as they are, with the same answer', () => {
  const tokens = [
    { token: 'CLI0042', origin: 'data/x/clients.csv, column client_id' },
    { token: '-A12', origin: 'data/x/offences.csv, column ref' },
    { token: '0042-X9', origin: 'data/x/offences.csv, column case' },
  ];
  // A value with a space makes the scan collapse runs of spaces, as it did for every value before.
  const COLLAPSING = 'a value with a space';
  const collapsing = [...tokens, { token: 'Zq Qz', origin: COLLAPSING }];
  const found = (finder: ReturnType<typeof leakFinder>, path: string, text: string) =>
    finder({ path, text })
      .filter((leak) => !JSON.stringify(leak).includes(COLLAPSING))
      .map((leak) => JSON.stringify(leak));
  const fragments = [
    'CLI0042',
    'cli',
    '0042',
    '-X9',
    '-A12',
    'A12',
    ' ',
    '  ',
    '\n',
    '\n\n',
    '\t',
    '\r\n',
    '\f',
    '\v',
    '\u00a0',
    '\u2003',
    '-',
    '—',
    'é',
    '\u200b',
    '&#67;',
    '&nbsp;',
    '\\u0043',
    '%43',
    '%20',
    '<b>',
    '</b>',
    '<br>',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '\u202e',
    '&#8238;',
    'ＣＬＩ',
    'a',
    '1',
    '"',
    '{',
    '}',
  ];
  const text = fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 50 }).map((parts) => parts.join(''));

  test('for any text, page or not, whole or in pieces, what is found is what collapsing the spaces finds', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('dist/a.html', 'dist/figures.json', 'dist/a.png', 'dist/CLI 0042.csv'), fc.integer({ min: 1, max: 40 }), (whole, path, pieceLength) => {
        expect(found(leakFinder(tokens, pieceLength), path, whole)).toEqual(found(leakFinder(collapsing, pieceLength), path, whole));
      }),
      { numRuns: 3000 },
    );
  });

  test('worked by hand: a value across a run of spaces and line breaks is found only when it holds a space', () => {
    const text = '<p>Kay \n\t  Marlowe, CLI0042\r\n</p>';
    expect(leakFinder(tokens)({ path: 'dist/a.html', text }).map((leak) => leak.code)).toEqual(['leak-in-built-site']);
    expect(leakFinder([{ token: 'Kay Marlowe', origin: 'data/x/sessions.csv, column worker' }])({ path: 'dist/a.html', text })).toHaveLength(1);
  });
});

describe('what the scan finds is what searching every reading for every value finds', () => {
  // The reference: each value searched for everywhere in each text the file is read as, with indexOf, and kept where no letter or digit touches it.
  const reference = (text: string, tokens: ReadonlyArray<{ token: string; origin: string }>): string[] => {
    const origins = new Set<string>();
    const texts = readerTexts(text);
    for (const { token, origin } of tokens) {
      const value = normaliseForScan(token).trim();
      if (value.length < (/^\d+$/.test(value) ? MIN_NUMERIC_TOKEN_LENGTH : MIN_TOKEN_LENGTH)) continue;
      for (const read of texts) {
        for (let at = read.indexOf(value); at >= 0; at = read.indexOf(value, at + 1)) {
          if (!WORD_CHARACTER.test(read[at - 1] ?? ' ') && !WORD_CHARACTER.test(read[at + value.length] ?? ' ')) origins.add(origin);
        }
      }
    }
    return [...origins].sort();
  };
  // One value's first run is longer than the candidate pattern bounds (1,000 characters), which the pattern then leaves unbounded.
  const pool = ['CLI0042', 'cli9', 'A-123x', '987654', '0042-X9', 'x1y2z3', 'Zoë Park', 'ΟΔΟ42', 'Kay Marlowe', '-A12', '12345', 'ab', 'CLI00421', `${'q'.repeat(1001)}7`];
  const fragments = [...pool, ' ', '\n', '  ', '-', '—', '<b>', '</b>', '<br>', '&#67;', 'é', 'e\u0301', 'ＣＬＩ', 'cli', '0042', '42', 'x', '"', 'Park', 'Zoe'];

  test('for any values and any text', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (values, parts) => {
        const tokens = values.map((token, index) => ({ token, origin: `data/x/clients.csv, column c${index}` }));
        const text = parts.join('');
        const found = leakFinder(tokens)({ path: 'dist/a.html', text }).map((leak) => leak.found);
        expect(found).toEqual(reference(text, tokens).map((origin) => `a value from ${origin}`));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a value whose first run is very long', () => {
  test('is found, and a run millions of characters long is read without running out of stack', () => {
    // A bounded repeat of the candidate pattern took the engine's stack for each character: 6 million overflowed it.
    const value = 'a'.repeat(6_000_000);
    const finder = leakFinder([{ token: value, origin: 'data/x/clients.csv, column notes' }]);
    expect(finder({ path: 'dist/a.txt', text: `x ${value} y` }).map((leak) => leak.found)).toEqual(['a value from data/x/clients.csv, column notes']);
    expect(finder({ path: 'dist/a.txt', text: `x ${value}b y` })).toEqual([]);
  });
});
