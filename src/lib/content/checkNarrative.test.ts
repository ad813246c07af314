import { describe, expect, test } from 'vitest';
import { checkNarrative } from './checkNarrative.ts';

const ids = new Set(['engaged', 'cohort-share[age-band=under-25]']);

describe('checkNarrative(file, text, figureIds)', () => {
  test('accepts known ids in flow and text positions, and front matter', () => {
    const text = '---\ntitle: Summary\n---\n\n<IndicatorCard id="engaged" />\n\nOf those, <Indicator id="cohort-share[age-band=under-25]" /> were young.\n';
    expect(checkNarrative('s.mdx', text, ids)).toEqual([]);
  });

  test('names the line of an unknown id, an id that is not plain text, and an unknown component', () => {
    const text = 'Line one.\n\n<Indicator id="engagd" />\n\n<Indicator id={x} />\n\n<Chart id="engaged" />\n\n<em>fine</em>\n';
    expect(checkNarrative('s.mdx', text, ids)).toEqual([
      { file: 's.mdx', row: 3, column: 'Indicator', found: 'unknown indicator id "engagd"', expected: 'an indicator id this evaluation publishes (its figures.json lists all 2)' },
      { file: 's.mdx', row: 5, column: 'Indicator', found: 'no id="…" written as plain text', expected: '<Indicator id="engaged" /> naming a published indicator (see docs/indicators.md)' },
      { file: 's.mdx', row: 7, column: 'Chart', found: 'unknown component <Chart>', expected: 'one of the components evalsite provides: <Indicator>, <IndicatorCard>' },
    ]);
  });

  test('MDX that does not parse is reported with its line', () => {
    const [problem] = checkNarrative('s.mdx', 'Fine.\n\n<Indicator id="engaged"\n', ids);
    expect(problem).toMatchObject({ file: 's.mdx', row: 4 });
    expect(problem?.found).toMatch(/^MDX that does not parse/);
  });
});
