import { cloud, outdoors, outlined } from './sceneParts.ts';
import { FRAME, GLASS, OUTLINE, STEEL } from './scenePalette.ts';
import { circle, polygon, rect, strokes } from './sceneShapes.ts';

const PAVEMENT = '#cfcac0';
const SLAB_JOINT = '#bdb7ac';
const KERB = '#a7a095';
const ROAD = '#8f969c';
const ROOF = '#7f8a96';
const CHIMNEY = '#b9826a';
const BRICKS = ['#cf9a80', '#d9b494', '#c4a690'] as const;
const DOORS = ['#3f6f8a', '#5e8a5a', '#9c4f4a'] as const;
const SHOP = '#d4c3ad';
const FASCIA = '#3f6f8a';
const AWNING = '#e7e2d6';
const AWNING_STRIPE = '#5f8fa8';
const BUS_STOP = '#c2473b';

/** One terraced house, `width` wide, front door on the left: two windows up, one down. */
function house(x: number, width: number, brick: string, door: string): string {
  return (
    outlined(rect(x, 80, width, 156, brick), rect(x + 12, 100, 26, 34, FRAME), rect(x + width - 38, 100, 26, 34, FRAME), rect(x + width - 48, 160, 36, 40, FRAME), rect(x + 12, 168, 22, 68, door)) +
    rect(x + 15, 103, 20, 28, GLASS) +
    rect(x + width - 35, 103, 20, 28, GLASS) +
    rect(x + width - 45, 163, 30, 34, GLASS) +
    rect(x + 10, 162, 26, 6, FRAME) +
    circle(x + 29, 204, 1.8, '#e6c35a')
  );
}

/** The bus stop: a shelter with a bench to wait on, its flag on top of the front post. */
function busStop(): string {
  return (
    rect(296, 176, 64, 104, { fill: GLASS, opacity: 0.6 }) +
    outlined(rect(292, 168, 68, 8, STEEL), rect(354, 176, 4, 130, STEEL), rect(302, 252, 52, 6, { fill: STEEL, rx: 2 }), rect(292, 112, 5, 194, STEEL), circle(294.5, 112, 13, BUS_STOP)) +
    strokes(
      [
        [308, 258, 308, 280],
        [348, 258, 348, 280],
      ],
      STEEL,
      3,
    ) +
    circle(294.5, 112, 7.5, '#f4f2ea') +
    // The timetable on the shelter's glass, as ruled strokes: the shape of one, without words.
    rect(318, 184, 24, 30, { fill: FRAME, stroke: OUTLINE, width: 1.2 }) +
    strokes(
      [
        [322, 192, 338, 192],
        [322, 199, 338, 199],
        [322, 206, 333, 206],
      ],
      '#9aa3ab',
      2.5,
    )
  );
}

/** Terraced houses and a corner shop, the pavement, a lamppost and a bus stop. */
export function drawStreet(): string {
  const slabs = strokes(
    [
      [0, 262, 360, 262],
      [0, 284, 360, 284],
      [60, 236, 50, 306],
      [150, 236, 148, 306],
      [240, 236, 246, 306],
    ],
    SLAB_JOINT,
    1.5,
  );
  const awning = Array.from({ length: 6 }, (_, index) =>
    polygon(
      [
        [262 + index * 16, 150],
        [270 + index * 16, 150],
        [266 + index * 16, 166],
        [256 + index * 16, 166],
      ],
      AWNING_STRIPE,
    ),
  ).join('');
  return (
    outdoors(PAVEMENT, 236) +
    cloud(300, 34, 22) +
    outlined(rect(0, 62, 256, 20, ROOF), rect(40, 42, 16, 22, CHIMNEY), rect(180, 42, 16, 22, CHIMNEY)) +
    house(0, 86, BRICKS[0], DOORS[0]) +
    house(86, 86, BRICKS[1], DOORS[1]) +
    house(172, 86, BRICKS[2], DOORS[2]) +
    // The corner shop: a blank fascia, a striped awning and a wide window.
    outlined(
      rect(258, 70, 102, 166, SHOP),
      rect(258, 132, 102, 18, FASCIA),
      polygon(
        [
          [254, 150],
          [360, 150],
          [360, 166],
          [250, 166],
        ],
        AWNING,
      ),
    ) +
    awning +
    outlined(rect(266, 176, 56, 60, FRAME), rect(328, 176, 28, 60, '#4c5a66'), rect(270, 84, 32, 34, FRAME)) +
    rect(270, 180, 48, 52, GLASS) +
    rect(274, 88, 24, 26, GLASS) +
    slabs +
    rect(0, 306, 360, 4, KERB) +
    rect(0, 310, 360, 10, ROAD) +
    // The lamppost stands at the kerb on the left.
    outlined(
      rect(24, 96, 6, 210, STEEL),
      rect(26, 92, 34, 5, STEEL),
      polygon(
        [
          [48, 96],
          [66, 96],
          [62, 106],
          [52, 106],
        ],
        STEEL,
      ),
    ) +
    rect(20, 298, 14, 8, { fill: STEEL, stroke: OUTLINE, width: 1.2 }) +
    busStop()
  );
}
