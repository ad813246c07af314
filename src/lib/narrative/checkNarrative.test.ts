import { describe, expect, test } from 'vitest';
import { checkNarrative } from './checkNarrative.ts';

const ids = new Set(['engaged', 'cohort-share[age-band=under-25]']);

describe('checkNarrative(file, text, figureIds)', () => {
  test('accepts known ids in flow and text positions, and front matter', () => {
    const text = '---\ntitle: Summary\n---\n\n<IndicatorCard id="engaged" />\n\nOf those, <Indicator id="cohort-share[age-band=under-25]" /> were young.\n';
    expect(checkNarrative('s.mdx', text, ids)).toEqual([]);
  });

  test('names the line of an unknown id, an id that is not plain text, and an unknown component', () => {
    const text = 'Line one.\n\n<Indicator id="engagd" />\n\n<Indicator id={x} />\n\n<Graph id="engaged" />\n\n<em>fine</em>\n';
    expect(checkNarrative('s.mdx', text, ids)).toEqual([
      {
        file: 's.mdx',
        row: 3,
        column: 'Indicator',
        code: 'mdx-unknown-indicator',
        found: 'unknown indicator id "engagd"',
        expected: 'an indicator id this evaluation publishes (its figures.json lists all 2)',
      },
      {
        file: 's.mdx',
        row: 5,
        column: 'Indicator',
        code: 'mdx-indicator-without-id',
        found: 'no id="…" written as plain text',
        expected: '<Indicator id="engaged" /> naming a published indicator (see docs/indicators.md)',
      },
      {
        file: 's.mdx',
        row: 7,
        column: 'Graph',
        code: 'mdx-unknown-component',
        found: 'unknown component <Graph>',
        expected: 'one of the components evalsite provides: <Indicator>, <IndicatorCard>, <Chart>',
      },
    ]);
  });

  test('a <Chart> must name a kind and options this evaluation has', () => {
    const charts = [
      { id: 'chart-improved-by-domain', kind: 'outcome-status', options: {} },
      { id: 'chart-improved-by-domain-and-service', kind: 'outcome-status', options: { group: 'service' } },
      { id: 'chart-targets', kind: 'targets', options: {} },
    ];
    const text = [
      '<Chart kind="outcome-status" />',
      '<Chart kind="outcome-status" group="service" />',
      '<Chart kind="outcome-status" group="gender" />',
      '<Chart kind="pie" />',
      '<Chart kind="likert" />',
      '<Chart group="service" />',
    ].join('\n\n');
    expect(checkNarrative('s.mdx', text, ids, charts)).toEqual([
      { file: 's.mdx', row: 5, column: 'Chart', code: 'mdx-chart-options', found: 'no outcome-status chart with group="gender"', expected: 'one of: (no options); group="service"' },
      {
        file: 's.mdx',
        row: 7,
        column: 'Chart',
        code: 'mdx-unknown-chart-kind',
        found: 'unknown chart kind "pie"',
        expected: 'one of cohort, engagement-by-age-band, outcome-status, distance-travelled, first-vs-latest, reoffending, before-after, likert, targets',
      },
      {
        file: 's.mdx',
        row: 9,
        column: 'Chart',
        code: 'mdx-chart-not-drawable',
        found: "the likert chart, which this evaluation's data cannot draw",
        expected: 'a kind whose data it has: outcome-status, targets',
      },
      {
        file: 's.mdx',
        row: 11,
        column: 'Chart',
        code: 'mdx-chart-without-kind',
        found: 'no kind="…"',
        expected: 'a chart kind: cohort, engagement-by-age-band, outcome-status, distance-travelled, first-vs-latest, reoffending, before-after, likert, targets',
      },
    ]);
  });

  test('MDX that does not parse is reported with its line', () => {
    const [problem] = checkNarrative('s.mdx', 'Fine.\n\n<Indicator id="engaged"\n', ids);
    expect(problem).toMatchObject({ file: 's.mdx', row: 4, code: 'mdx-does-not-parse' });
    expect(problem?.found).toMatch(/^MDX that does not parse/);
  });
});
