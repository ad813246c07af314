import { z } from 'zod';
import { BUNDLED_FONT_IDS } from '../theme/bundledFonts.ts';

/**
 * The site's own settings (`site.yaml` at the project's root): the organisation it belongs to, its
 * logo, colours, typeface, footer, licence and addresses. Every field may be left out; strict, so
 * a misspelt key is an error. Documented in docs/site-settings.md.
 */

const NonEmpty = z.string().trim().min(1, 'some text');

/**
 * A colour as #rgb or #rrggbb. Only this form: the colour goes into the site's stylesheet, so
 * nothing else can come with it. YAML reads an unquoted # as the start of a comment, hence the hint.
 */
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const Colour = z.custom<string>(
  (value) => typeof value === 'string' && HEX_COLOUR.test(value),
  'a colour written as "#1d4e89" (# and 3 or 6 hexadecimal digits), in quotes: YAML reads an unquoted # as the start of a comment',
);

/** The licences the footer can name, each with its full name and the page that states it. */
export const LICENCES = {
  'OGL-UK-3.0': { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
  'CC-BY-4.0': { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { name: 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC0-1.0': { name: 'CC0 1.0 Universal (public domain dedication)', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
} as const;
export type LicenceId = keyof typeof LICENCES;

/** The path the site is published under, as `--base` takes it: `/`, `/evaluations/`. */
export const BASE_PATH = /^\/([\w.-]+\/)*$/;

const ColoursSchema = z.strictObject({ accent: Colour.optional(), text: Colour.optional(), background: Colour.optional(), link: Colour.optional() });

/** The colours alone, the rest of the file ignored: so their contrast is checked even when another field has a problem. */
export const SiteColoursOnlySchema = z.object({ colours: ColoursSchema.optional() });

export const SiteSettingsSchema = z.strictObject({
  /** Who publishes the site: shown in the header, the footer, page titles and share images. */
  organisation: NonEmpty.optional(),
  /** One or two sentences about the site, for the home page's description in search results and shared links. */
  description: NonEmpty.optional(),
  /** The address of the site's home page, for canonical links, share images and the sitemap. */
  url: z.url({ protocol: /^https?$/, error: 'a web address starting http:// or https://, such as https://evaluations.example.org/' }).optional(),
  /** The path the site is published under. Default: the path of `url`, or `/`. `--base` overrides it. */
  base_path: z
    .string()
    .transform((path) => path.replace(/\/?$/, '/'))
    .refine((path) => BASE_PATH.test(path), 'a path such as /evaluations/: letters, digits, dots, hyphens and underscores between slashes')
    .optional(),
  /** A picture under public/, shown beside the organisation's name: SVG, PNG or JPEG. */
  logo: z
    .string()
    .regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[\w./ -]+\.(svg|png|jpe?g)$/i, 'a .svg, .png or .jpg file under public/, written from public/ (images/logo.svg)')
    .optional(),
  colours: ColoursSchema.optional(),
  /** The typeface, one evalsite bundles; an unknown name is an error listing them (never repeating it). */
  font: z.enum(BUNDLED_FONT_IDS).optional(),
  /** A line of plain text at the foot of every page. */
  footer: NonEmpty.optional(),
  licence: z.enum(Object.keys(LICENCES) as [LicenceId, ...LicenceId[]]).optional(),
  /** Whether the site carries evalsite's author guide at /guide/ (docs/site-settings.md#author_guide). Default: false. */
  author_guide: z.boolean().optional(),
});
export type SiteSettingsFile = z.output<typeof SiteSettingsSchema>;
