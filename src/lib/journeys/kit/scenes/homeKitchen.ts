import { FLOOR_Y, outlined, room, window } from './sceneParts.ts';
import { STEEL, WOOD, WOOD_DARK } from './scenePalette.ts';
import { circle, ellipse, line, polygon, rect, strokes } from './sceneShapes.ts';

const WALL = '#f4ebd2';
const FLOOR = '#d8c8ab';
const SKIRTING = '#b59f7c';
const CUPBOARD = '#a3bca9';
const CUPBOARD_LINE = '#86a18d';
const WORKTOP = '#7d6a58';
const SPLASHBACK = '#e7eef0';
const CURTAIN = '#d9896a';
const FRIDGE = '#eef1f2';
const KETTLE = '#d3dade';

function handle(x: number, y: number): string {
  return rect(x, y, 8, 3, { fill: STEEL, rx: 1.5 });
}

/** Cupboards and a worktop with a kettle, a window with curtains, a fridge and the kitchen table. */
export function drawHomeKitchen(): string {
  const tiles = strokes(
    [
      [0, 156, 164, 156],
      [41, 140, 41, 172],
      [82, 140, 82, 172],
      [123, 140, 123, 172],
    ],
    '#d3dde1',
    1.5,
  );
  return (
    room(WALL, FLOOR, SKIRTING) +
    strokes(
      [
        [0, 270, 360, 270],
        [0, 296, 360, 296],
      ],
      '#cbb996',
      1.5,
    ) +
    // Wall cupboards, high on the left: a large calm shape in the balloons' band.
    outlined(rect(0, 40, 136, 62, CUPBOARD), rect(0, 102, 140, 5, CUPBOARD_LINE)) +
    strokes([[68, 44, 68, 98]], CUPBOARD_LINE, 2) +
    handle(56, 88) +
    handle(76, 88) +
    rect(0, 140, 164, 32, SPLASHBACK) +
    tiles +
    window(176, 46, 92, 84, 2) +
    line(162, 40, 282, 40, STEEL, 2.5) +
    outlined(
      polygon(
        [
          [164, 40],
          [186, 40],
          [180, 136],
          [162, 136],
        ],
        CURTAIN,
      ),
      polygon(
        [
          [258, 40],
          [280, 40],
          [282, 136],
          [264, 136],
        ],
        CURTAIN,
      ),
    ) +
    // Base cupboards and worktop, with the kettle and a mug on it.
    outlined(rect(0, 176, 164, FLOOR_Y - 176, CUPBOARD), rect(0, 170, 168, 8, WORKTOP)) +
    strokes(
      [
        [54, 182, 54, 234],
        [108, 182, 108, 234],
      ],
      CUPBOARD_LINE,
      2,
    ) +
    handle(42, 190) +
    handle(62, 190) +
    handle(96, 190) +
    outlined(
      polygon(
        [
          [108, 170],
          [134, 170],
          [130, 146],
          [112, 146],
        ],
        KETTLE,
      ),
      rect(116, 141, 10, 5, { fill: STEEL, rx: 2 }),
      polygon(
        [
          [108, 156],
          [100, 150],
          [102, 148],
          [110, 152],
        ],
        KETTLE,
      ),
      rect(144, 158, 10, 12, { fill: '#4f7fae', rx: 1.5 }),
    ) +
    rect(131, 150, 5, 14, { fill: 'none', stroke: STEEL, width: 2.5, rx: 2 }) +
    // The fridge on the right, with two magnets.
    outlined(rect(286, 92, 66, FLOOR_Y - 92, { fill: FRIDGE, rx: 4 })) +
    strokes([[286, 146, 352, 146]], '#aab3ba', 1.5) +
    rect(292, 112, 3, 22, { fill: STEEL, rx: 1.5 }) +
    rect(292, 156, 3, 30, { fill: STEEL, rx: 1.5 }) +
    circle(330, 110, 4, '#e0a53c') +
    rect(316, 120, 14, 10, '#cfe4f2') +
    // The kitchen table, low in the middle, with a fruit bowl.
    outlined(rect(124, 258, 8, 38, WOOD_DARK), rect(234, 258, 8, 38, WOOD_DARK), rect(112, 250, 142, 9, { fill: WOOD, rx: 2 })) +
    circle(170, 240, 5, '#d26a4a') +
    circle(180, 238, 5, '#e6b23f') +
    circle(189, 241, 5, '#8fb35a') +
    outlined(ellipse(180, 245, 18, 5, '#f3efe6'))
  );
}
