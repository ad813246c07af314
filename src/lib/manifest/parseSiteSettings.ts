import type { Problem } from '../problems/problem.ts';
import { problem, sortProblems } from '../problems/problem.ts';
import { parseYamlFile } from '../yaml/parseYamlFile.ts';
import { BUNDLED_FONTS, DEFAULT_FONT, fontFamily, type BundledFont } from '../theme/bundledFonts.ts';
import { contrastFailures, siteColours, type BrandColours, type SiteColours } from '../theme/siteColours.ts';
import { LICENCES, SiteColoursOnlySchema, SiteSettingsSchema } from './siteSettingsSchema.ts';

/** The file that holds the site's settings, at the project's root. */
export const SITE_SETTINGS_FILE = 'site.yaml';

/** The site's settings as pages use them: every default filled in, colours checked. Plain JSON. */
export interface SiteSettings {
  /** The organisation's name, or evalsite's "Evaluation findings" for a site without one. */
  readonly name: string;
  /** Whether `name` is the organisation's (set in site.yaml). */
  readonly organisation: boolean;
  /** The home page's description: the author's, or null (the home page then describes its evaluations). */
  readonly description: string | null;
  /**
   * Where the site is published (`https://evaluations.example.org`), without the base path, for
   * canonical links, share images and the sitemap; null when site.yaml gives no url.
   */
  readonly origin: string | null;
  /** The path the site is published under, from site.yaml (`/` by default); `--base` overrides it at build time. */
  readonly basePath: string;
  /** The logo's path under public/, or null. */
  readonly logo: string | null;
  readonly colours: SiteColours;
  /** The site's typeface, one evalsite bundles (src/lib/theme/bundledFonts.ts): the pages load its files alone. */
  readonly font: BundledFont;
  /** The CSS font-family of the site's typeface. */
  readonly fontFamily: string;
  /** The typeface's name, as the share images' renderer knows it. */
  readonly fontName: string;
  readonly footer: string | null;
  readonly licence: { readonly id: string; readonly name: string; readonly url: string } | null;
  /**
   * Whether the site carries the author guide (`/guide/`, built from evalsite's docs): only when site.yaml says `author_guide: true`,
   * as the bundled example's does. Off by default: a site is for readers, and the guide's made-up ids (C001) may be an author's real ones.
   */
  readonly authorGuide: boolean;
}

/** A site with no site.yaml: evalsite's own name, colours and typeface. */
export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  name: 'Evaluation findings',
  organisation: false,
  description: null,
  origin: null,
  basePath: '/',
  logo: null,
  colours: siteColours({}),
  font: DEFAULT_FONT,
  fontFamily: fontFamily(DEFAULT_FONT),
  fontName: BUNDLED_FONTS[DEFAULT_FONT].name,
  footer: null,
  licence: null,
  authorGuide: false,
};

/** A contrast ratio as WCAG writes it, rounded down so that a failing pair never reads as passing (4.49:1, not 4.5:1). */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** A problem for each pair of the site's colours below its WCAG AA minimum, located at the colour the author wrote: the front one if they set it, else what it sits on. */
function contrastProblems(set: BrandColours, lineOf: (path: readonly PropertyKey[]) => number | undefined): Problem[] {
  return contrastFailures(siteColours(set)).map(({ pair, ratio }) => {
    const field = [pair.frontField, pair.backField].find((candidate) => candidate !== null && set[candidate] !== undefined);
    const where = field ? { file: SITE_SETTINGS_FILE, row: lineOf(['colours', field]), column: `colours.${field}` } : { file: SITE_SETTINGS_FILE };
    return problem('site-colour-contrast', where, {
      front: pair.front,
      frontColour: pair.frontColour,
      back: pair.back,
      backColour: pair.backColour,
      ratio: formatRatio(ratio),
      minimum: pair.minimum,
      rule: pair.rule,
    });
  });
}

/**
 * Reads site.yaml (`text`, or undefined when the project has none): located problems for a field
 * that does not fit, a logo that is not under public/, a url whose path differs from base_path,
 * and every text and graphics pair the site would draw below WCAG AA contrast, each naming the
 * pair, the colours and the ratio. All are reported at once.
 */
export function parseSiteSettings(text: string | undefined, publicFileExists: (path: string) => boolean): { settings?: SiteSettings; problems: Problem[] } {
  if (text === undefined) return { settings: DEFAULT_SITE_SETTINGS, problems: [] };
  const file = SITE_SETTINGS_FILE;
  const { value, problems, lineOf } = parseYamlFile(file, text, SiteSettingsSchema);
  if (!value) {
    // The colours' contrast is reported in the same run as a problem elsewhere in the file, when the colours themselves fit.
    const coloursOnly = parseYamlFile(file, text, SiteColoursOnlySchema);
    const colourProblems = coloursOnly.value ? contrastProblems(coloursOnly.value.colours ?? {}, coloursOnly.lineOf) : [];
    return { problems: sortProblems([...problems, ...colourProblems]) };
  }
  const at = (...path: string[]) => ({ file, row: lineOf(path), column: path.join('.') });
  const found: Problem[] = [];
  const url = value.url === undefined ? null : new URL(value.url);
  // A url with a path names the base path too; a url of the host alone leaves it to base_path.
  const urlPath = url ? url.pathname.replace(/\/?$/, '/') : '/';
  if (urlPath !== '/' && value.base_path !== undefined && urlPath !== value.base_path) {
    found.push(problem('site-url-path-differs', at('url'), { basePath: value.base_path }));
  }
  if (value.logo !== undefined && !publicFileExists(value.logo)) found.push(problem('site-logo-missing', at('logo'), { path: value.logo }));
  const colours = siteColours(value.colours ?? {});
  found.push(...contrastProblems(value.colours ?? {}, lineOf));
  if (found.length > 0) return { problems: sortProblems(found) };
  const basePath = value.base_path ?? urlPath;
  const font = value.font ?? DEFAULT_FONT;
  const licence = value.licence === undefined ? null : { id: value.licence, ...LICENCES[value.licence] };
  return {
    settings: {
      name: value.organisation ?? DEFAULT_SITE_SETTINGS.name,
      organisation: value.organisation !== undefined,
      description: value.description ?? null,
      origin: url ? url.origin : null,
      basePath,
      logo: value.logo ?? null,
      colours,
      font,
      fontFamily: fontFamily(font),
      fontName: BUNDLED_FONTS[font].name,
      footer: value.footer ?? null,
      licence,
      authorGuide: value.author_guide ?? false,
    },
    problems: [],
  };
}
