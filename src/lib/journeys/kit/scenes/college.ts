import { FLOOR_Y, outlined, pinboard, room } from './sceneParts.ts';
import { OUTLINE, PAPER, STEEL, WOOD_DARK } from './scenePalette.ts';
import { polyline, rect, strokes } from './sceneShapes.ts';

const WALL = '#eceee3';
const FLOOR = '#bec3c2';
const SKIRTING = '#9aa09f';
const BOARD = '#fbfcfc';
const BOARD_FRAME = '#a4acb3';
const CORK = '#cfab7b';
const BOOKCASE = '#a77e58';
const DESK_TOP = '#dcc8a2';
const CHAIR = '#4f79a8';
const BOOKS = ['#c0504d', '#3b6ea5', '#e0a53c', '#2f7d6b', '#7a6f9c', '#d98c6e'] as const;

/** A bookcase with three shelves of books of varied heights. */
function bookcase(x: number, y: number, width: number, height: number): string {
  const shelfHeight = (height - 8) / 3;
  const books: string[] = [];
  for (let shelf = 0; shelf < 3; shelf += 1) {
    const bottom = y + 4 + (shelf + 1) * shelfHeight;
    let left = x + 6;
    for (let index = 0; left < x + width - 14; index += 1) {
      const bookWidth = 6 + ((index + shelf) % 3) * 2;
      const bookHeight = shelfHeight * (0.62 + ((index * 2 + shelf) % 4) * 0.08);
      books.push(rect(left, bottom - bookHeight, bookWidth, bookHeight, BOOKS[(index + shelf * 2) % BOOKS.length] ?? PAPER));
      left += bookWidth + 1;
    }
  }
  const shelves = [1, 2].map((shelf) => [x, y + 4 + shelf * shelfHeight, x + width, y + 4 + shelf * shelfHeight] as const);
  return outlined(rect(x, y, width, height, BOOKCASE)) + rect(x + 4, y + 4, width - 8, height - 8, '#8d6646') + books.join('') + strokes(shelves, BOOKCASE, 4);
}

/** A student desk with a chair tucked behind it. */
function desk(x: number, width: number, topY: number): string {
  return outlined(
    rect(x + width / 2 - 12, topY - 26, 24, 20, { fill: CHAIR, rx: 4 }),
    rect(x + 4, topY + 6, 4, 296 - topY - 6, STEEL),
    rect(x + width - 8, topY + 6, 4, 296 - topY - 6, STEEL),
    rect(x, topY, width, 7, { fill: DESK_TOP, rx: 1.5 }),
  );
}

/** A whiteboard with marker sketches, a pinboard, a bookcase and students' desks. */
export function drawCollege(): string {
  // Marker sketches: a small bar chart, a curve and ruled strokes, so nothing on it reads as words.
  const sketches =
    strokes(
      [
        [124, 62, 176, 62],
        [124, 74, 168, 74],
        [124, 86, 172, 86],
        [124, 98, 158, 98],
      ],
      '#5b7fa6',
      2.5,
    ) +
    rect(196, 88, 10, 24, { fill: 'none', stroke: '#2f7d6b', width: 2 }) +
    rect(210, 74, 10, 38, { fill: 'none', stroke: '#2f7d6b', width: 2 }) +
    rect(224, 64, 10, 48, { fill: 'none', stroke: '#2f7d6b', width: 2 }) +
    polyline(
      [
        [126, 118],
        [140, 110],
        [152, 114],
        [166, 104],
      ],
      '#c0504d',
      2.5,
    );
  return (
    room(WALL, FLOOR, SKIRTING) +
    rect(108, 44, 140, 84, { fill: BOARD, stroke: BOARD_FRAME, width: 4 }) +
    sketches +
    rect(120, 128, 116, 5, BOARD_FRAME) +
    rect(150, 125, 12, 3, '#c0504d') +
    rect(166, 125, 12, 3, '#3b6ea5') +
    pinboard(22, 60, 64, 86, CORK, WOOD_DARK) +
    bookcase(282, 104, 70, FLOOR_Y - 104) +
    desk(70, 92, 250) +
    desk(198, 92, 250) +
    rect(96, 244, 26, 6, { fill: PAPER, stroke: OUTLINE, width: 1 }) +
    rect(226, 244, 30, 6, { fill: '#3b6ea5', stroke: OUTLINE, width: 1 })
  );
}
