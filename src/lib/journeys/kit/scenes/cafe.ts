import { FLOOR_Y, outlined, pottedPlant, room, window } from './sceneParts.ts';
import { LEAF, LEAF_DARK, PAPER, POT, STEEL } from './scenePalette.ts';
import { ellipse, line, polygon, rect, strokes } from './sceneShapes.ts';

const WALL = '#f3e7d4';
const PANELLING = '#e4d0b3';
const FLOOR = '#cfb592';
const SKIRTING = '#a8876a';
const COUNTER = '#9a6d4a';
const COUNTER_TOP = '#6d4c35';
const CHALKBOARD = '#44504d';
const CHALK = '#e9e6dc';
const TABLE = '#ece4d4';
const CHAIR = '#7a5a41';
const LAMPSHADE = '#d69c48';

function cup(x: number, baseY: number, size: number): string {
  return outlined(rect(x, baseY - size, size, size, { fill: PAPER, rx: 1.5 }), rect(x + size, baseY - size * 0.75, size * 0.35, size * 0.45, { fill: 'none', rx: 1.5 }));
}

/** A menu in chalk: rows of strokes and prices as dots, so it reads as a menu without any words. */
function menuBoard(): string {
  const rows = [0, 1, 2, 3, 4].map((index) => [36, 52 + index * 11, 36 + 46 + ((index * 17) % 30), 52 + index * 11] as const);
  const prices = [0, 1, 2, 3, 4].map((index) => [122, 52 + index * 11, 130, 52 + index * 11] as const);
  return rect(22, 34, 124, 72, { fill: CHALKBOARD, stroke: '#8a6b4a', width: 4 }) + strokes([...rows, ...prices], CHALK, 3);
}

/** A counter with a coffee machine and cups, a chalk menu, and a small round table. */
export function drawCafe(): string {
  const planks = strokes(
    [262, 284, 306].map((y) => [0, y, 360, y] as const),
    '#c3a883',
    1.5,
  );
  return (
    room(WALL, FLOOR, SKIRTING) +
    rect(0, 176, 360, FLOOR_Y - 180, PANELLING) +
    planks +
    menuBoard() +
    window(236, 40, 104, 112, 2) +
    line(200, 0, 200, 40, STEEL, 1.5) +
    outlined(
      polygon(
        [
          [192, 40],
          [208, 40],
          [216, 52],
          [184, 52],
        ],
        LAMPSHADE,
      ),
    ) +
    pottedPlant(322, 150, 34, POT, LEAF, LEAF_DARK) +
    // The counter along the left wall, with the coffee machine on it.
    outlined(rect(0, 176, 168, FLOOR_Y - 176, COUNTER), rect(0, 170, 174, 8, COUNTER_TOP)) +
    strokes(
      [42, 84, 126].map((x) => [x, 182, x, 232] as const),
      '#86603f',
      2,
    ) +
    outlined(rect(18, 126, 62, 44, { fill: '#58616a', rx: 3 }), rect(24, 132, 50, 10, { fill: '#707a84', stroke: 'none' }), rect(30, 146, 9, 8, STEEL), rect(58, 146, 9, 8, STEEL)) +
    cup(30, 168, 9) +
    cup(58, 168, 9) +
    cup(28, 126, 8) +
    cup(42, 126, 8) +
    cup(56, 126, 8) +
    outlined(ellipse(130, 162, 22, 8, '#e3eef2'), rect(108, 162, 44, 6, '#e3eef2'), rect(120, 154, 20, 8, { fill: '#d9a86c', stroke: 'none' })) +
    // The small round table and a chair, low in the middle of the floor.
    outlined(
      rect(276, 224, 4, 70, CHAIR),
      rect(300, 224, 4, 70, CHAIR),
      rect(274, 222, 32, 7, { fill: CHAIR, rx: 3 }),
      rect(278, 236, 24, 4, CHAIR),
      rect(272, 254, 36, 6, { fill: CHAIR, rx: 2 }),
      ellipse(206, 294, 20, 4, STEEL),
      rect(203, 258, 6, 36, STEEL),
      ellipse(206, 254, 40, 8, TABLE),
    ) +
    cup(190, 252, 8) +
    cup(212, 252, 8)
  );
}
