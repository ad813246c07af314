import type { FontMetrics } from '../text/fontMetrics.ts';
import { wrapText } from '../text/wrapText.ts';
import type { BalloonKind, CastMember, Panel } from './journeySchema.ts';
import { drawCharacter, type CharacterDrawing, type CharacterSpec } from './kit/character.ts';
import { PANEL_HEIGHT, PANEL_WIDTH, type Box } from './kit/kitGeometry.ts';
import { BALLOON_PADDING } from './balloonGeometry.ts';
import type { BalloonSetting } from './balloonPlaces.ts';
import { placeBalloons, type PlacedBalloon } from './placeBalloons.ts';
import { placeCharacters } from './placeCharacters.ts';

/** The site font, regular for balloons and bold for captions and shouts. */
export interface PanelFonts {
  readonly regular: FontMetrics;
  readonly bold: FontMetrics;
}

// The page sets the same sizes in CSS (src/styles/journeys.css, .balloon and .panel-caption, in 360ths of the panel's width).
export const BALLOON_FONT_SIZE = 15;
export const CAPTION_FONT_SIZE = 13;
/** Balloons and captions keep this far from the panel's edge. */
export const PANEL_MARGIN = 6;
const CAPTION_PADDING = { x: 8, y: 5 };
const CAPTION_MAX_WIDTH = 220;
/** Text widths tried for each balloon, narrow to wide. */
const BALLOON_TEXT_WIDTHS = [70, 90, 110, 130, 150, 175, 200, 230, 270, 310];

export interface PanelCharacter {
  readonly id: string;
  readonly spec: CharacterSpec;
  readonly drawing: CharacterDrawing;
}

export interface PanelBalloon extends PlacedBalloon {
  readonly speaker: string;
}

/** A panel laid out: where its caption, people and balloons go, all in panel units. Plain JSON. */
export interface PanelLayout {
  readonly caption: { readonly box: Box; readonly text: Box; readonly lines: readonly string[] } | null;
  readonly characters: readonly PanelCharacter[];
  readonly balloons: readonly PanelBalloon[];
}

/**
 * Lays out one panel: the caption box in the top-left corner, the characters across the floor
 * facing each other, and the balloons placed clear of faces, the caption and each other. Returns
 * null when the balloons cannot all fit; the caller names the panel in the error.
 */
export function layoutPanel(panel: Panel, cast: readonly CastMember[], fonts: PanelFonts): PanelLayout | null {
  // A layout depends only on the panel, the cast in it and the fonts: the same panel in another
  // journey, or another copy of an evaluation, is laid out once. Layouts are never changed after.
  const key = JSON.stringify([panel, panel.characters.map((character) => cast.find((member) => member.id === character.id) ?? null)]);
  const known = laidOut(fonts);
  if (known.has(key)) return known.get(key) ?? null;
  const layout = layoutAfresh(panel, cast, fonts);
  // A bound on what is kept, so a very large portfolio's distinct panels cannot fill the memory.
  if (known.size >= LAYOUTS_KEPT) known.clear();
  known.set(key, layout);
  return layout;
}

/** Layouts made so far, by panel content, for each set of fonts. */
const LAYOUTS = new WeakMap<PanelFonts, Map<string, PanelLayout | null>>();
const LAYOUTS_KEPT = 5_000;

function laidOut(fonts: PanelFonts): Map<string, PanelLayout | null> {
  let known = LAYOUTS.get(fonts);
  if (!known) {
    known = new Map();
    LAYOUTS.set(fonts, known);
  }
  return known;
}

