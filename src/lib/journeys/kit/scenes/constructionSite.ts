import { FLOOR_Y, cloud, outdoors, outlined } from './sceneParts.ts';
import { OUTLINE, SAFETY_ORANGE, SAFETY_YELLOW, STEEL, WOOD } from './scenePalette.ts';
import { polygon, polyline, rect, strokes } from './sceneShapes.ts';

const GROUND = '#cbb895';
const GRAVEL = '#b9a582';
const CONCRETE = '#c3c4c0';
const SLAB = '#a9aba7';
const POLE = '#6f7983';
const BOARD = '#b98d60';
const FENCE = '#8d969e';
const FENCE_FOOT = '#7c8389';
const BRICK = '#b86f52';

/** A traffic cone with its reflective band, base on `baseY`. */
function cone(x: number, baseY: number, height: number): string {
  return (
    outlined(
      rect(x - height * 0.42, baseY - 4, height * 0.84, 4, { fill: SAFETY_ORANGE, rx: 1 }),
      polygon(
        [
          [x - height * 0.1, baseY - height],
          [x + height * 0.1, baseY - height],
          [x + height * 0.3, baseY - 4],
          [x - height * 0.3, baseY - 4],
        ],
        SAFETY_ORANGE,
      ),
    ) +
    polygon(
      [
        [x - height * 0.17, baseY - height * 0.56],
        [x + height * 0.17, baseY - height * 0.56],
        [x + height * 0.21, baseY - height * 0.38],
        [x - height * 0.21, baseY - height * 0.38],
      ],
      '#f4f2ea',
    )
  );
}

/** The crane far off: a thin yellow mast and jib, drawn in lines so it stays quiet behind balloons. */
function crane(): string {
  const mastLeft = 300;
  const mastRight = 308;
  const zigzag: Array<readonly [number, number]> = [];
  for (let y = 196; y >= 40; y -= 12) zigzag.push([(196 - y) % 24 === 0 ? mastLeft : mastRight, y]);
  return (
    strokes(
      [
        [mastLeft, 196, mastLeft, 34],
        [mastRight, 196, mastRight, 34],
        [150, 34, 350, 34],
        [150, 40, 350, 40],
        [304, 20, 180, 34],
        [304, 20, 340, 34],
      ],
      SAFETY_YELLOW,
      2,
    ) +
    polyline(zigzag, SAFETY_YELLOW, 1.2) +
    strokes([[196, 40, 196, 92]], STEEL, 1) +
    rect(192, 92, 8, 6, STEEL) +
    rect(336, 40, 14, 10, '#8e949a') +
    rect(298, 40, 12, 10, { fill: STEEL, stroke: OUTLINE, width: 1 })
  );
}

/** Scaffolding round a building going up, a crane in the distance, the site fence and cones. */
export function drawConstructionSite(): string {
  const scaffoldPoles = strokes(
    [...[12, 52, 92, 132].map((x) => [x, 96, x, FLOOR_Y] as const), ...[116, 156, 196].map((y) => [6, y, 138, y] as const), [12, 196, 52, 156], [52, 156, 92, 116]],
    POLE,
    2.5,
  );
  const boards = [116, 156, 196].map((y) => rect(6, y - 4, 132, 4, BOARD)).join('');
  const mesh = strokes(
    [...Array.from({ length: 18 }, (_, index) => [166 + index * 10, 194, 166 + index * 10, 240] as const), ...[204, 214, 224, 234].map((y) => [160, y, 360, y] as const)],
    '#b3bac0',
    1,
  );
  return (
    outdoors(GROUND, FLOOR_Y) +
    cloud(90, 40, 22) +
    crane() +
    // The building going up: bare concrete columns and floor slabs behind the scaffold.
    rect(20, 100, 130, 140, CONCRETE) +
    [137, 177, 217].map((y) => rect(20, y, 130, 6, SLAB)).join('') +
    rect(60, 146, 28, 28, '#8d928f') +
    rect(104, 146, 28, 28, '#8d928f') +
    boards +
    scaffoldPoles +
    // Mesh site fence panels on concrete feet, with a blank yellow warning board.
    mesh +
    outlined(rect(160, 190, 100, 50, { fill: 'none', stroke: FENCE, width: 3 }), rect(260, 190, 100, 50, { fill: 'none', stroke: FENCE, width: 3 })) +
    rect(170, 236, 24, 8, FENCE_FOOT) +
    rect(248, 236, 24, 8, FENCE_FOOT) +
    rect(336, 236, 24, 8, FENCE_FOOT) +
    outlined(rect(284, 198, 34, 26, SAFETY_YELLOW)) +
    polygon(
      [
        [301, 202],
        [310, 219],
        [292, 219],
      ],
      '#2f353b',
    ) +
    polygon(
      [
        [301, 207],
        [306, 216],
        [296, 216],
      ],
      SAFETY_YELLOW,
    ) +
    strokes(
      [
        [0, 262, 360, 262],
        [0, 290, 360, 290],
      ],
      GRAVEL,
      1.5,
    ) +
    // A pallet of bricks with a hard hat left on top, at the front left.
    outlined(rect(4, 286, 62, 8, WOOD), rect(8, 262, 54, 24, BRICK)) +
    strokes(
      [
        [8, 270, 62, 270],
        [8, 278, 62, 278],
        [26, 262, 26, 270],
        [44, 270, 44, 278],
        [30, 278, 30, 286],
      ],
      '#94543d',
      1.5,
    ) +
    outlined(
      polygon(
        [
          [20, 262],
          [22, 250],
          [34, 246],
          [46, 250],
          [48, 262],
        ],
        SAFETY_YELLOW,
      ),
      rect(16, 260, 36, 3, SAFETY_YELLOW),
    ) +
    cone(90, 300, 34) +
    cone(318, 298, 36) +
    cone(278, 290, 26)
  );
}
