import { INK } from '../../theme/palette.ts';
import type { Appearance, Expression } from '../journeySchema.ts';
import type { CharacterColours } from './characterColours.ts';
import { ellipse, ellipseArc, line, onEllipse, path, placeSegments, type Segment, type Shape } from './characterShapes.ts';
import type { Point } from './kitGeometry.ts';

/**
 * The head: skull, ear, hair and the face that carries the expression. Drawn about the head's
 * centre, facing +x in a three-quarter view (features sit towards the front, the ear towards the
 * back), so one drawing serves every pose and mirrors cleanly.
 */

/** Half-width and half-height of the head, skin only. */
export const HEAD_RX = 17.5;
export const HEAD_RY = 21.5;

/** Where the mouth sits on the face, from the head's centre. */
const MOUTH: Point = { x: 9, y: 12 };

export interface HeadDrawing {
  /** Hair that hangs behind the neck and shoulders: drawn before the neck. */
  readonly behind: readonly Shape[];
  /** Skull, ear, face and the hair over them. */
  readonly front: readonly Shape[];
  readonly mouth: Point;
  /** The bottom of the chin, outline included: where the head ends for balloon placement. */
  readonly chin: number;
}

export function drawHead(appearance: Appearance, expression: Expression, centre: Point, colours: CharacterColours): HeadDrawing {
  const at = (segments: readonly Segment[]): Segment[] => placeSegments(segments, centre);
  const hair = hairShapes(appearance.hair, colours, at);
  const skull = ellipse(centre.x, centre.y, HEAD_RX, HEAD_RY, colours.skin);
  const ear = [
    ellipse(centre.x - 9.5, centre.y + 2.5, 3.4, 4.8, colours.skin),
    line(
      at([
        ['M', -10.4, 0.7],
        ['Q', -8.4, 2.5, -10.2, 4.5],
      ]),
      1.2,
    ),
  ];
  return {
    behind: hair.behind,
    // Long hair falls over the ear.
    front: [skull, ...hair.scalp, ...(appearance.hair === 'long' ? [] : ear), ...face(expression, colours, centre, at), ...hair.over],
    mouth: { x: centre.x + MOUTH.x, y: centre.y + MOUTH.y },
    chin: skull.box.y + skull.box.height,
  };
}

interface HairShapes {
  readonly behind: Shape[];
  /** Drawn on the skin, inside the head's outline, before the face (a shaved shadow). */
  readonly scalp: Shape[];
  readonly over: Shape[];
}

type Place = (segments: readonly Segment[]) => Segment[];

function hairShapes(style: Appearance['hair'], colours: CharacterColours, at: Place): HairShapes {
  const fill = colours.hair;
  switch (style) {
    case 'bald':
      return { behind: [], scalp: [], over: [] };
    case 'shaved': {
      // Follows the skull just inside its outline: a shadow, not a shape of its own.
      const [rx, ry] = [HEAD_RX - 0.9, HEAD_RY - 0.9];
      const start = onEllipse(0, 0, rx, ry, -42);
      const end = onEllipse(0, 0, rx, ry, -212);
      const cap: Segment[] = [
        ['M', start.x, start.y],
        ...ellipseArc(0, 0, rx, ry, -42, -212),
        ['C', end.x + 0.8, end.y - 5, -13, 2, -12.8, -1],
        ...HAIRLINE.slice(0, 2),
        ['C', 5, -15.4, 9, -14.8, start.x, start.y],
        ['Z'],
      ];
      return { behind: [], scalp: [path(at(cap), colours.stubble, 0)], over: [] };
    }
    case 'short':
      return {
        behind: [],
        scalp: [],
        over: [
          path(
            at([
              ['M', 13.4, -14.8],
              ['C', 15.6, -21, 11, -25, 1, -25],
              ['C', -12, -25, -20.6, -17, -20.4, -5],
              ['C', -20.3, 3, -18.2, 9, -15.4, 12.6],
              ['C', -14, 8, -13.2, 3, -12.8, -1],
              ...HAIRLINE,
            ]),
            fill,
          ),
        ],
      };
    case 'tied-back':
      // Pulled back flat over the skull into a bun at the back of the crown.
      return {
        behind: [path(at(circleSegments(-18.6, -14.6, 7.2)), fill)],
        scalp: [],
        over: [
          path(
            at([
              ['M', 13.4, -14.8],
              ['C', 15.4, -20.5, 10.5, -23.6, 1, -23.6],
              ['C', -11.5, -23.6, -19.2, -16.4, -19, -5],
              ['C', -18.9, 0, -17.5, 4, -15.6, 7],
              ['C', -14.2, 4, -13.2, 1.5, -12.8, -1],
              ...HAIRLINE,
            ]),
            fill,
          ),
          line(
            at([
              ['M', 8, -19.6],
              ['Q', -4, -21.4, -13.4, -14.4],
            ]),
            1.3,
            colours.brow,
          ),
        ],
      };
    case 'long':
      return {
        behind: [
          path(
            at([
              ['M', 18.5, -4],
              ['C', 20, -16, 12, -25.4, 0, -25.4],
              ['C', -13, -25.4, -22, -17, -22.2, -3],
              ['C', -22.4, 10, -23.8, 22, -24.6, 31],
              ['Q', -25, 40.5, -17, 40.5],
              ['Q', -10, 40.5, -7, 35],
              ['C', -5, 28, -4, 20, -3, 12],
              ['L', 12, 10],
              ['L', 17.4, 17.4],
              ['Q', 20.4, 18.6, 20.3, 13],
              ['Z'],
            ]),
            fill,
          ),
        ],
        scalp: [],
        over: [
          path(
            at([
              ['M', 13.4, -14.8],
              ['C', 15.6, -21, 11, -25.4, 0, -25.4],
              ['C', -13, -25.4, -22, -17, -22.2, -3],
              ['C', -22.3, 8, -22.6, 16, -22.6, 22],
              ['Q', -19, 26, -15.6, 21],
              ['C', -10.5, 14.5, -7.2, 7, -6.2, -1],
              ['C', -5, -9, 3, -15.4, 13.4, -14.8],
              ['Z'],
            ]),
            fill,
          ),
        ],
      };
    case 'curly':
      return { behind: [], scalp: [], over: [path(at(curlyCap()), fill)] };
  }
}

