import type { Appearance, Expression, Pose } from '../journeySchema.ts';
import type { CharacterColours } from './characterColours.ts';
import { OUTLINE, circle, line, path, placePoint, placeSegments, tube, type Segment, type Shape } from './characterShapes.ts';
import type { Point } from './kitGeometry.ts';

/**
 * Torso, limbs and props for each pose, in character units: x from the centre of the footprint,
 * y up from the ground (negative), facing +x. The near side of a three-quarter view is −x, so the
 * near arm and leg are drawn over the body and the far ones behind it.
 */

interface Frame {
  /** Across the shoulders. */
  readonly shoulders: number;
  /** Across the hem of the top. */
  readonly waist: number;
  readonly arm: number;
  readonly leg: number;
  readonly hand: number;
}

const FRAMES: Readonly<Record<Appearance['build'], Frame>> = {
  slim: { shoulders: 34, waist: 29, arm: 8.4, leg: 11.6, hand: 4.5 },
  medium: { shoulders: 40, waist: 35, arm: 9.6, leg: 13, hand: 4.9 },
  broad: { shoulders: 48, waist: 44, arm: 11, leg: 14.6, hand: 5.3 },
};

/** Shoulder line of a standing character; the head's centre sits HEAD_ABOVE_SHOULDERS above it. */
const STANDING_SHOULDERS = -100;
const TORSO_LENGTH = 46;
const HEAD_ABOVE_SHOULDERS = 26.5;
/** Where the legs start, hidden under the hem of the top. */
const HIP_BELOW_SHOULDERS = 40;
/** A low seat, so a seated character's head sits clearly lower than a standing one's. */
const SEAT_TOP = -22;
/**
 * The torso's centre line, from the centre of the footprint: a stride reaches further forward
 * than back, and a seated character sits back on the chair with their knees forward.
 */
const SPINE: Readonly<Record<Pose, number>> = { standing: 0, 'on-the-phone': 0, walking: -2, sitting: -9 };
/** Seated, the body turns nearer to profile: the torso shows its depth, not its full width. */
const SEATED_TURN = 0.74;
const CHAIR_LEG = 2.6;
/** A shoe rests with its toe's underside here: its outline then just touches the ground. */
const SOLE = -0.9;

export interface BodyDrawing {
  /** The chair, whatever hangs behind the torso, and the torso. */
  readonly behind: readonly Shape[];
  /** Neck and collar: over hair that hangs down the back. */
  readonly neck: readonly Shape[];
  /** Limbs across the body (and anything a hand holds): drawn after the head, since a hand may touch it. */
  readonly front: readonly Shape[];
  readonly headCentre: Point;
}

export function drawBody(build: Appearance['build'], pose: Pose, expression: Expression, colours: CharacterColours): BodyDrawing {
  const seated = pose === 'sitting';
  const frame = seated ? { ...FRAMES[build], shoulders: FRAMES[build].shoulders * SEATED_TURN, waist: FRAMES[build].waist * SEATED_TURN } : FRAMES[build];
  const spine = SPINE[pose];
  const shoulders = seated ? SEAT_TOP - 2 - TORSO_LENGTH : STANDING_SHOULDERS;
  const head: Point = { x: spine + 2, y: shoulders - HEAD_ABOVE_SHOULDERS };
  const skeleton: Skeleton = { frame, spine, shoulders, head, colours };
  const limbs = LIMBS[pose](skeleton, expression);
  return {
    behind: [...(seated ? chair(skeleton) : []), ...limbs.behind, torso(skeleton)],
    neck: neck(skeleton),
    front: limbs.front,
    headCentre: head,
  };
}

interface Skeleton {
  readonly frame: Frame;
  /** Centre line of the torso. */
  readonly spine: number;
  readonly shoulders: number;
  readonly head: Point;
  readonly colours: CharacterColours;
}

interface Limbs {
  /** Drawn before the torso: legs under it, arms hanging behind its sides. */
  readonly behind: Shape[];
  /** Drawn last, over torso and head: arms across the body, a lap, a phone at the ear. */
  readonly front: Shape[];
}

function torso({ frame, spine, shoulders: s, colours }: Skeleton): Shape {
  const [half, hem] = [frame.shoulders / 2, frame.waist / 2];
  const bottom = s + TORSO_LENGTH;
  return path(
    [
      ['M', spine - half, s + 9],
      ['C', spine - half, s + 2.5, spine - half + 4, s, spine - half + 10, s],
      ['L', spine + half - 10, s],
      ['C', spine + half - 4, s, spine + half, s + 2.5, spine + half, s + 9],
      ['L', spine + hem, bottom - 2.5],
      ['Q', spine + hem, bottom, spine + hem - 2.5, bottom],
      ['L', spine - hem + 2.5, bottom],
      ['Q', spine - hem, bottom, spine - hem, bottom - 2.5],
      ['Z'],
    ],
    colours.top,
  );
}

