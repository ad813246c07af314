import type { Appearance, Expression, Pose } from '../journeySchema.ts';
import { drawBody } from './characterBody.ts';
import { characterColours } from './characterColours.ts';
import { drawHead } from './characterFace.ts';
import { unionBox, type Shape } from './characterShapes.ts';
import { GROUND_Y, round2, type Box, type Point } from './kitGeometry.ts';

/**
 * The characters of the client-journey comic strips, drawn at build time as flat SVG. Each is
 * drawn facing right in its own units (x from the centre of the footprint, y up from the ground)
 * and placed by one transform; facing left is the same drawing mirrored, so both directions
 * always match. The geometry returned is measured from the shapes drawn.
 */

export type Facing = 'left' | 'right';

export interface CharacterSpec {
  readonly appearance: Appearance;
  readonly pose: Pose;
  readonly expression: Expression;
  readonly facing: Facing;
}

export interface CharacterDrawing {
  /** One <g> element, no ids, no text, no external references. */
  readonly svg: string;
  /** Everything drawn (chair, phone, arms, hair included), in panel units. */
  readonly bounds: Box;
  /** The head including hair: balloons must never cover it. */
  readonly head: Box;
  /** Where a balloon's tail should aim: the mouth (inside `head`). */
  readonly mouth: Point;
}

/**
 * Widest bounds any character can have (all builds, poses, hair and chairs), so callers can
 * space characters: every drawing lies within x ± CHARACTER_MAX_WIDTH / 2, so two characters
 * whose x differ by at least this never overlap. The tests check every combination.
 */
export const CHARACTER_MAX_WIDTH = 72;

/** Draws one character with the centre of their footprint at x, feet on `ground`. */
export function drawCharacter(spec: CharacterSpec, x: number, ground: number = GROUND_Y): CharacterDrawing {
  const { appearance, pose, expression, facing } = spec;
  const colours = characterColours(appearance);
  const body = drawBody(appearance.build, pose, expression, colours);
  const head = drawHead(appearance, expression, body.headCentre, colours);
  const shapes: readonly Shape[] = [...body.behind, ...head.behind, ...body.neck, ...head.front, ...body.front];
  const headShapes = [...head.behind, ...head.front];
  // Hair hanging below the chin is body, as far as balloons are concerned: the head ends at the chin.
  const headBox = clipBottom(unionBox(headShapes.map((shape) => shape.box)), head.chin);
  const mirror = facing === 'left' ? -1 : 1;
  const place = (box: Box): Box => {
    // Rounded in character units first, so a mirrored box is exactly the mirror image.
    const [left, top, width, height] = [round2(box.x), round2(box.y), round2(box.width), round2(box.height)];
    return { x: round2(x + (mirror === 1 ? left : -(left + width))), y: round2(ground + top), width, height };
  };
  const transform = `translate(${round2(x)} ${round2(ground)})${mirror === -1 ? ' scale(-1 1)' : ''}`;
  return {
    svg: `<g transform="${transform}" stroke-linejoin="round" stroke-linecap="round">${shapes.map((shape) => shape.svg).join('')}</g>`,
    bounds: place(unionBox(shapes.map((shape) => shape.box))),
    head: place(headBox),
    mouth: { x: round2(x + mirror * head.mouth.x), y: round2(ground + head.mouth.y) },
  };
}

function clipBottom(box: Box, bottom: number): Box {
  return { ...box, height: Math.min(box.y + box.height, bottom) - box.y };
}
