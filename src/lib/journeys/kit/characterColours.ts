import { INK } from '../../theme/palette.ts';
import type { Appearance } from '../journeySchema.ts';

/**
 * The fills of the character kit. Skin runs from very light to very dark in six natural, clearly
 * distinct steps; tops are mid-saturation so they stand apart from every skin tone and from the
 * light backdrops; clothes below the waist stay dark and neutral so the top carries the colour.
 */
const SKIN_TONES = ['#f7dcca', '#eec09c', '#d39a6a', '#a86d45', '#7a4a2d', '#4d2f20'] as const;

const HAIR_COLOURS: Readonly<Record<Appearance['hair_colour'], string>> = {
  black: '#222022',
  'dark-brown': '#4a2f21',
  brown: '#7f5434',
  blonde: '#dcb96a',
  red: '#b1532b',
  grey: '#a9abae',
};

const TOP_COLOURS: Readonly<Record<Appearance['top'], string>> = {
  blue: '#3f76b3',
  green: '#3f9165',
  red: '#c4493f',
  grey: '#8c939c',
  black: '#33373d',
  yellow: '#e9bb3f',
  purple: '#7b59a9',
  orange: '#e27b34',
};

export interface CharacterColours {
  readonly skin: string;
  readonly hair: string;
  /** Brows: the hair's colour, darkened or barely, whichever stands out more from the skin. */
  readonly brow: string;
  /** A shaved scalp: the hair colour showing faintly through the skin. */
  readonly stubble: string;
  /** Lifted cheeks when happy: a warm shade of the skin, never a cartoon pink. */
  readonly cheek: string;
  readonly top: string;
  readonly trousers: string;
  readonly shoes: string;
  readonly chair: string;
  readonly chairFrame: string;
  readonly phone: string;
}

export function characterColours(appearance: Appearance): CharacterColours {
  const skin = SKIN_TONES[Math.min(Math.max(Math.round(appearance.skin), 1), SKIN_TONES.length) - 1] ?? SKIN_TONES[2];
  const hair = HAIR_COLOURS[appearance.hair_colour];
  return {
    skin,
    hair,
    brow: strongest([mix(hair, INK, 0.7), mix(hair, INK, 0.2)], skin),
    stubble: mix(skin, hair, 0.45),
    cheek: mix(skin, '#d9574a', 0.22),
    top: TOP_COLOURS[appearance.top],
    trousers: '#3e4859',
    shoes: '#25282d',
    chair: '#a67c55',
    chairFrame: '#6e737a',
    phone: '#2c3037',
  };
}

/** The candidate with the greatest contrast against `background`: expressions live in the brows. */
function strongest(candidates: readonly string[], background: string): string {
  const contrast = (colour: string): number => {
    const [a, b] = [luminance(colour), luminance(background)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  };
  return candidates.reduce((best, candidate) => (contrast(candidate) > contrast(best) ? candidate : best));
}

function luminance(hex: string): number {
  const linear = [0, 1, 2].map((index) => Number.parseInt(hex.slice(1 + 2 * index, 3 + 2 * index), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (linear[0] ?? 0) + 0.7152 * (linear[1] ?? 0) + 0.0722 * (linear[2] ?? 0);
}

/** A colour `amount` of the way from `from` to `to`, both #rrggbb. */
export function mix(from: string, to: string, amount: number): string {
  const channel = (hex: string, index: number): number => Number.parseInt(hex.slice(1 + 2 * index, 3 + 2 * index), 16);
  const mixed = [0, 1, 2].map((index) => Math.round(channel(from, index) + (channel(to, index) - channel(from, index)) * amount));
  return `#${mixed.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}