function neck({ shoulders: s, head, colours }: Skeleton): Shape[] {
  const [left, right] = [head.x - 4.6, head.x + 5.4];
  return [
    path([['M', left, head.y + 12], ['L', left, s + 3], ['L', right, s + 3], ['L', right, head.y + 12], ['Z']], colours.skin),
    line(
      [
        ['M', head.x - 7, s + 0.4],
        ['Q', head.x + 0.5, s + 7, head.x + 8, s + 0.4],
      ],
      1.8,
    ),
  ];
}

/** Where a sleeve starts: inside the torso's rounded shoulder, so the sleeve's round end fills it. */
function nearShoulder({ frame, spine, shoulders }: Skeleton): Point {
  return { x: spine - frame.shoulders / 2 + frame.arm / 2 + 1, y: shoulders + frame.arm / 2 + 1.5 };
}

function farShoulder({ frame, spine, shoulders }: Skeleton): Point {
  return { x: spine + frame.shoulders / 2 - frame.arm / 2 - 1, y: shoulders + frame.arm / 2 + 1.5 };
}

/** A sleeve through the given joints, ending in a hand. */
function arm(skeleton: Skeleton, joints: readonly Point[]): Shape[] {
  const hand = joints[joints.length - 1] ?? { x: 0, y: 0 };
  return [tube(joints, skeleton.frame.arm, skeleton.colours.top), circle(hand.x, hand.y, skeleton.frame.hand, skeleton.colours.skin)];
}

/** A trouser leg through the given joints, ending in a shoe whose toe rests on the ground. */
function leg(skeleton: Skeleton, hip: Point, knee: Point | undefined, toeX: number, lift = 0): Shape[] {
  const shoe = shoeAt(toeX, lift, skeleton.colours.shoes);
  return [tube([hip, ...(knee ? [knee] : []), shoe.ankle], skeleton.frame.leg, skeleton.colours.trousers), shoe.shape];
}

/** A side-view shoe about the underside of its toe, turned `lift` degrees heel-up. */
function shoeAt(toeX: number, lift: number, fill: string): { shape: Shape; ankle: Point } {
  const origin = { x: toeX, y: SOLE };
  const outline: Segment[] = [['M', 0, 0], ['L', -16, 0], ['L', -16, -5.5], ['Q', -16, -7.8, -13.5, -7.8], ['L', -6, -7.8], ['Q', 0, -7.4, 0, -2.6], ['Z']];
  return { shape: path(placeSegments(outline, origin, lift), fill), ankle: placePoint({ x: -10, y: -11 }, origin, lift) };
}

/** Both legs straight down, feet slightly apart. */
function standingLegs(skeleton: Skeleton): Shape[] {
  const hip = skeleton.shoulders + HIP_BELOW_SHOULDERS;
  const [far, near] = [skeleton.spine + 5.5, skeleton.spine - 5.5];
  return [...leg(skeleton, { x: far, y: hip }, undefined, far + 11), ...leg(skeleton, { x: near, y: hip }, undefined, near + 11)];
}

function armsAtSides(skeleton: Skeleton, side: 'near' | 'far'): Shape[] {
  const half = skeleton.frame.shoulders / 2;
  // Hands hang level with the hips, arms bowed slightly away from the body.
  const hang = skeleton.shoulders + 38;
  if (side === 'near') return arm(skeleton, [nearShoulder(skeleton), { x: skeleton.spine - half - 1.5, y: skeleton.shoulders + 20 }, { x: skeleton.spine - half - 0.5, y: hang }]);
  return arm(skeleton, [farShoulder(skeleton), { x: skeleton.spine + half + 1.5, y: skeleton.shoulders + 20 }, { x: skeleton.spine + half + 0.5, y: hang }]);
}

