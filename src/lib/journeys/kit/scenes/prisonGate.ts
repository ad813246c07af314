import { cloud, outdoors, outlined } from './sceneParts.ts';
import { OUTLINE, STEEL } from './scenePalette.ts';
import { circle, group, line, polygon, rect, strokes } from './sceneShapes.ts';

const PAVEMENT = '#cac7be';
const WALL = '#cbc4b6';
const WALL_JOINT = '#bbb3a4';
const GATEHOUSE = '#bdb5a5';
const GATE = '#5d6a77';
const GATE_PANEL = '#52606c';
const WIRE = '#707880';
const LAMP_GLOW = '#f6ecc2';

/** The high perimeter wall topped with wire, the gatehouse with its large gate, and a lamp. */
export function drawPrisonGate(): string {
  const joints = strokes(
    [20, 60, 100, 140].map((x) => [x, 104, x, 246] as const),
    WALL_JOINT,
    1.5,
  );
  const coils = group({ fill: 'none', stroke: WIRE, width: 1.2 }, ...Array.from({ length: 20 }, (_, index) => circle(6 + index * 9, 88, 6, 'none')));
  const gatePanels = strokes(
    [1, 2, 3, 4, 5].map((index) => [210 + index * 20, 140, 210 + index * 20, 244] as const),
    GATE_PANEL,
    2,
  );
  return (
    outdoors(PAVEMENT, 246) +
    cloud(70, 40, 26) +
    cloud(250, 28, 20) +
    coils +
    outlined(rect(0, 98, 176, 148, WALL), rect(0, 92, 176, 10, { fill: '#aca594', rx: 5 })) +
    joints +
    // The gatehouse rises above the wall; the gate is wide enough for a prison van.
    outlined(rect(176, 58, 184, 188, GATEHOUSE), rect(172, 52, 188, 10, '#a9a191'), rect(204, 132, 128, 114, GATE), rect(296, 178, 28, 68, GATE_PANEL)) +
    gatePanels +
    rect(212, 188, 64, 4, GATE_PANEL) +
    circle(318, 212, 2, '#c9ced2') +
    outlined(rect(206, 80, 24, 18, '#7f8a94'), rect(306, 80, 24, 18, '#7f8a94')) +
    outlined(
      rect(338, 108, 12, 7, STEEL),
      polygon(
        [
          [338, 115],
          [344, 115],
          [341, 120],
        ],
        STEEL,
      ),
    ) +
    // A floodlight on a post outside the gate.
    outlined(
      rect(38, 120, 5, 178, STEEL),
      rect(40, 118, 26, 4, STEEL),
      polygon(
        [
          [54, 122],
          [72, 122],
          [68, 132],
          [58, 132],
        ],
        STEEL,
      ),
    ) +
    polygon(
      [
        [58, 132],
        [68, 132],
        [66, 134],
        [60, 134],
      ],
      LAMP_GLOW,
    ) +
    rect(30, 296, 21, 6, { fill: '#8a9096', stroke: OUTLINE, width: 1.2 }) +
    line(0, 262, 360, 262, '#bab6ab', 1.5) +
    line(0, 288, 360, 288, '#bab6ab', 1.5)
  );
}
