/**
 * The chart palette. Built from the Okabe–Ito colour-blind-safe hues, darkened so that every
 * mark has at least 3:1 contrast with the white page and every direct label at least 4.5:1 with
 * its fill. Adjacent segments of a stacked bar are separated by a white gap (SEGMENT_GAP), so a
 * boundary never relies on two fills differing. test/charts/palette.test.ts computes all of this.
 */
export const PAGE = '#ffffff';
export const INK = '#1b1f24';
export const MUTED_INK = '#4a525c';
export const GRID = '#cfd6df';
/** Width in pixels of the white gap between adjacent stacked segments. */
export const SEGMENT_GAP = 1.5;

/** Improved / maintained / deteriorated, in that order. */
export const STATUS_COLOURS = {
  improved: '#0a5fa3',
  maintained: '#646464',
  deteriorated: '#b34700',
} as const;

/**
 * "No change or worse": maintained and deteriorated combined by disclosure control. A lighter
 * neutral grey that no single status uses, so a combined share never passes for one status.
 */
export const MERGED_STATUS_COLOUR = '#8c8c8c';

/** A five-point agreement scale, most negative first. */
export const LIKERT_COLOURS = ['#8f3a00', '#b85a1a', '#6b6b6b', '#3a78b8', '#0b4a85'] as const;

/** Series in a categorical chart (before / after, first / latest…), in order. */
export const SERIES_COLOURS = ['#0a5fa3', '#b34700', '#1b7a5a', '#7a4a9e'] as const;

/**
 * A side of an agreement scale published as one figure (not agreeing, agreeing), because one of its
 * responses is too small to show: colours no single response uses, so a combined bar never reads
 * as one answer.
 */
export const COMBINED_COLOURS = { against: SERIES_COLOURS[3], for: SERIES_COLOURS[2] } as const;

/**
 * A figure's result against its target: met in green, not met in orange, Okabe–Ito hues a
 * colour-blind reader tells apart by lightness too, always with "✓ met" or "✗ not met" written
 * beside them; a figure with no result keeps the figures' blue.
 */
export const TARGET_RESULT_COLOURS = { met: SERIES_COLOURS[2], 'not-met': STATUS_COLOURS.deteriorated } as const;

/** One colour for single-series bars. */
export const PRIMARY = '#1d4e89';

/** Colours for a diverging scale of `count` steps (2 to 7), most negative first. */
export function divergingColours(count: number): readonly string[] {
  if (count === 5) return LIKERT_COLOURS;
  if (count === 3) return [STATUS_COLOURS.deteriorated, STATUS_COLOURS.maintained, STATUS_COLOURS.improved];
  if (count === 2) return [STATUS_COLOURS.deteriorated, STATUS_COLOURS.improved];
  if (count === 4) return [LIKERT_COLOURS[0], LIKERT_COLOURS[1], LIKERT_COLOURS[3], LIKERT_COLOURS[4]];
  if (count === 6) return [LIKERT_COLOURS[0], LIKERT_COLOURS[1], '#a0522d', '#5a8fc8', LIKERT_COLOURS[3], LIKERT_COLOURS[4]];
  if (count === 7) return ['#6e2c00', LIKERT_COLOURS[0], LIKERT_COLOURS[1], LIKERT_COLOURS[2], LIKERT_COLOURS[3], LIKERT_COLOURS[4], '#08365f'];
  throw new RangeError(`invalid diverging scale size: ${count}`);
}