function layoutAfresh(panel: Panel, cast: readonly CastMember[], fonts: PanelFonts): PanelLayout | null {
  const caption = panel.caption === undefined ? null : layoutCaption(panel.caption, fonts.bold);
  const standing = inSpeakingOrder(panel);
  const places = placeCharacters(standing.map((character) => character.pose));
  const characters = standing.map((character, index): PanelCharacter => {
    const member = cast.find((candidate) => candidate.id === character.id);
    if (!member) throw new Error(`panel character "${character.id}" is not in the cast (parseJourney checks this)`);
    const place = places[index] ?? { x: PANEL_WIDTH / 2, facing: 'right' as const };
    const spec: CharacterSpec = { appearance: member.appearance, pose: character.pose, expression: character.expression, facing: place.facing };
    return { id: character.id, spec, drawing: drawCharacter(spec, place.x) };
  });
  const heads = characters.map((character) => character.drawing.head);
  const requests = panel.balloons.map((balloon) => {
    const speaker = characters.find((character) => character.id === balloon.speaker);
    if (!speaker) throw new Error(`balloon speaker "${balloon.speaker}" is not in the panel (parseJourney checks this)`);
    return { kind: balloon.kind, settings: balloonSettings(balloon.text, balloon.kind, fonts), head: speaker.drawing.head, mouth: speaker.drawing.mouth };
  });
  const bounds = { x: PANEL_MARGIN, y: PANEL_MARGIN, width: PANEL_WIDTH - 2 * PANEL_MARGIN, height: PANEL_HEIGHT - 2 * PANEL_MARGIN };
  const placed = placeBalloons(requests, {
    bounds,
    heads,
    bodies: characters.map((character) => character.drawing.bounds),
    blocked: caption ? [caption.box] : [],
  });
  if (!placed) return null;
  return { caption, characters, balloons: placed.map((balloon, index) => ({ ...balloon, speaker: panel.balloons[index]?.speaker ?? '' })) };
}

/**
 * The panel's people from left to right: whoever speaks first stands on the left, as comic
 * letterers arrange them, so balloons read left to right in story order; those who do not speak
 * keep the author's order after them.
 */
export function inSpeakingOrder(panel: Panel): Panel['characters'] {
  const firstWords = (id: string) => {
    const index = panel.balloons.findIndex((balloon) => balloon.speaker === id);
    return index === -1 ? Infinity : index;
  };
  return [...panel.characters].sort((a, b) => firstWords(a.id) - firstWords(b.id));
}

/** Shouted words are set bold, as lettering in capitals would be in print. */
function balloonFont(kind: BalloonKind, fonts: PanelFonts): FontMetrics {
  return kind === 'shout' ? fonts.bold : fonts.regular;
}

function balloonSettings(text: string, kind: BalloonKind, fonts: PanelFonts): BalloonSetting[] {
  const maxText = PANEL_WIDTH - 2 * PANEL_MARGIN - 2 * BALLOON_PADDING[kind].x;
  const settings: BalloonSetting[] = [];
  for (const maxWidth of BALLOON_TEXT_WIDTHS.filter((width) => width <= maxText)) {
    let wrapped;
    try {
      wrapped = wrapText(balloonFont(kind, fonts), text, { fontSize: BALLOON_FONT_SIZE, maxWidth });
    } catch {
      continue; // a single character wider than this width: try a wider one
    }
    const setting = { lines: wrapped.lines, textWidth: Math.ceil(wrapped.width), textHeight: Math.ceil(wrapped.height) };
    if (!settings.some((other) => other.lines.join('\n') === setting.lines.join('\n'))) settings.push(setting);
    // Text on one line stays that line, the same size, at every wider width: nothing new to try.
    if (wrapped.lines.length <= 1) break;
  }
  return settings;
}

function layoutCaption(caption: string, bold: FontMetrics): NonNullable<PanelLayout['caption']> {
  const wrapped = wrapText(bold, caption, { fontSize: CAPTION_FONT_SIZE, maxWidth: CAPTION_MAX_WIDTH });
  const text = { x: PANEL_MARGIN + CAPTION_PADDING.x, y: PANEL_MARGIN + CAPTION_PADDING.y, width: Math.ceil(wrapped.width), height: Math.ceil(wrapped.height) };
  const box = { x: PANEL_MARGIN, y: PANEL_MARGIN, width: text.width + 2 * CAPTION_PADDING.x, height: text.height + 2 * CAPTION_PADDING.y };
  return { box, text, lines: wrapped.lines };
}
