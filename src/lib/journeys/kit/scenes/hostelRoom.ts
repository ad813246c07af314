import { FLOOR_Y, outlined, room, window } from './sceneParts.ts';
import { OUTLINE, PAPER, STEEL } from './scenePalette.ts';
import { circle, line, rect, strokes } from './sceneShapes.ts';

const WALL = '#e8e4db';
const FLOOR = '#b9afa0';
const SKIRTING = '#9c9283';
const BED_FRAME = '#7f8893';
const BLANKET = '#7f95ad';
const BLANKET_FOLD = '#6d8299';
const CABINET = '#b69d7b';
const HOLDALL = '#4f6b59';
const BULB = '#f5edc6';

/** A single bed, a small window, bare walls and a bare bulb, and the bag someone arrived with. */
export function drawHostelRoom(): string {
  return (
    room(WALL, FLOOR, SKIRTING) +
    // A paler patch where a previous resident's poster hung: the walls are otherwise bare.
    rect(58, 92, 44, 58, '#efece5') +
    line(180, 0, 180, 30, STEEL, 1.5) +
    outlined(rect(176, 28, 8, 7, STEEL), circle(180, 41, 7, BULB)) +
    window(254, 60, 56, 60, 1) +
    line(282, 64, 282, 116, '#f7f6f1', 3) +
    // The single bed along the back wall, head to the left.
    outlined(
      rect(14, 206, 8, 90, BED_FRAME),
      rect(186, 226, 6, 70, BED_FRAME),
      rect(22, 256, 164, 10, BED_FRAME),
      rect(22, 242, 164, 14, '#e3e5e6'),
      rect(26, 232, 42, 14, { fill: PAPER, rx: 6 }),
      rect(72, 236, 116, 24, { fill: BLANKET, rx: 3 }),
    ) +
    strokes([[96, 238, 96, 258]], BLANKET_FOLD, 2) +
    rect(40, 266, 6, 28, BED_FRAME) +
    rect(160, 266, 6, 28, BED_FRAME) +
    // Bedside cabinet under the window, and a holdall on the floor in front of it.
    outlined(rect(282, 190, 58, FLOOR_Y - 190, CABINET), rect(278, 186, 66, 6, '#9f8563'), rect(288, 198, 46, 18, '#c5ad8c')) +
    rect(305, 206, 12, 3, { fill: STEEL, rx: 1.5 }) +
    outlined(rect(272, 266, 72, 30, { fill: HOLDALL, rx: 11 }), rect(290, 256, 36, 14, { fill: 'none', stroke: '#3f5849', width: 3, rx: 6 })) +
    line(282, 272, 334, 272, '#3f5849', 2) +
    rect(300, 278, 16, 10, { fill: '#6d8a77', stroke: OUTLINE, width: 1 })
  );
}
