import { cloud, outdoors, outlined } from './sceneParts.ts';
import { SAFETY_YELLOW, SCREEN, SCREEN_GLOW, STEEL } from './scenePalette.ts';
import { circle, ellipse, line, polygon, polyline, rect, strokes } from './sceneShapes.ts';

const TARMAC = '#a9aeb2';
const BAY_LINE = '#eeeee8';
const VERGE = '#a9c29e';
const HEDGE = '#8fb087';
const DISTANT_WALL = '#c3c6c6';
const DISTANT_BLOCK = '#b5babd';
const TYRE = '#3b4249';
const REAR_LIGHT = '#c8503f';

/** A hatchback seen from behind, `width` wide, wheels on `baseY`. */
function car(x: number, baseY: number, width: number, body: string): string {
  const height = width * 0.62;
  const top = baseY - height;
  return outlined(
    rect(x + width * 0.06, baseY - 10, width * 0.18, 12, { fill: TYRE, rx: 3 }),
    rect(x + width * 0.76, baseY - 10, width * 0.18, 12, { fill: TYRE, rx: 3 }),
    polygon(
      [
        [x + width * 0.16, top],
        [x + width * 0.84, top],
        [x + width * 0.94, top + height * 0.42],
        [x + width * 0.06, top + height * 0.42],
      ],
      body,
    ),
    polygon(
      [
        [x + width * 0.2, top + height * 0.07],
        [x + width * 0.8, top + height * 0.07],
        [x + width * 0.87, top + height * 0.38],
        [x + width * 0.13, top + height * 0.38],
      ],
      '#cfdde6',
    ),
    rect(x, top + height * 0.4, width, height * 0.48, { fill: body, rx: 5 }),
    rect(x + width * 0.05, top + height * 0.5, width * 0.16, height * 0.12, { fill: REAR_LIGHT, rx: 2 }),
    rect(x + width * 0.79, top + height * 0.5, width * 0.16, height * 0.12, { fill: REAR_LIGHT, rx: 2 }),
    rect(x + width * 0.36, top + height * 0.56, width * 0.28, height * 0.12, '#f3f1e6'),
    rect(x + width * 0.02, top + height * 0.74, width * 0.96, height * 0.1, { fill: '#7a828a', rx: 2 }),
  );
}

/** Tarmac with bay lines, parked cars, an entry barrier, and a prison wall in the distance. */
export function drawCarPark(): string {
  const horizon = 222;
  // Bay lines fan out from a vanishing point above the panel, so the tarmac reads as receding.
  const bays = strokes(
    [-150, -60, 30, 120, 210, 300, 390, 480].map((bottom) => [180 + (bottom - 180) * 0.38, horizon + 12, bottom, 320] as const),
    BAY_LINE,
    2.5,
  );
  return (
    outdoors(TARMAC, horizon) +
    cloud(90, 46, 24) +
    cloud(290, 34, 18) +
    // The prison in the distance: a long blank wall, a block behind it, wire along the top.
    rect(150, 150, 64, 30, DISTANT_BLOCK) +
    strokes(
      [0, 1, 2, 3].map((index) => [158 + index * 14, 158, 164 + index * 14, 158] as const),
      '#a1a7ab',
      3,
    ) +
    rect(120, 176, 240, 32, DISTANT_WALL) +
    // Coiled wire along the top of the distant wall: what makes it a prison and not a factory.
    polyline(
      Array.from({ length: 41 }, (_, index) => [120 + index * 6, index % 2 === 0 ? 176 : 171] as const),
      '#8a9196',
      1.2,
    ) +
    rect(300, 140, 16, 36, DISTANT_BLOCK) +
    rect(296, 136, 24, 6, '#a6acb0') +
    ellipse(48, 208, 46, 18, HEDGE) +
    ellipse(104, 206, 36, 16, HEDGE) +
    rect(0, horizon - 14, 360, 14, VERGE) +
    line(0, horizon + 12, 360, horizon + 12, BAY_LINE, 2.5) +
    bays +
    // The entry barrier, arm down, in red and white.
    outlined(rect(150, 196, 14, 40, '#e9e6dc'), rect(162, 203, 96, 6, { fill: '#f4f2ea', rx: 3 })) +
    strokes(
      [0, 1, 2, 3].map((index) => [172 + index * 22, 206, 182 + index * 22, 206] as const),
      REAR_LIGHT,
      5,
    ) +
    circle(157, 206, 3, STEEL) +
    car(264, 250, 80, '#8e9fb6') +
    car(6, 292, 108, '#c9a26b') +
    // The pay machine at the kerb on the right.
    outlined(rect(318, 236, 34, 60, { fill: '#5d7f9e', rx: 3 }), rect(314, 292, 42, 6, STEEL)) +
    rect(318, 236, 34, 8, { fill: SAFETY_YELLOW, rx: 3 }) +
    rect(324, 250, 22, 14, SCREEN_GLOW) +
    rect(326, 270, 18, 4, SCREEN)
  );
}
