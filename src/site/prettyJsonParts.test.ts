import { describe, expect, test } from 'vitest';
import { prettyJsonParts } from './prettyJsonParts.ts';

function text(parts: Iterable<string>): string {
  return [...parts].join('');
}

describe('prettyJsonParts writes the pretty-printed JSON of the whole, one group of items at a time', () => {
  test('a head, then the items of every group in order, each indented as an item of the array', () => {
    const made = text(prettyJsonParts({ symbols: { c: 'kept back' } }, 'figures', [() => [{ id: 'a', value: 1 }], () => [], () => [{ id: 'b', tags: ['x'] }, 2]]));
    // Worked out by hand from JSON.stringify's layout with two spaces.
    expect(made).toBe(
      [
        '{',
        '  "symbols": {',
        '    "c": "kept back"',
        '  },',
        '  "figures": [',
        '    {',
        '      "id": "a",',
        '      "value": 1',
        '    },',
        '    {',
        '      "id": "b",',
        '      "tags": [',
        '        "x"',
        '      ]',
        '    },',
        '    2',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('no items at all make an empty array, as JSON.stringify writes it', () => {
    expect(text(prettyJsonParts({ title: 'T' }, 'figures', [() => [], () => []]))).toBe('{\n  "title": "T",\n  "figures": []\n}\n');
    expect(text(prettyJsonParts({}, 'figures', []))).toBe('{\n  "figures": []\n}\n');
  });

  test('the same bytes as JSON.stringify of the whole, with newlines, quotes, non-ASCII text, nulls and empty values in the items', () => {
    const head = { symbols: { c: '[c]', note: 'line one\nline two' }, evaluations: [{ slug: 'é', period: null }], empty: {} };
    const groups = [
      [{ id: 'x', label: 'Lives “settled”\n', interval: null, breakdowns: [], nested: { a: [1, [2, { b: '' }]] } }],
      [],
      [{ id: 'y', value: -0.5, unit: '%', missing: undefined }, null, 'plain'],
    ];
    const whole = `${JSON.stringify({ ...head, figures: groups.flat() }, null, 2)}\n`;
    expect(
      text(
        prettyJsonParts(
          head,
          'figures',
          groups.map((group) => () => group),
        ),
      ),
    ).toBe(whole);
  });

  test('makes each group only when the parts before it have been taken', () => {
    const made: number[] = [];
    const groups = [0, 1, 2].map((index) => () => {
      made.push(index);
      return [index];
    });
    const parts = prettyJsonParts({}, 'items', groups);
    parts.next();
    expect(made).toEqual([]);
    parts.next();
    expect(made).toEqual([0]);
    expect([...parts].join('')).toBe(',\n    1,\n    2\n  ]\n}\n');
    expect(made).toEqual([0, 1, 2]);
  });

  test('refuses a head that already has the field given in parts', () => {
    expect(() => prettyJsonParts({ figures: [] }, 'figures', []).next()).toThrow(/given in parts/);
  });
});
