import { CLOUD, FRAME, GLASS, GLASS_SHINE, NOTES, OUTLINE, OUTLINE_WIDTH, SKY } from './scenePalette.ts';
import { ellipse, group, line, rect } from './sceneShapes.ts';
import { PANEL_HEIGHT, PANEL_WIDTH } from '../kitGeometry.ts';

/**
 * Pieces several backdrops share. FLOOR_Y is where the back wall meets the floor (or the horizon
 * outdoors): low enough that standing characters' heads are against the wall, high enough to
 * leave floor for furniture in front of them.
 */
export const FLOOR_Y = 240;

/** A room: wall down to the floor line, a skirting board, and the floor to the panel's foot. */
export function room(wall: string, floor: string, skirting: string): string {
  return rect(0, 0, PANEL_WIDTH, FLOOR_Y, wall) + rect(0, FLOOR_Y, PANEL_WIDTH, PANEL_HEIGHT - FLOOR_Y, floor) + rect(0, FLOOR_Y - 4, PANEL_WIDTH, 4, skirting);
}

/** Outdoors: sky down to `horizon`, ground below it. */
export function outdoors(ground: string, horizon: number = FLOOR_Y): string {
  return rect(0, 0, PANEL_WIDTH, horizon, SKY) + rect(0, horizon, PANEL_WIDTH, PANEL_HEIGHT - horizon, ground);
}

/** A soft flat cloud of three overlapping ellipses, centred on (x, y). */
export function cloud(x: number, y: number, size: number): string {
  return group(CLOUD, ellipse(x, y, size, size * 0.42), ellipse(x - size * 0.45, y + size * 0.08, size * 0.55, size * 0.3), ellipse(x + size * 0.35, y - size * 0.12, size * 0.5, size * 0.34));
}

/** A window: frame, glass with a diagonal shine, and a sill; `panes` vertical panes. */
export function window(x: number, y: number, width: number, height: number, panes = 2, frame: string = FRAME): string {
  const border = 4;
  const mullions = Array.from({ length: panes - 1 }, (_, index) => rect(x + (width * (index + 1)) / panes - 1.5, y, 3, height, frame)).join('');
  return (
    rect(x, y, width, height, { fill: frame, stroke: OUTLINE, width: OUTLINE_WIDTH }) +
    rect(x + border, y + border, width - 2 * border, height - 2 * border, GLASS) +
    line(x + border + width * 0.18, y + height - border - 2, x + border + width * 0.5, y + border + 2, GLASS_SHINE, 5) +
    mullions +
    rect(x - 4, y + height, width + 8, 5, { fill: frame, stroke: OUTLINE, width: OUTLINE_WIDTH })
  );
}

/** A board with a frame and pastel sheets pinned to it: no words, just the look of notices. */
export function pinboard(x: number, y: number, width: number, height: number, cork: string, frame: string): string {
  const sheets: string[] = [];
  const columns = Math.max(2, Math.round(width / 34));
  const rows = Math.max(1, Math.round(height / 40));
  const cellWidth = (width - 8) / columns;
  const cellHeight = (height - 8) / rows;
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const index = row * columns + column;
      // A fixed pattern of small offsets keeps the sheets from looking ruled, without randomness.
      const nudge = ((index * 7) % 5) - 2;
      const sheetWidth = cellWidth * (0.62 + ((index * 3) % 4) * 0.06);
      const sheetHeight = cellHeight * (0.6 + ((index * 5) % 3) * 0.1);
      const sheetX = x + 4 + column * cellWidth + (cellWidth - sheetWidth) / 2 + nudge;
      const sheetY = y + 4 + row * cellHeight + (cellHeight - sheetHeight) / 2 - nudge / 2;
      sheets.push(rect(sheetX, sheetY, sheetWidth, sheetHeight, NOTES[index % NOTES.length] ?? FRAME));
    }
  }
  return rect(x - 3, y - 3, width + 6, height + 6, { fill: frame, stroke: OUTLINE, width: OUTLINE_WIDTH }) + rect(x, y, width, height, cork) + sheets.join('');
}

/** A plant in a pot standing on `baseY`, `height` tall overall. */
export function pottedPlant(x: number, baseY: number, height: number, pot: string, leaf: string, leafDark: string): string {
  const potHeight = height * 0.32;
  const potTop = baseY - potHeight;
  const spread = height * 0.32;
  return (
    ellipse(x - spread * 0.55, potTop - height * 0.3, spread * 0.5, height * 0.22, leafDark) +
    ellipse(x + spread * 0.55, potTop - height * 0.32, spread * 0.5, height * 0.24, leafDark) +
    ellipse(x, potTop - height * 0.42, spread * 0.55, height * 0.28, leaf) +
    rect(x - spread * 0.5, potTop, spread, potHeight, { fill: pot, stroke: OUTLINE, width: OUTLINE_WIDTH, rx: 2 })
  );
}

/** Outlines shared by the objects in a run of shapes. */
export function outlined(...children: readonly string[]): string {
  return group({ stroke: OUTLINE, width: OUTLINE_WIDTH }, ...children);
}
