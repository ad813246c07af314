import { FLOOR_Y, outlined, room } from './sceneParts.ts';
import { GLASS, OUTLINE, STEEL } from './scenePalette.ts';
import { circle, line, rect } from './sceneShapes.ts';

const WALL = '#e0e3da';
const DADO = '#ccd3c6';
const FLOOR = '#b4b8ae';
const SKIRTING = '#959a8f';
const DOOR = '#6e8090';
const DOOR_FRAME = '#8f9ba4';
const BED = '#c3c8bc';
const MATTRESS = '#8196aa';

/** A bare institutional room: two-tone paint, a high small barred window, a heavy door with a hatch. */
export function drawSecureUnit(): string {
  const bars = [0, 1, 2, 3].map((index) => line(56 + index * 12, 38, 56 + index * 12, 76, STEEL, 3)).join('');
  return (
    room(WALL, FLOOR, SKIRTING) +
    rect(0, 150, 360, FLOOR_Y - 154, DADO) +
    line(0, 150, 360, 150, '#b9c1b3', 2) +
    // The window is small and high: nothing to see out of but sky.
    outlined(rect(44, 34, 64, 46, '#a7afb5'), rect(49, 38, 54, 38, { fill: GLASS, stroke: 'none' })) +
    bars +
    rect(40, 80, 72, 5, { fill: '#a7afb5', stroke: OUTLINE, width: 1.2 }) +
    rect(150, 0, 70, 8, { fill: '#f3f2e8', stroke: OUTLINE, width: 1 }) +
    // A fixed plinth bed at the far left, clear of where characters stand.
    outlined(rect(0, 206, 78, 34, BED), rect(0, 197, 74, 10, { fill: MATTRESS, rx: 2 })) +
    outlined(
      rect(258, 92, 88, FLOOR_Y - 92, DOOR_FRAME),
      rect(266, 100, 72, FLOOR_Y - 100, DOOR),
      rect(292, 112, 20, 16, GLASS),
      rect(284, 146, 36, 20, '#5a6b7a'),
      rect(289, 153, 26, 6, '#3f4c58'),
      rect(261, 118, 8, 14, STEEL),
      rect(261, 200, 8, 14, STEEL),
      rect(326, 174, 8, 20, STEEL),
      rect(266, 222, 72, FLOOR_Y - 222, '#5f707f'),
    ) +
    circle(330, 183, 1.6, '#e0e3da') +
    // The call point beside the door, the only thing on the walls.
    outlined(rect(240, 160, 12, 16, { fill: '#eef0ea', rx: 1.5 })) +
    circle(246, 168, 2.5, '#c8503f') +
    circle(190, 292, 3, '#9ea397')
  );
}