const LIMBS: Readonly<Record<Pose, (skeleton: Skeleton, expression: Expression) => Limbs>> = {
  standing: (skeleton, expression) => {
    if (expression !== 'thinking') return { behind: [...armsAtSides(skeleton, 'far'), ...armsAtSides(skeleton, 'near'), ...standingLegs(skeleton)], front: [] };
    // Thinking while standing: the far hand comes up to the chin, the elbow bent at the side.
    const { head, shoulders: s } = skeleton;
    const far = farShoulder(skeleton);
    return {
      behind: [...armsAtSides(skeleton, 'near'), ...standingLegs(skeleton)],
      front: arm(skeleton, [far, { x: far.x + 6, y: s + 30 }, { x: head.x + 6, y: head.y + 21.5 }]),
    };
  },
  'on-the-phone': (skeleton) => {
    const { head, shoulders: s } = skeleton;
    const phone: Segment[] = [['M', -4, -8], ['Q', -4, -10, -2, -10], ['L', 2, -10], ['Q', 4, -10, 4, -8], ['L', 4, 8], ['Q', 4, 10, 2, 10], ['L', -2, 10], ['Q', -4, 10, -4, 8], ['Z']];
    return {
      behind: [...armsAtSides(skeleton, 'far'), ...standingLegs(skeleton)],
      front: [
        path(placeSegments(phone, { x: head.x - 8.5, y: head.y - 0.5 }, -22), skeleton.colours.phone),
        ...arm(skeleton, [nearShoulder(skeleton), { x: skeleton.spine - skeleton.frame.shoulders / 2 - 1, y: s + 22 }, { x: head.x - 5.5, y: head.y + 8 }]),
      ],
    };
  },
  // Mid-stride: near leg forward and far arm forward, as in a natural walk.
  walking: (skeleton) => {
    const { spine, shoulders: s } = skeleton;
    const hip = s + HIP_BELOW_SHOULDERS;
    const [near, far] = [nearShoulder(skeleton), farShoulder(skeleton)];
    return {
      behind: [
        ...arm(skeleton, [far, { x: far.x + 5, y: s + 20 }, { x: far.x + 13, y: s + 33 }]),
        ...leg(skeleton, { x: spine + 3, y: hip }, { x: spine - 4, y: s + 68 }, spine - 7, 26),
        ...leg(skeleton, { x: spine - 3, y: hip }, { x: spine + 5, y: s + 67 }, spine + 25),
      ],
      front: arm(skeleton, [near, { x: near.x - 5, y: s + 20 }, { x: near.x - 9, y: s + 35 }]),
    };
  },
  // On their chair: thighs along the seat, shins down, hands resting in the lap.
  sitting: (skeleton) => {
    const { spine, frame, shoulders: s } = skeleton;
    const thigh = SEAT_TOP - frame.leg / 2 - 0.6;
    const [near, far] = [nearShoulder(skeleton), farShoulder(skeleton)];
    return {
      // Nearer profile, the far arm is hidden behind the body: only its hand shows, above the far thigh.
      behind: arm(skeleton, [far, { x: far.x + 1, y: s + 26 }, { x: spine + 21, y: thigh - 7.5 }]),
      front: [
        ...leg(skeleton, { x: spine - 2, y: thigh - 0.5 }, { x: spine + 29, y: thigh - 1 }, spine + 42),
        ...leg(skeleton, { x: spine - 4, y: thigh + 0.3 }, { x: spine + 26, y: thigh + 0.3 }, spine + 38.5),
        ...arm(skeleton, [near, { x: near.x + 1, y: s + 27 }, { x: spine + 14, y: thigh - 4 }]),
      ],
    };
  },
};

/** A plain side-view chair the character brings with them, under and behind them. */
function chair({ frame, spine, shoulders, colours }: Skeleton): Shape[] {
  const back = spine - frame.shoulders / 2 - 3.5;
  const front = spine + 14;
  // Round feet whose outline just touches the ground.
  const footY = -(CHAIR_LEG / 2 + OUTLINE);
  return [
    tube(
      [
        { x: back, y: SEAT_TOP + 2 },
        { x: back, y: footY },
      ],
      CHAIR_LEG,
      colours.chairFrame,
    ),
    tube(
      [
        { x: front - 3, y: SEAT_TOP + 2 },
        { x: front - 3, y: footY },
      ],
      CHAIR_LEG,
      colours.chairFrame,
    ),
    path(
      [
        ['M', back - 2.6, shoulders + 4],
        ['Q', back - 2.6, shoulders + 1.5, back, shoulders + 1.5],
        ['Q', back + 2.6, shoulders + 1.5, back + 2.6, shoulders + 4],
        ['L', back + 2.6, SEAT_TOP],
        ['L', back - 2.6, SEAT_TOP],
        ['Z'],
      ],
      colours.chair,
    ),
    path(
      [
        ['M', back - 2.6, SEAT_TOP],
        ['L', front, SEAT_TOP],
        ['Q', front + 1.8, SEAT_TOP, front + 1.8, SEAT_TOP + 1.8],
        ['L', front + 1.8, SEAT_TOP + 2.6],
        ['Q', front + 1.8, SEAT_TOP + 4.4, front, SEAT_TOP + 4.4],
        ['L', back - 2.6, SEAT_TOP + 4.4],
        ['Z'],
      ],
      colours.chair,
    ),
  ];
}
