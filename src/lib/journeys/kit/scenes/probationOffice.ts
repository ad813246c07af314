import { FLOOR_Y, outlined, pinboard, pottedPlant, room } from './sceneParts.ts';
import { GLASS, LEAF, LEAF_DARK, OUTLINE, POT, SCREEN, SCREEN_GLOW, STEEL } from './scenePalette.ts';
import { circle, rect, strokes } from './sceneShapes.ts';

const WALL = '#e6e7f0';
const FLOOR = '#b9bcc7';
const SKIRTING = '#9397a6';
const COUNTER = '#7d88a6';
const COUNTER_TOP = '#5d6785';
const CHAIR = '#7b6f9c';
const CORK = '#ceab7c';
const BOARD_FRAME = '#8b6b48';

/** Waiting-room chairs joined on one beam, as they are bolted together in public offices. */
function chairRow(x: number, count: number, seatY: number): string {
  const seats = Array.from({ length: count }, (_, index) => {
    const left = x + index * 34;
    return rect(left + 2, seatY - 32, 28, 28, { fill: CHAIR, rx: 4 }) + rect(left, seatY - 4, 32, 7, { fill: CHAIR, rx: 3 });
  });
  const width = count * 34 - 2;
  return outlined(rect(x + 6, seatY + 3, 4, FLOOR_Y - seatY - 3, STEEL), rect(x + width - 10, seatY + 3, 4, FLOOR_Y - seatY - 3, STEEL), rect(x, seatY + 3, width, 4, STEEL), ...seats);
}

/** A reception counter behind a glass screen, a row of chairs, a noticeboard and a plant. */
export function drawProbationOffice(): string {
  // Holes to speak through, in a small grid in the middle of the glass.
  const holes = [0, 1, 2].flatMap((row) => [0, 1, 2].map((column) => circle(282 + column * 6, 144 + row * 6, 1.2, '#9fb6c4'))).join('');
  return (
    room(WALL, FLOOR, SKIRTING) +
    pinboard(40, 70, 112, 66, CORK, BOARD_FRAME) +
    chairRow(36, 4, 212) +
    pottedPlant(22, 240, 64, POT, LEAF, LEAF_DARK) +
    // Behind the glass: the receptionist's screen, then the glass itself, then the counter.
    rect(314, 130, 34, 24, SCREEN) +
    rect(317, 133, 28, 18, SCREEN_GLOW) +
    rect(226, 104, 134, 66, { fill: GLASS, opacity: 0.55 }) +
    strokes(
      [
        [226, 104, 360, 104],
        [226, 104, 226, 170],
        [271, 104, 271, 170],
        [316, 104, 316, 170],
      ],
      OUTLINE,
      1.5,
    ) +
    holes +
    outlined(rect(214, 170, 146, 70, COUNTER), rect(210, 164, 150, 8, COUNTER_TOP), rect(262, 164, 46, 4, { fill: '#4a5370', stroke: 'none' })) +
    strokes([[214, 200, 360, 200]], '#6f7a98', 2)
  );
}
