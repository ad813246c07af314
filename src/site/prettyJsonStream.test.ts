import { describe, expect, test } from 'vitest';
import { prettyJsonStream } from './prettyJsonStream.ts';

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('prettyJsonStream writes the pretty-printed JSON of the whole, one group of items at a time', () => {
  test('a head, then the items of every group in order, each indented as an item of the array', async () => {
    const made = await text(prettyJsonStream({ symbols: { c: 'kept back' } }, 'figures', [() => [{ id: 'a', value: 1 }], () => [], () => [{ id: 'b', tags: ['x'] }, 2]]));
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

  test('no items at all make an empty array, as JSON.stringify writes it', async () => {
    expect(await text(prettyJsonStream({ title: 'T' }, 'figures', [() => [], () => []]))).toBe('{\n  "title": "T",\n  "figures": []\n}\n');
    expect(await text(prettyJsonStream({}, 'figures', []))).toBe('{\n  "figures": []\n}\n');
  });

  test('the same bytes as JSON.stringify of the whole, with newlines, quotes, non-ASCII text, nulls and empty values in the items', async () => {
    const head = { symbols: { c: '[c]', note: 'line one\nline two' }, evaluations: [{ slug: 'é', period: null }], empty: {} };
    const groups = [
      [{ id: 'x', label: 'Lives “settled”\n', interval: null, breakdowns: [], nested: { a: [1, [2, { b: '' }]] } }],
      [],
      [{ id: 'y', value: -0.5, unit: '%', missing: undefined }, null, 'plain'],
    ];
    const whole = `${JSON.stringify({ ...head, figures: groups.flat() }, null, 2)}\n`;
    expect(
      await text(
        prettyJsonStream(
          head,
          'figures',
          groups.map((group) => () => group),
        ),
      ),
    ).toBe(whole);
  });

  test('makes each group only when the bytes before it have been read', async () => {
    const made: number[] = [];
    const groups = [0, 1, 2].map((index) => () => {
      made.push(index);
      return [index];
    });
    const reader = prettyJsonStream({}, 'items', groups).getReader();
    await reader.read();
    expect(made.length).toBeLessThan(3);
    while (!(await reader.read()).done);
    expect(made).toEqual([0, 1, 2]);
  });

  test('refuses a head that already has the streamed field', () => {
    expect(() => prettyJsonStream({ figures: [] }, 'figures', [])).toThrow(/streamed array/);
  });
});
