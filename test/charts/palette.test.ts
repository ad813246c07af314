import { describe, expect, test } from 'vitest';
import { contrastRatio, relativeLuminance, textColourOn } from '../../src/lib/theme/contrast.ts';
import { colourDifference, simulateColourVision, type ColourVision } from '../../src/lib/theme/colourVision.ts';
import { divergingColours, INK, LIKERT_COLOURS, MERGED_STATUS_COLOUR, MUTED_INK, PAGE, PRIMARY, SERIES_COLOURS, STATUS_COLOURS, TARGET_RESULT_COLOURS } from '../../src/lib/theme/palette.ts';

describe('contrast arithmetic', () => {
  // WCAG's own reference points: black on white is 21:1, a colour on itself 1:1, #767676 on white 4.54:1.
  test('contrastRatio matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
  });
});

const fills = [...Object.values(STATUS_COLOURS), MERGED_STATUS_COLOUR, ...LIKERT_COLOURS, ...SERIES_COLOURS, PRIMARY, ...[2, 3, 4, 5, 6, 7].flatMap((count) => divergingColours(count))];

describe('the chart palette', () => {
  test.each([...new Set(fills)])('mark %s has at least 3:1 contrast with the page', (fill) => {
    expect(contrastRatio(fill, PAGE)).toBeGreaterThanOrEqual(3);
  });

  test.each([...new Set(fills)])('a direct label on %s has at least 4.5:1 contrast', (fill) => {
    expect(contrastRatio(textColourOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
  });

  test('text colours have at least 4.5:1 contrast with the page, the target results (written as text in the diagram) included', () => {
    for (const colour of [INK, MUTED_INK, PRIMARY, ...Object.values(TARGET_RESULT_COLOURS)]) expect(contrastRatio(colour, PAGE), colour).toBeGreaterThanOrEqual(4.5);
  });

  test.each([2, 3, 4, 5, 6, 7])('adjacent segments of a %i-step stacked bar meet at a page-coloured gap with 3:1 contrast on both sides', (count) => {
    const colours = divergingColours(count);
    expect(colours).toHaveLength(count);
    for (let index = 1; index < colours.length; index += 1) {
      const [left, right] = [colours[index - 1] ?? '', colours[index] ?? ''];
      expect(Math.min(contrastRatio(left, PAGE), contrastRatio(right, PAGE))).toBeGreaterThanOrEqual(3);
    }
  });

  const visions: ColourVision[] = ['protanopia', 'deuteranopia', 'tritanopia'];
  test.each(visions)('status (and the merged status) and series colours stay distinguishable under simulated %s (ΔE ≥ 10)', (vision) => {
    for (const palette of [[...Object.values(STATUS_COLOURS), MERGED_STATUS_COLOUR], [...SERIES_COLOURS].slice(0, 2), [...LIKERT_COLOURS], [...Object.values(TARGET_RESULT_COLOURS), PRIMARY]]) {
      const seen = palette.map((colour) => simulateColourVision(colour, vision));
      for (let i = 0; i < seen.length; i += 1) {
        for (let j = i + 1; j < seen.length; j += 1) {
          expect(colourDifference(seen[i] ?? '', seen[j] ?? ''), `${palette[i]} vs ${palette[j]}`).toBeGreaterThanOrEqual(10);
        }
      }
    }
  });

  test('the simulation leaves greys grey and moves reds (a check on the matrices)', () => {
    expect(colourDifference(simulateColourVision('#808080', 'deuteranopia'), '#808080')).toBeLessThan(2);
    expect(colourDifference(simulateColourVision('#ff0000', 'protanopia'), '#ff0000')).toBeGreaterThan(20);
  });
});
