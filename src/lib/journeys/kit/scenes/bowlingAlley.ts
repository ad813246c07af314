import { outlined } from './sceneParts.ts';
import { PAPER, SCREEN, SCREEN_GLOW } from './scenePalette.ts';
import { circle, group, polygon, rect, strokes } from './sceneShapes.ts';

const WALL = '#dcd6e8';
const MASKING = '#5c6b9c';
const MASKING_SHAPE = '#7584b3';
const PIT = '#434b66';
const LANE = '#e6cb99';
const APPROACH = '#eddcb9';
const GUTTER = '#8f95a4';
const DIVIDER = '#b6a8cf';
const PIN_STRIPE = '#c8503f';
const RETURN_HOOD = '#6c5c9b';
const LIGHT = '#f6eec9';

/** Lanes recede to this point above the pins, so the lanes narrow as they go back. */
const VANISH = { x: 180, y: 60 } as const;
const PIN_DECK_Y = 166;
const NEAR_Y = 320;

/** Where a line from (x, PIN_DECK_Y) towards the reader meets `y`. */
function towardsReader(x: number, y: number): number {
  return VANISH.x + ((x - VANISH.x) * (y - VANISH.y)) / (PIN_DECK_Y - VANISH.y);
}

/**
 * The ten pins of every lane, seen from the front: back row highest, head pin lowest. Each pin is a
 * round-capped stroke (body, then head, then a red neck band), so fifty pins stay a few elements.
 */
function pins(centres: readonly number[]): string {
  const rows = [4, 3, 2, 1];
  const places = centres.flatMap((centreX) =>
    rows.flatMap((count, row) => Array.from({ length: count }, (_, index) => ({ x: centreX + (index - (count - 1) / 2) * 11, y: PIN_DECK_Y + 5 + row * 3 }))),
  );
  return (
    strokes(
      places.map(({ x, y }) => [x, y - 4, x, y - 7] as const),
      PAPER,
      7,
    ) +
    strokes(
      places.map(({ x, y }) => [x, y - 12, x, y - 14] as const),
      PAPER,
      4.4,
    ) +
    strokes(
      places.map(({ x, y }) => [x - 1, y - 10.5, x + 1, y - 10.5] as const),
      PIN_STRIPE,
      1.6,
    )
  );
}

/** One lane between its gutters, from the pin deck at the back to the foul line at the front. */
function lane(farLeft: number, farRight: number): string {
  const gutter = 4;
  const quad = (left: number, right: number, fill: string): string =>
    polygon(
      [
        [left, PIN_DECK_Y],
        [right, PIN_DECK_Y],
        [towardsReader(right, NEAR_Y), NEAR_Y],
        [towardsReader(left, NEAR_Y), NEAR_Y],
      ],
      fill,
    );
  const arrows = [0.3, 0.5, 0.7].map((share) => {
    const x = towardsReader(farLeft + (farRight - farLeft) * share, 262);
    return polygon(
      [
        [x - 3, 266],
        [x + 3, 266],
        [x, 258],
      ],
      '#b08b55',
    );
  });
  return quad(farLeft - gutter, farRight + gutter, GUTTER) + quad(farLeft, farRight, LANE) + arrows.join('');
}

/** Lanes receding to the pins, the masking panel above them, the ball return and the lights. */
export function drawBowlingAlley(): string {
  const lanes = [-2, -1, 0, 1, 2].map((index) => {
    const left = 152 + index * 66;
    return { left, right: left + 56, centre: left + 28 };
  });
  const dividers = lanes.map(({ left }) =>
    polygon(
      [
        [left - 9, PIN_DECK_Y],
        [left - 5, PIN_DECK_Y],
        [towardsReader(left - 5, NEAR_Y), NEAR_Y],
        [towardsReader(left - 9, NEAR_Y), NEAR_Y],
      ],
      DIVIDER,
    ),
  );
  const lights = [30, 90, 150, 210, 270, 330].map((x) => rect(x - 14, 0, 28, 5, LIGHT)).join('');
  return (
    rect(0, 0, 360, PIN_DECK_Y, WALL) +
    lights +
    // Score screens hang above the lanes: blank, to show the place, not a score.
    outlined(rect(54, 56, 56, 34, { fill: SCREEN, rx: 2 }), rect(250, 56, 56, 34, { fill: SCREEN, rx: 2 })) +
    rect(58, 60, 48, 26, SCREEN_GLOW) +
    rect(254, 60, 48, 26, SCREEN_GLOW) +
    strokes(
      [
        [82, 0, 82, 56],
        [278, 0, 278, 56],
      ],
      '#8c93a3',
      1.5,
    ) +
    rect(0, 110, 360, 40, MASKING) +
    group(MASKING_SHAPE, circle(40, 130, 10), circle(120, 130, 10), circle(200, 130, 10), circle(280, 130, 10), circle(340, 130, 10)) +
    rect(0, 150, 360, PIN_DECK_Y - 150, PIT) +
    rect(0, PIN_DECK_Y, 360, NEAR_Y - PIN_DECK_Y, APPROACH) +
    dividers.join('') +
    lanes.map(({ left, right }) => lane(left, right)).join('') +
    pins(lanes.map(({ centre }) => centre)) +
    // Foul line, then the approach where bowlers stand.
    rect(0, 270, 360, NEAR_Y - 270, APPROACH) +
    rect(0, 268, 360, 3, '#4a4f60') +
    // The ball return at the front left, with balls waiting on it.
    outlined(rect(4, 240, 84, 44, { fill: RETURN_HOOD, rx: 18 }), rect(10, 282, 72, 14, '#54487d')) +
    outlined(circle(24, 232, 10, '#c0504d'), circle(46, 232, 10, '#3b6ea5'), circle(68, 232, 10, '#2f7d6b')) +
    group('#1f2329', circle(22, 228, 1.3), circle(26, 229, 1.3), circle(44, 228, 1.3), circle(48, 229, 1.3), circle(66, 228, 1.3), circle(70, 229, 1.3))
  );
}