/** From behind the ear, over it, up the temple and along the forehead to the front. */
const HAIRLINE: readonly Segment[] = [['Q', -12, -4, -9.5, -3.5], ['C', -8, -9, -5, -14, 1, -15], ['C', 6, -15.6, 10, -15.4, 13.4, -14.8], ['Z']];

/** A circle as a path, so a bun is one outlined shape placed like the rest of the hair. */
function circleSegments(cx: number, cy: number, r: number): Segment[] {
  return [['M', cx + r, cy], ...ellipseArc(cx, cy, r, r, 0, 360), ['Z']];
}

/** Curly hair: a scalloped outline standing off the skull, with a few curls along the hairline. */
function curlyCap(): Segment[] {
  const [cx, cy, rx, ry] = [-1.5, -3.5, 22, 21.5];
  const from = -24;
  const to = -226;
  const bumps = 10;
  const points = Array.from({ length: bumps + 1 }, (_, index) => onEllipse(cx, cy, rx, ry, from + ((to - from) * index) / bumps));
  const segments: Segment[] = [['M', points[0]?.x ?? 0, points[0]?.y ?? 0]];
  points.slice(1).forEach((point, index) => {
    const control = onEllipse(cx, cy, rx * 1.16, ry * 1.16, from + ((to - from) * (index + 0.5)) / bumps);
    segments.push(['Q', control.x, control.y, point.x, point.y]);
  });
  const last = points[bumps] ?? { x: 0, y: 0 };
  const first = points[0] ?? { x: 0, y: 0 };
  segments.push(
    ['C', last.x + 1.5, last.y - 5, -13.4, 2, -12.8, -1],
    ['Q', -12, -4, -9.5, -3.5],
    ['Q', -9, -9.5, -4.5, -11.5],
    ['Q', -1.5, -16, 2.6, -13.6],
    ['Q', 6.5, -17, 10.2, -14],
    ['Q', 14, -16.4, first.x, first.y],
    ['Z'],
  );
  return segments;
}

/** An expression, as data: everything else about the face stays put so the change reads. */
interface Features {
  /** Dots of the given half-height and offset, or arcs crinkled up by a smile. */
  readonly eyes: { readonly ry: number; readonly dx: number; readonly dy: number } | 'smiling';
  readonly brows: ReadonlyArray<readonly Segment[]>;
  readonly browWidth: number;
  readonly mouth: readonly Segment[];
  /** Lifted cheeks, with a smile. */
  readonly cheeks: boolean;
}

