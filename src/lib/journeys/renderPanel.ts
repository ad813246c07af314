import { INK } from '../theme/palette.ts';
import type { CastMember, Panel } from './journeySchema.ts';
import type { RenderedPanel, TextPlace } from './journeyResult.ts';
import { drawScene } from './kit/drawScene.ts';
import { PANEL_HEIGHT, PANEL_WIDTH, round2, type Box } from './kit/kitGeometry.ts';
import { describePanel } from './describePanel.ts';
import { drawBalloon } from './drawBalloon.ts';
import type { PanelLayout } from './layoutPanel.ts';

const VERBS = { speech: 'says', thought: 'thinks', whisper: 'whispers', shout: 'shouts' } as const;
// The caption's words carry the same background in CSS (.panel-caption).
const CAPTION_FILL = '#fff4c2';
/** Browsers measure text a hair differently from the font file; the HTML box gets this much spare room each side. */
const WRAP_SLACK = 4;

/**
 * Turns a laid-out panel into what the page shows: one decorative SVG (the scene or the author's
 * picture, the people, the caption box and balloon outlines), and every word as HTML placed over
 * it in percentages, so the words stay real text that reads in story order, scales and translates.
 */
export function renderPanel(panel: Panel, number: number, layout: PanelLayout, cast: readonly CastMember[]): RenderedPanel {
  const scene = drawScene(panel.scene);
  const nameOf = (id: string) => cast.find((member) => member.id === id)?.name ?? id;
  const art = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${PANEL_WIDTH} ${PANEL_HEIGHT}" class="panel-drawing" aria-hidden="true" focusable="false">`,
    panel.illustration === undefined ? scene.svg : '',
    ...layout.characters.map((character) => character.drawing.svg),
    layout.caption
      ? `<rect x="${layout.caption.box.x}" y="${layout.caption.box.y}" width="${layout.caption.box.width}" height="${layout.caption.box.height}" fill="${CAPTION_FILL}" stroke="${INK}" stroke-width="1.5"/>`
      : '',
    ...layout.balloons.map((balloon) => drawBalloon(balloon.kind, balloon.box, balloon.anchor, balloon.tip)),
    '</svg>',
  ].join('');
  return {
    number,
    art,
    description: describePanel(panel, cast, scene),
    caption: layout.caption && panel.caption !== undefined ? { text: panel.caption, place: placeOf(layout.caption.text) } : null,
    balloons: layout.balloons.map((balloon, index) => ({
      kind: balloon.kind,
      speaker: nameOf(balloon.speaker),
      verb: VERBS[balloon.kind],
      text: panel.balloons[index]?.text ?? '',
      place: placeOf(balloon.text),
    })),
    illustration: panel.illustration ?? null,
    milestone: panel.milestone ?? null,
    commentary: panel.commentary ?? null,
  };
}

/** A text block's position as percentages of the panel, widened by the wrap slack. */
function placeOf(text: Box): TextPlace {
  return {
    left: round2(((text.x - WRAP_SLACK) / PANEL_WIDTH) * 100),
    top: round2((text.y / PANEL_HEIGHT) * 100),
    width: round2(((text.width + 2 * WRAP_SLACK) / PANEL_WIDTH) * 100),
  };
}
