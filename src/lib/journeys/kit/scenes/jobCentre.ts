import { outlined, room } from './sceneParts.ts';
import { OUTLINE, PAPER, SCREEN, SCREEN_GLOW, STEEL } from './scenePalette.ts';
import { circle, line, polygon, rect } from './sceneShapes.ts';

const WALL = '#e4ece7';
const STRIPE = '#6fa790';
const CARPET = '#b4c0c0';
const SKIRTING = '#8e9c9b';
const DESK = '#ebe8df';
const DESK_SIDE = '#c9c4b7';
const DIVIDER = '#8fb8a8';
const CHAIR = '#3f5f7f';
const BELT = '#2f5a7c';

/** A flat-panel screen on a stand, facing the reader, standing on `baseY`. */
function screen(x: number, baseY: number): string {
  return outlined(rect(x + 13, baseY - 6, 6, 6, STEEL), rect(x, baseY - 28, 32, 22, { fill: SCREEN, rx: 1.5 }), rect(x + 3, baseY - 25, 26, 16, { fill: SCREEN_GLOW, stroke: 'none' }));
}

/** An office chair seen from the front: back, seat and a five-star base reduced to a bar. */
function officeChair(x: number, seatY: number): string {
  return outlined(
    rect(x - 10, seatY - 24, 20, 22, { fill: CHAIR, rx: 4 }),
    rect(x - 2, seatY, 4, 12, STEEL),
    rect(x - 12, seatY - 2, 24, 5, { fill: CHAIR, rx: 2 }),
    rect(x - 12, seatY + 12, 24, 3, STEEL),
  );
}

/** A poster made only of coloured shapes: a band, a circle, a block. */
function poster(x: number, y: number, accent: string, shape: 'circle' | 'arrow'): string {
  const mark =
    shape === 'circle'
      ? circle(x + 22, y + 36, 11, accent)
      : polygon(
          [
            [x + 10, y + 30],
            [x + 28, y + 30],
            [x + 28, y + 24],
            [x + 38, y + 36],
            [x + 28, y + 48],
            [x + 28, y + 42],
            [x + 10, y + 42],
          ],
          accent,
        );
  return outlined(rect(x, y, 46, 62, PAPER)) + rect(x + 4, y + 4, 38, 14, accent) + mark + rect(x + 8, y + 52, 30, 4, '#d6d9d4');
}

/** Queue barrier: two posts joined by a strap, the way a queue is held at the entrance. */
function queueBarrier(x1: number, x2: number, baseY: number): string {
  const post = (x: number): string => outlined(rect(x - 2.5, baseY - 44, 5, 44, STEEL), rect(x - 9, baseY - 3, 18, 4, { fill: STEEL, rx: 2 }), circle(x, baseY - 45, 3.5, STEEL));
  return rect(x1, baseY - 40, x2 - x1, 5, BELT) + post(x1) + post(x2);
}

/** Open-plan desks with screens, a queue barrier, posters as coloured shapes, and the green band. */
export function drawJobCentre(): string {
  return (
    room(WALL, CARPET, SKIRTING) +
    rect(0, 146, 360, 10, STRIPE) +
    poster(142, 52, '#e0a53c', 'circle') +
    poster(200, 52, STRIPE, 'arrow') +
    // Back-left workstation behind a low divider.
    outlined(rect(4, 176, 118, 40, { fill: DIVIDER, rx: 2 })) +
    screen(20, 196) +
    screen(70, 196) +
    outlined(rect(0, 214, 128, 6, DESK), rect(4, 220, 6, 20, DESK_SIDE), rect(116, 220, 6, 20, DESK_SIDE)) +
    // Back-right workstation.
    officeChair(312, 222) +
    screen(276, 204) +
    outlined(rect(248, 204, 112, 6, DESK), rect(252, 210, 6, 30, DESK_SIDE), rect(346, 210, 6, 30, DESK_SIDE)) +
    queueBarrier(16, 58, 300) +
    // The adviser's desk, low in the middle, where people sit across from each other.
    screen(206, 252) +
    outlined(rect(108, 252, 148, 7, DESK), rect(116, 259, 132, 34, DESK_SIDE)) +
    line(116, 276, 248, 276, '#b7b1a3', 1.5) +
    rect(140, 246, 22, 6, { fill: PAPER, stroke: OUTLINE, width: 1 })
  );
}
