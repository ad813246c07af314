/**
 * Colours shared by several scene backdrops. Backgrounds are soft and light so that characters
 * (mid-saturation clothes, dark outline) and white balloons stand out against them; the darker
 * accents are kept for the few objects that make a place recognisable.
 */
/** Thin outline of objects: a muted grey, lighter than the characters' outline. */
export const OUTLINE = '#6b7580';
export const OUTLINE_WIDTH = 1.2;
export const SKY = '#dcebf4';
export const CLOUD = '#f5f9fb';
export const GLASS = '#cfe2ec';
export const GLASS_SHINE = '#e6f1f6';
export const FRAME = '#f7f6f1';
export const PAPER = '#fbfaf5';
export const STEEL = '#4d5863';
export const SCREEN = '#3a4550';
export const SCREEN_GLOW = '#bfd6e3';
export const WOOD = '#b98d60';
export const WOOD_DARK = '#8c6646';
export const LEAF = '#76a36d';
export const LEAF_DARK = '#5a8757';
export const POT = '#c0714f';
/** Hard-hat and crane yellow. */
export const SAFETY_YELLOW = '#e8b530';
export const SAFETY_ORANGE = '#e07a38';
/** Pastel sheets on notice- and pinboards: colour without words. */
export const NOTES = ['#f6e7a6', '#cfe4f2', '#f3cfc4', '#d6ead0', '#fbfaf5'] as const;
