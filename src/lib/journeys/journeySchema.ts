import { z } from 'zod';
import { SLUG_PATTERN } from '../text/slug.ts';

const Slug = z.string().regex(SLUG_PATTERN, 'a lowercase id of letters, digits and single hyphens');
const Text = z.string().trim().min(1, 'some text');

/** Places the built-in kit draws (issue 6). */
export const SCENES = [
  'secure-unit',
  'prison-visits-room',
  'prison-gate',
  'car-park',
  'cafe',
  'job-centre',
  'probation-office',
  'home-kitchen',
  'hostel-room',
  'gym',
  'bowling-alley',
  'college',
  'street',
  'construction-site',
] as const;
export const POSES = ['standing', 'sitting', 'walking', 'on-the-phone'] as const;
export const EXPRESSIONS = ['neutral', 'happy', 'worried', 'frustrated', 'thinking'] as const;
export const ROLES = ['client', 'mentor', 'volunteer', 'probation-officer', 'family-member', 'other'] as const;
export const BALLOON_KINDS = ['speech', 'thought', 'whisper', 'shout'] as const;
export const MILESTONE_KINDS = ['release', 'first-meeting', 'id', 'housing', 'qualification', 'job', 'recall', 'setback', 'other'] as const;

/** How a character is drawn: one consistent flat style, chosen by the author. */
export const AppearanceSchema = z.strictObject({
  /** Skin tone, 1 (lightest) to 6 (darkest). */
  skin: z.int().min(1).max(6),
  hair: z.enum(['short', 'long', 'curly', 'shaved', 'bald', 'tied-back']),
  hair_colour: z.enum(['black', 'dark-brown', 'brown', 'blonde', 'red', 'grey']).default('dark-brown'),
  build: z.enum(['slim', 'medium', 'broad']).default('medium'),
  /** Colour of the top they wear. */
  top: z.enum(['blue', 'green', 'red', 'grey', 'black', 'yellow', 'purple', 'orange']).default('blue'),
});

export type Appearance = z.output<typeof AppearanceSchema>;
export type Scene = (typeof SCENES)[number];
export type Pose = (typeof POSES)[number];
export type Expression = (typeof EXPRESSIONS)[number];
export type BalloonKind = (typeof BALLOON_KINDS)[number];
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const CastMemberSchema = z.strictObject({
  id: Slug,
  role: z.enum(ROLES),
  /** The name the story uses: always a pseudonym. */
  name: Text,
  appearance: AppearanceSchema,
});

export type CastMember = z.output<typeof CastMemberSchema>;

export const PanelSchema = z.strictObject({
  /** The caption box, usually a time marker such as "Two weeks after release". */
  caption: Text.optional(),
  scene: z.enum(SCENES),
  characters: z
    .array(z.strictObject({ id: Slug, pose: z.enum(POSES).default('standing'), expression: z.enum(EXPRESSIONS).default('neutral') }))
    .max(4, 'at most 4 characters: a panel has room for no more')
    .default([]),
  balloons: z.array(z.strictObject({ speaker: Slug, kind: z.enum(BALLOON_KINDS).default('speech'), text: Text })).default([]),
  /** An image from public/ drawn instead of the scene, e.g. `images/journeys/gate.png`. */
  illustration: z
    .string()
    .regex(/^[\w./-]+\.(png|jpe?g|svg|webp)$/i, 'a path under public/ to a .png, .jpg, .svg or .webp image')
    .optional(),
  /** Description of the illustration for screen readers; required with `illustration`. */
  illustration_alt: Text.optional(),
  /** A step on the journey's timeline. */
  milestone: z.strictObject({ label: Text, kind: z.enum(MILESTONE_KINDS).default('other'), weeks: z.number().min(-1040).max(1040) }).optional(),
  /** The evaluator's note beside this step. */
  commentary: Text.optional(),
});
export type Panel = z.output<typeof PanelSchema>;

/** A client journey: `content/<evaluation>/journeys/<id>.yaml`, drawn as a comic strip (docs/journeys.md). */
export const JourneySchema = z.strictObject({
  title: Text,
  /** The client's name in the story: a pseudonym, never a real name. */
  pseudonym: Text,
  /** True when the story combines several people's experiences. */
  composite: z.boolean(),
  /** For a story about one consenting client: the consent reference of their case study in the manifest. */
  consent: Text.optional(),
  /** True when the story and any figures beside it are made up to show how the feature works. */
  illustrative: z.boolean().default(false),
  intro: Text,
  /** What week 0 of the milestone timeline is: "release", "the first meeting". */
  week_zero: Text.default('the first meeting'),
  cast: z.array(CastMemberSchema).min(1, 'at least the client'),
  panels: z.array(PanelSchema).min(1, 'at least one panel'),
});
export type Journey = z.output<typeof JourneySchema>;
