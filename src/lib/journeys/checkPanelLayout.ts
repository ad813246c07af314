import { PANEL_HEIGHT, PANEL_WIDTH, type Box, type Point } from './kit/kitGeometry.ts';
import type { PanelLayout } from './layoutPanel.ts';
import { TIP_NEAR_MOUTH } from './balloonGeometry.ts';

const EPSILON = 1e-6;

/**
 * The geometric promises of a laid-out panel, checked independently of how it was made: every
 * balloon and the caption inside the panel; no balloon over another, over the caption or over
 * anyone's head, and the caption over no head; each balloon's text inside its balloon; each tail
 * starting on its balloon's outline, crossing no balloon (its own included), caption or other
 * face, and ending outside its speaker's head within reach of their mouth; and the balloons in
 * reading order. Returns one plain message per broken promise; empty when the panel is sound.
 */
export function checkPanelLayout(layout: PanelLayout): string[] {
  const problems: string[] = [];
  const panel = { x: 0, y: 0, width: PANEL_WIDTH, height: PANEL_HEIGHT };
  const heads = layout.characters.map((character) => ({ id: character.id, box: character.drawing.head }));
  if (layout.caption && !inside(panel, layout.caption.box)) problems.push('the caption is not inside the panel');
  if (layout.caption && !inside(layout.caption.box, layout.caption.text)) problems.push('the caption text is not inside its box');
  for (const head of heads) if (layout.caption && overlaps(layout.caption.box, head.box)) problems.push(`the caption covers the head of ${head.id}`);

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
    if (crosses(balloon.anchor, balloon.tip, balloon.box)) problems.push(`${name}: its tail runs back through the balloon`);
    for (const head of heads) if (head.id !== balloon.speaker && crosses(balloon.anchor, balloon.tip, head.box)) problems.push(`${name}: its tail crosses the head of ${head.id}`);
    layout.balloons.forEach((other, otherIndex) => {
      if (otherIndex !== index && crosses(balloon.anchor, balloon.tip, other.box)) problems.push(`${name}: its tail crosses balloon ${otherIndex + 1}`);
    });
    if (layout.caption && crosses(balloon.anchor, balloon.tip, layout.caption.box)) problems.push(`${name}: its tail crosses the caption`);
    layout.balloons.slice(0, index).forEach((earlier, earlierIndex) => {
      // Comic reading order: a later balloon sits below an earlier one, or to its right and not above it (8 and 12 units of slack).
      const below = balloon.box.y >= earlier.box.y + earlier.box.height - 8;
      const right = balloon.box.x >= earlier.box.x + earlier.box.width - 8 && balloon.box.y >= earlier.box.y - 12;
      if (!below && !right) problems.push(`${name} would be read before balloon ${earlierIndex + 1}`);
    });
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

/** Whether the segment passes through the box's interior: sampled finely, independently of the placer's clipping. */
function crosses(from: Point, to: Point, box: Box): boolean {
  const steps = Math.max(2, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) * 4));
  for (let step = 1; step < steps; step += 1) {
    const t = step / steps;
    if (strictlyInside(box, { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t })) return true;
  }
  return false;
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
