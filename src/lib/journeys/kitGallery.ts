import { EXPRESSIONS, PanelSchema, POSES, SCENES, type Appearance, type CastMember, type Expression, type Pose, type Scene } from './journeySchema.ts';
import type { RenderedPanel } from './journeyResult.ts';
import { layoutPanel, type PanelFonts } from './layoutPanel.ts';
import { renderPanel } from './renderPanel.ts';
import { drawCharacter, type CharacterDrawing } from './kit/character.ts';
import { drawScene } from './kit/drawScene.ts';
import { GROUND_Y, PANEL_HEIGHT, PANEL_WIDTH, round2, type Box } from './kit/kitGeometry.ts';

/** Every drawing the kit offers, for the gallery page. Each svg is whole and decorative; the page names it in text. */
export interface KitGallery {
  readonly scenes: ReadonlyArray<{ readonly id: Scene; readonly name: string; readonly svg: string }>;
  readonly expressions: ReadonlyArray<{ readonly id: Expression; readonly svg: string }>;
  readonly poses: ReadonlyArray<{ readonly id: Pose; readonly svg: string }>;
  readonly skins: ReadonlyArray<{ readonly skin: number; readonly hair: Appearance['hair']; readonly svg: string }>;
  /** Two example panels with every kind of balloon, laid out and drawn as in a journey; empty without the site font. */
  readonly balloons: readonly RenderedPanel[];
}

const DEMO_CAST: readonly CastMember[] = [
  { id: 'sam', role: 'client', name: 'Sam', appearance: { skin: 4, hair: 'curly', hair_colour: 'black', build: 'medium', top: 'orange' } },
  { id: 'jo', role: 'mentor', name: 'Jo', appearance: { skin: 2, hair: 'tied-back', hair_colour: 'red', build: 'slim', top: 'blue' } },
];
const DEMO_PANELS = [
  PanelSchema.parse({
    caption: 'speech and thought',
    scene: 'cafe',
    characters: [
      { id: 'jo', pose: 'sitting', expression: 'happy' },
      { id: 'sam', pose: 'sitting', expression: 'thinking' },
    ],
    balloons: [
      { speaker: 'jo', text: 'A speech balloon: said out loud.' },
      { speaker: 'sam', kind: 'thought', text: 'A thought: not said.' },
    ],
  }),
  PanelSchema.parse({
    caption: 'shout and whisper',
    scene: 'street',
    characters: [
      { id: 'sam', pose: 'walking', expression: 'frustrated' },
      { id: 'jo', pose: 'walking', expression: 'worried' },
    ],
    balloons: [
      { speaker: 'sam', kind: 'shout', text: 'A shout!' },
      { speaker: 'jo', kind: 'whisper', text: 'A whisper, said quietly.' },
    ],
  }),
];

const MODEL: Appearance = { skin: 3, hair: 'short', hair_colour: 'dark-brown', build: 'medium', top: 'green' };
const LINE_UP: readonly Appearance[] = [
  { skin: 1, hair: 'long', hair_colour: 'blonde', build: 'slim', top: 'purple' },
  { skin: 2, hair: 'tied-back', hair_colour: 'red', build: 'medium', top: 'blue' },
  { skin: 3, hair: 'short', hair_colour: 'brown', build: 'broad', top: 'yellow' },
  { skin: 4, hair: 'curly', hair_colour: 'black', build: 'medium', top: 'orange' },
  { skin: 5, hair: 'shaved', hair_colour: 'black', build: 'broad', top: 'grey' },
  { skin: 6, hair: 'bald', hair_colour: 'grey', build: 'slim', top: 'red' },
];

/** Draws the whole kit: every scene, every expression (as a portrait), every pose, the range of skin tones and hair, and (given the site font) every kind of balloon. */
export function kitGallery(fonts?: PanelFonts): KitGallery {
  return {
    balloons: fonts
      ? DEMO_PANELS.flatMap((panel, index) => {
          const layout = layoutPanel(panel, DEMO_CAST, fonts);
          return layout ? [renderPanel(panel, index + 1, layout, DEMO_CAST)] : [];
        })
      : [],
    scenes: SCENES.map((id) => {
      const scene = drawScene(id);
      return { id, name: scene.name, svg: wrap({ x: 0, y: 0, width: PANEL_WIDTH, height: PANEL_HEIGHT }, scene.svg) };
    }),
    expressions: EXPRESSIONS.map((id) => {
      const drawing = drawCharacter({ appearance: MODEL, pose: 'standing', expression: id, facing: 'right' }, PANEL_WIDTH / 2);
      const { head } = drawing;
      return { id, svg: wrap({ x: head.x - 16, y: head.y - 8, width: head.width + 32, height: head.height + 30 }, drawing.svg) };
    }),
    poses: POSES.map((id) => {
      const drawing = drawCharacter({ appearance: MODEL, pose: id, expression: 'neutral', facing: 'right' }, PANEL_WIDTH / 2);
      return { id, svg: wrap(around(drawing), drawing.svg) };
    }),
    skins: LINE_UP.map((appearance) => {
      const drawing = drawCharacter({ appearance, pose: 'standing', expression: 'happy', facing: 'right' }, PANEL_WIDTH / 2);
      return { skin: appearance.skin, hair: appearance.hair, svg: wrap(around(drawing), drawing.svg) };
    }),
  };
}

/** A character's bounds with a little room, reaching down to the floor. */
function around(drawing: CharacterDrawing): Box {
  const top = drawing.bounds.y - 6;
  return { x: drawing.bounds.x - 6, y: top, width: drawing.bounds.width + 12, height: GROUND_Y + 4 - top };
}

function wrap(view: Box, content: string): string {
  const box = [view.x, view.y, view.width, view.height].map(round2).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box}" aria-hidden="true" focusable="false">${content}</svg>`;
}
