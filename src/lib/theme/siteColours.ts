import { interpolateRgb, rgb } from 'd3';
import { contrastRatio } from './contrast.ts';
import { divergingColours, INK, LIKERT_COLOURS, MERGED_STATUS_COLOUR, MUTED_INK, PRIMARY, SERIES_COLOURS, STATUS_COLOURS } from './palette.ts';

/** The colours an author may set in site.yaml (docs/site-settings.md), by their field names there. */
export type BrandColourField = 'accent' | 'text' | 'background' | 'link';

/** The colours the author set, by field; the others are left out (or undefined). */
export type BrandColours = Readonly<Partial<Record<BrandColourField, string | undefined>>>;

/** The site's colours as the stylesheet names them (src/styles/site.css `:root`). */
export interface SiteColours {
  readonly ink: string;
  readonly muted: string;
  readonly accent: string;
  readonly link: string;
  readonly paper: string;
  readonly panel: string;
  readonly rule: string;
}

/** evalsite's own colours: what a site without `colours` in site.yaml looks like (the values site.css starts from). */
export const DEFAULT_SITE_COLOURS: SiteColours = {
  ink: INK,
  muted: MUTED_INK,
  accent: PRIMARY,
  link: PRIMARY,
  paper: '#ffffff',
  panel: '#f3f5f8',
  rule: '#cfd6df',
};

/** A colour part of the way from `from` to `to`, as #rrggbb. */
const mix = (from: string, to: string, share: number): string => rgb(interpolateRgb(from, to)(share)).formatHex();

/**
 * The site's colours from the ones the author set: the others are evalsite's, and the shades the
 * author cannot set (secondary text, panels, rules) are mixed from their text and background, so
 * a dark background gets dark panels. Secondary text falls back to the text colour where the mix
 * would read too faintly, so it never fails where the text itself passes.
 */
export function siteColours(set: BrandColours): SiteColours {
  const ink = set.text ?? DEFAULT_SITE_COLOURS.ink;
  const paper = set.background ?? DEFAULT_SITE_COLOURS.paper;
  const ownShades = ink === DEFAULT_SITE_COLOURS.ink && paper === DEFAULT_SITE_COLOURS.paper;
  const panel = ownShades ? DEFAULT_SITE_COLOURS.panel : mix(paper, ink, 0.05);
  const muted = ownShades ? DEFAULT_SITE_COLOURS.muted : mix(ink, paper, 0.25);
  return {
    ink,
    muted: Math.min(contrastRatio(muted, paper), contrastRatio(muted, panel)) >= TEXT_CONTRAST ? muted : ink,
    accent: set.accent ?? DEFAULT_SITE_COLOURS.accent,
    link: set.link ?? set.accent ?? DEFAULT_SITE_COLOURS.link,
    paper,
    panel,
    rule: ownShades ? DEFAULT_SITE_COLOURS.rule : mix(paper, ink, 0.2),
  };
}

/** WCAG 2 AA: body text (1.4.3). */
export const TEXT_CONTRAST = 4.5;
/** WCAG 2 AA: large text, and the parts of charts and controls a reader must see (1.4.11). */
export const GRAPHICS_CONTRAST = 3;

/**
 * The fixed warning colour of small-base notes and provenance markers (site.css), which is not the
 * author's to set but sits on their background.
 */
export const WARNING_INK = '#8f3a00';

/**
 * Every colour a chart draws with, from the built-in colour-blind-safe palette (palette.ts).
 * Charts keep this palette whatever the brand: a brand colour among its series could not be
 * proven apart from the others for every colour vision, so only the page around them changes.
 */
export const CHART_MARK_COLOURS: readonly string[] = [
  ...new Set([PRIMARY, ...SERIES_COLOURS, ...Object.values(STATUS_COLOURS), MERGED_STATUS_COLOUR, ...LIKERT_COLOURS, ...divergingColours(6), ...divergingColours(7)]),
];

/** One pair of colours the site draws one on the other, and the contrast it needs. */
export interface ColourPair {
  /** What the front colour is, in the words of an author's message: `link text`. */
  readonly front: string;
  readonly frontColour: string;
  /** The field of site.yaml that sets the front colour, or null when the author cannot set it. */
  readonly frontField: BrandColourField | null;
  /** What it sits on: `the background`, `panels`. */
  readonly back: string;
  readonly backColour: string;
  readonly backField: BrandColourField | null;
  readonly minimum: number;
  /** Why that minimum: `text`, `chart marks`. */
  readonly rule: string;
}

/** A pair whose contrast is below its minimum, with the ratio. */
export interface ContrastFailure {
  readonly pair: ColourPair;
  readonly ratio: number;
}

/**
 * Every text and graphics pair the site uses (site.css, the charts and diagrams), each with its
 * WCAG AA minimum. Panels take a tint of the background, so each text colour is checked on both.
 * Of the chart colours only the one with the least contrast is named: it is the one to fix for.
 */
export function colourPairs(colours: SiteColours): ColourPair[] {
  const background = { back: 'the background', backColour: colours.paper, backField: 'background' as const };
  const surfaces = [background, { back: 'panels (a tint of the background)', backColour: colours.panel, backField: 'background' as const }];
  const texts = [
    { front: 'text', frontColour: colours.ink, frontField: 'text' as const },
    { front: 'link text', frontColour: colours.link, frontField: 'link' as const },
    { front: 'accent text (headline figures, figures in sentences)', frontColour: colours.accent, frontField: 'accent' as const },
    { front: "evalsite's warning text", frontColour: WARNING_INK, frontField: null },
  ];
  const faintestMark = [...CHART_MARK_COLOURS].sort((a, b) => contrastRatio(a, colours.paper) - contrastRatio(b, colours.paper))[0] ?? PRIMARY;
  return [
    ...surfaces.flatMap((surface) => texts.map((text) => ({ ...text, ...surface, minimum: TEXT_CONTRAST, rule: 'text' }))),
    { front: 'chart text', frontColour: INK, frontField: null, ...background, minimum: TEXT_CONTRAST, rule: 'text' },
    { front: 'chart secondary text', frontColour: MUTED_INK, frontField: null, ...background, minimum: TEXT_CONTRAST, rule: 'text' },
    { front: 'the faintest chart colour', frontColour: faintestMark, frontField: null, ...background, minimum: GRAPHICS_CONTRAST, rule: 'chart marks' },
  ];
}

/** The pairs below their minimum contrast. */
export function contrastFailures(colours: SiteColours): ContrastFailure[] {
  return colourPairs(colours)
    .map((pair) => ({ pair, ratio: contrastRatio(pair.frontColour, pair.backColour) }))
    .filter(({ pair, ratio }) => ratio < pair.minimum);
}
