import type { CastMember, Expression, Panel, Pose } from './journeySchema.ts';

export interface PlaceWords {
  /** The place as a reader names it: "Café". */
  readonly name: string;
  /** What people sit at there, "at a table", or null. */
  readonly seatedAt: string | null;
}

const POSE_VERBS: Readonly<Record<Pose, readonly [single: string, plural: string]>> = {
  standing: ['stands', 'stand'],
  sitting: ['sits', 'sit'],
  walking: ['walks', 'walk'],
  'on-the-phone': ['is on the phone', 'are on the phone'],
};

const LOOKS: Readonly<Record<Expression, string | null>> = {
  neutral: null,
  happy: 'looks happy',
  worried: 'looks worried',
  frustrated: 'looks frustrated',
  thinking: 'is deep in thought',
};

/**
 * The short scene description a screen reader hears before a panel's words: the place, who is
 * there doing what, and any face that shows a feeling. "Café. Dan and Sue sit at a table. Dan
 * looks worried." Generated from the script, so it can never drift from the drawing.
 */
export function describePanel(panel: Panel, cast: readonly CastMember[], place: PlaceWords): string {
  if (panel.illustration_alt !== undefined) return panel.illustration_alt;
  const nameOf = (id: string) => cast.find((member) => member.id === id)?.name ?? id;
  const sentences = [`${place.name}.`];
  const byPose = new Map<Pose, string[]>();
  for (const character of panel.characters) byPose.set(character.pose, [...(byPose.get(character.pose) ?? []), nameOf(character.id)]);
  for (const [pose, names] of byPose) {
    const [single, plural] = POSE_VERBS[pose];
    const where = pose === 'sitting' && place.seatedAt ? ` ${place.seatedAt}` : '';
    sentences.push(`${listNames(names)} ${names.length === 1 ? single : plural}${where}.`);
  }
  for (const character of panel.characters) {
    const looks = LOOKS[character.expression];
    if (looks) sentences.push(`${nameOf(character.id)} ${looks}.`);
  }
  return sentences.join(' ');
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
