import { FLOOR_Y, outlined, room } from './sceneParts.ts';
import { GLASS, GLASS_SHINE, SCREEN_GLOW, STEEL } from './scenePalette.ts';
import { circle, line, polygon, rect, strokes } from './sceneShapes.ts';

const WALL = '#e3e6ea';
const RUBBER_FLOOR = '#9ea4aa';
const SKIRTING = '#7f868d';
const ACCENT = '#e08a3c';
const RACK = '#5b646d';
const IRON = '#353c43';
const PAD = '#3f7f8c';
const BELT = '#2f353b';

function dumbbell(x: number, y: number, size: number): string {
  return rect(x, y - 1.5, size * 2.2, 3, STEEL) + rect(x - 2, y - size / 2, 5, size, { fill: IRON, rx: 1.5 }) + rect(x + size * 2.2 - 3, y - size / 2, 5, size, { fill: IRON, rx: 1.5 });
}

/** A mirror wall, a rack of dumbbells, a weights bench and a treadmill. */
export function drawGym(): string {
  const rack = [184, 204, 224].flatMap((y, row) => [dumbbell(14, y - 4, 10 + row * 2), dumbbell(48, y - 4, 10 + row * 2)]).join('');
  return (
    room(WALL, RUBBER_FLOOR, SKIRTING) +
    rect(0, 226, 360, 10, ACCENT) +
    // The mirror wall: a large calm shape with two bright diagonal reflections.
    outlined(rect(92, 34, 176, 186, GLASS)) +
    strokes(
      [
        [120, 210, 190, 40],
        [150, 210, 214, 52],
      ],
      GLASS_SHINE,
      10,
    ) +
    strokes([[180, 34, 180, 220]], '#b8cdd9', 2) +
    // The dumbbell rack on the left.
    outlined(rect(6, 164, 5, FLOOR_Y - 164, RACK), rect(82, 164, 5, FLOOR_Y - 164, RACK)) +
    strokes(
      [184, 204, 224].map((y) => [6, y, 87, y] as const),
      RACK,
      3,
    ) +
    rack +
    // The treadmill on the right: console, handrails, deck.
    outlined(
      rect(262, 150, 6, 82, STEEL),
      rect(252, 140, 44, 16, { fill: '#4a525c', rx: 3 }),
      rect(258, 144, 20, 8, { fill: SCREEN_GLOW, stroke: 'none' }),
      polygon(
        [
          [256, 230],
          [350, 230],
          [354, 244],
          [252, 244],
        ],
        '#4a525c',
      ),
      rect(266, 226, 84, 5, BELT),
    ) +
    line(268, 176, 316, 176, STEEL, 4) +
    // A flat bench low in the middle, a barbell plate and a kettlebell on the floor.
    outlined(rect(120, 270, 6, 26, STEEL), rect(218, 270, 6, 26, STEEL), rect(108, 262, 128, 10, { fill: PAD, rx: 4 })) +
    outlined(circle(30, 280, 16, IRON)) +
    circle(30, 280, 4, '#6b737b') +
    outlined(rect(316, 276, 22, 20, { fill: IRON, rx: 8 }), rect(320, 266, 14, 12, { fill: 'none', stroke: IRON, width: 4, rx: 5 }))
  );
}