/** The near and far eye; the far one, nearer the face's edge, is a little narrower. */
const NEAR_EYE: Point = { x: 2, y: 1 };
const FAR_EYE: Point = { x: 12.2, y: 1 };
const EYE_RX = 1.9;
const FAR_EYE_RX = 1.7;
const SMILING_EYES: ReadonlyArray<readonly Segment[]> = [
  [
    ['M', -0.3, 2.4],
    ['Q', 2, -1.8, 4.3, 2.4],
  ],
  [
    ['M', 10.7, 2.4],
    ['Q', 12.6, -1.6, 14.5, 2.4],
  ],
];

function face(expression: Expression, colours: CharacterColours, centre: Point, at: Place): Shape[] {
  const { eyes, brows, browWidth, mouth, cheeks } = FEATURES[expression];
  const eyeShapes =
    eyes === 'smiling'
      ? SMILING_EYES.map((arc) => line(at(arc), 1.9))
      : [
          ellipse(centre.x + NEAR_EYE.x + eyes.dx, centre.y + NEAR_EYE.y + eyes.dy, EYE_RX, eyes.ry, INK, 0),
          ellipse(centre.x + FAR_EYE.x + eyes.dx, centre.y + FAR_EYE.y + eyes.dy, FAR_EYE_RX, eyes.ry, INK, 0),
        ];
  const cheekShapes = cheeks ? [ellipse(centre.x - 1.2, centre.y + 8, 3.4, 2, colours.cheek, 0), ellipse(centre.x + 14, centre.y + 7.8, 2.2, 1.8, colours.cheek, 0)] : [];
  const nose = line(
    at([
      ['M', 15.4, 3],
      ['Q', 17.6, 6.2, 14.8, 7.2],
    ]),
    1.5,
  );
  return [...cheekShapes, ...eyeShapes, ...brows.map((brow) => line(at(brow), browWidth, colours.brow)), nose, line(at(mouth), 1.9)];
}

const FEATURES: Readonly<Record<Expression, Features>> = {
  neutral: {
    eyes: { ry: 2.4, dx: 0, dy: 0 },
    brows: [
      [
        ['M', -1.2, -5.6],
        ['L', 4.8, -6],
      ],
      [
        ['M', 10, -6],
        ['L', 15, -5.6],
      ],
    ],
    browWidth: 2,
    mouth: [
      ['M', 6, 12],
      ['L', 12, 12],
    ],
    cheeks: false,
  },
  // Eyes crinkled into arcs by lifted cheeks, brows up a little, a wide smile.
  happy: {
    eyes: 'smiling',
    brows: [
      [
        ['M', -1.2, -7],
        ['Q', 2, -8.6, 4.8, -7.4],
      ],
      [
        ['M', 10, -7.4],
        ['Q', 12.6, -8.6, 15, -7],
      ],
    ],
    browWidth: 2,
    mouth: [
      ['M', 4.6, 10],
      ['Q', 9.2, 16.4, 13.8, 9.6],
    ],
    cheeks: true,
  },
  // Inner ends of the brows raised, eyes a little wider, a small uneasy wave of a mouth.
  worried: {
    eyes: { ry: 2.7, dx: 0, dy: 0 },
    brows: [
      [
        ['M', -1.4, -4.6],
        ['L', 4.6, -8.6],
      ],
      [
        ['M', 10.2, -8.6],
        ['L', 15.4, -4.6],
      ],
    ],
    browWidth: 2,
    mouth: [
      ['M', 5.6, 13],
      ['Q', 7.3, 11, 9, 12.6],
      ['Q', 10.7, 14.2, 12.4, 12.2],
    ],
    cheeks: false,
  },
  // Brows pulled down and together over narrowed eyes, a tight down-turned mouth.
  frustrated: {
    eyes: { ry: 1.8, dx: 0, dy: 0.4 },
    brows: [
      [
        ['M', -1.4, -7.8],
        ['L', 5.4, -4.4],
      ],
      [
        ['M', 9.4, -4.4],
        ['L', 15.2, -7.4],
      ],
    ],
    browWidth: 2.4,
    mouth: [
      ['M', 5.6, 13.4],
      ['Q', 9, 10.2, 12.4, 13.4],
    ],
    cheeks: false,
  },
  // Glancing up and forward, one brow raised, the mouth pulled to one side.
  thinking: {
    eyes: { ry: 2.4, dx: 1, dy: -1.4 },
    brows: [
      [
        ['M', -1.2, -5.2],
        ['L', 4.8, -5.2],
      ],
      [
        ['M', 9.8, -8],
        ['Q', 12.6, -11, 15.4, -8.6],
      ],
    ],
    browWidth: 2,
    mouth: [
      ['M', 8.6, 12.6],
      ['L', 13, 11.2],
    ],
    cheeks: false,
  },
};
