import { outlined, room, window } from './sceneParts.ts';
import { OUTLINE, SCREEN, SCREEN_GLOW, STEEL } from './scenePalette.ts';
import { circle, ellipse, line, rect } from './sceneShapes.ts';

const WALL = '#e7e4d8';
const FLOOR = '#c3c0b3';
const SKIRTING = '#a29f92';
const TABLE_TOP = '#eeede6';
const PEDESTAL = '#8b9096';
const VISITOR_CHAIR = '#5d86b0';
// Visits rooms colour the prisoner's chair differently so officers can see who is who.
const PRISONER_CHAIR = '#c2744c';
const STATION = '#7c8b9a';
const PLATFORM = '#a5a293';

function barredWindow(x: number): string {
  const bars = [1, 2, 3, 4].map((index) => line(x + index * 13, 40, x + index * 13, 88, STEEL, 2.5)).join('');
  return window(x, 36, 64, 56, 1) + bars;
}

/** A moulded chair bolted to the floor on one steel stem, seen from the front. */
function fixedChair(x: number, seatY: number, colour: string): string {
  return outlined(
    rect(x - 2, seatY, 4, 292 - seatY, PEDESTAL),
    rect(x - 10, 290, 20, 4, { fill: PEDESTAL, rx: 2 }),
    rect(x - 13, seatY - 30, 26, 26, { fill: colour, rx: 6 }),
    rect(x - 15, seatY - 4, 30, 7, { fill: colour, rx: 3 }),
  );
}

/** Fixed tables and chairs in colour code, barred windows, and the officers' raised station. */
export function drawPrisonVisitsRoom(): string {
  return (
    room(WALL, FLOOR, SKIRTING) +
    rect(0, 168, 360, 6, '#b9c9d6') +
    barredWindow(30) +
    barredWindow(128) +
    outlined(circle(236, 62, 12, '#f7f6f0')) +
    line(236, 62, 236, 54, OUTLINE, 1.5) +
    line(236, 62, 242, 62, OUTLINE, 1.5) +
    // The officers' station stands on a platform to see over the room.
    outlined(
      rect(258, 212, 102, 28, PLATFORM),
      rect(268, 166, 92, 46, STATION),
      rect(262, 160, 98, 8, '#5e6c79'),
      rect(300, 134, 34, 24, SCREEN),
      rect(303, 137, 28, 18, { fill: SCREEN_GLOW, stroke: 'none' }),
      rect(314, 158, 6, 3, SCREEN),
    ) +
    // A second table further back, smaller, tells the reader the room is full of them.
    outlined(
      rect(28, 200, 16, 16, { fill: VISITOR_CHAIR, rx: 4 }),
      rect(96, 200, 16, 16, { fill: PRISONER_CHAIR, rx: 4 }),
      rect(67, 224, 6, 18, PEDESTAL),
      rect(38, 218, 64, 6, { fill: TABLE_TOP, rx: 2 }),
    ) +
    fixedChair(100, 262, VISITOR_CHAIR) +
    fixedChair(260, 262, PRISONER_CHAIR) +
    outlined(ellipse(180, 294, 22, 4, PEDESTAL), rect(174, 256, 12, 38, PEDESTAL), rect(120, 248, 120, 9, { fill: TABLE_TOP, rx: 2 }))
  );
}
