import { PANEL_HEIGHT, PANEL_WIDTH, type Box, type Point } from './kit/kitGeometry.ts';
import type { PanelLayout } from './layoutPanel.ts';

const EPSILON = 1e-6;
/** The farthest a tail's tip may end from its speaker's mouth and still read as pointing at them. */
export const TIP_NEAR_MOUTH = 48;

/**
 * The geometric promises of a laid-out panel, checked independently of how it was made: every
 * balloon and the caption inside the panel; no balloon over another, over the caption or over
 * anyone's head; each balloon's text inside its balloon; each tail starting on its balloon's
 * outline, ending outside its speaker's head and within reach of their mouth. Returns one plain
 * message per broken promise; empty when the panel is sound.
 */
export function checkPanelLayout(layout: PanelLayout): string[] {
  const problems: string[] = [];
  const panel = { x: 0, y: 0, width: PANEL_WIDTH, height: PANEL_HEIGHT };
  const heads = layout.characters.map((character) => ({ id: character.id, box: character.drawing.head }));
  if (layout.caption && !inside(panel, layout.caption.box)) problems.push('the caption is not inside the panel');
  if (layout.caption && !inside(layout.caption.box, layout.caption.text)) problems.push('the caption text is not inside its box');

  layout.balloons.forEach((balloon, index) => {
    const name = `balloon ${index + 1}`;
    if (!inside(panel, balloon.box)) problems.push(`${name} is not inside the panel`);
    if (!inside(balloon.box, balloon.text)) problems.push(`${name}: its text is not inside it`);
    if (layout.caption && overlaps(balloon.box, layout.caption.box)) problems.push(`${name} covers the caption`);
    for (const head of heads) if (overlaps(balloon.box, head.box)) problems.push(`${name} covers the head of ${head.id}`);
    layout.balloons.slice(index + 1).forEach((other, offset) => {
      if (overlaps(balloon.box, other.box)) problems.push(`${name} overlaps balloon ${index + offset + 2}`);
    });
    const speaker = layout.characters.find((character) => character.id === balloon.speaker);
    if (!speaker) {
      problems.push(`${name}: its speaker ${balloon.speaker} is not drawn in the panel`);
      return;
    }
    if (!onOutline(balloon.anchor, balloon.box)) problems.push(`${name}: its tail does not start on the balloon's edge`);
    if (strictlyInside(speaker.drawing.head, balloon.tip)) problems.push(`${name}: its tail ends inside the speaker's head`);
    const reach = Math.hypot(balloon.tip.x - speaker.drawing.mouth.x, balloon.tip.y - speaker.drawing.mouth.y);
    if (reach > TIP_NEAR_MOUTH) problems.push(`${name}: its tail ends ${Math.round(reach)} units from ${balloon.speaker}'s mouth (at most ${TIP_NEAR_MOUTH})`);
  });
  return problems;
}

function inside(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x - EPSILON && inner.y >= outer.y - EPSILON && inner.x + inner.width <= outer.x + outer.width + EPSILON && inner.y + inner.height <= outer.y + outer.height + EPSILON;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - EPSILON && b.x < a.x + a.width - EPSILON && a.y < b.y + b.height - EPSILON && b.y < a.y + a.height - EPSILON;
}

function strictlyInside(box: Box, point: Point): boolean {
  return point.x > box.x + EPSILON && point.x < box.x + box.width - EPSILON && point.y > box.y + EPSILON && point.y < box.y + box.height - EPSILON;
}

function onOutline(point: Point, box: Box): boolean {
  const withinX = point.x >= box.x - EPSILON && point.x <= box.x + box.width + EPSILON;
  const withinY = point.y >= box.y - EPSILON && point.y <= box.y + box.height + EPSILON;
  const onVertical = (Math.abs(point.x - box.x) <= EPSILON || Math.abs(point.x - box.x - box.width) <= EPSILON) && withinY;
  const onHorizontal = (Math.abs(point.y - box.y) <= EPSILON || Math.abs(point.y - box.y - box.height) <= EPSILON) && withinX;
  return onVertical || onHorizontal;
}
