import { describe, expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { DEFAULT_SITE_SETTINGS, formatRatio, parseSiteSettings } from './parseSiteSettings.ts';

const hasLogo = (path: string) => path === 'images/logo.svg';
const lines = (text: string) => parseSiteSettings(text, hasLogo).problems.map(formatProblem);

describe('parseSiteSettings(text)', () => {
  test('a project without site.yaml gets evalsite’s own settings', () => {
    expect(parseSiteSettings(undefined, hasLogo)).toEqual({ settings: DEFAULT_SITE_SETTINGS, problems: [] });
  });

  test('every field read, the base path taken from the url', () => {
    const { settings, problems } = parseSiteSettings(
      "organisation: Example Trust\nurl: https://example.org/evaluations\nlogo: images/logo.svg\nlicence: OGL-UK-3.0\nfooter: Published by the Example Trust.\ncolours:\n  accent: '#006400'\n",
      hasLogo,
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      name: 'Example Trust',
      organisation: true,
      origin: 'https://example.org',
      basePath: '/evaluations/',
      logo: 'images/logo.svg',
      footer: 'Published by the Example Trust.',
      licence: { id: 'OGL-UK-3.0', name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
    });
    expect(settings?.colours.accent).toBe('#006400');
  });

  test('the author guide is published only when author_guide: true asks for it; it takes only true or false', () => {
    expect(parseSiteSettings('organisation: Example Trust\n', hasLogo).settings?.authorGuide).toBe(false);
    expect(parseSiteSettings('author_guide: true\n', hasLogo).settings?.authorGuide).toBe(true);
    expect(parseSiteSettings('author_guide: false\n', hasLogo).settings?.authorGuide).toBe(false);
    expect(lines('author_guide: no thanks\n')).toEqual(['site.yaml:1:author_guide — a value of the wrong type — true or false']);
  });

  test('a url of the host alone leaves the base path to base_path', () => {
    expect(parseSiteSettings('url: https://example.github.io\nbase_path: /evaluations\n', hasLogo).settings).toMatchObject({ origin: 'https://example.github.io', basePath: '/evaluations/' });
  });

  test('fields that do not fit are located by line and field, all in one run', () => {
    expect(lines("organisation: Example Trust\ncolours:\n  accent: #006400\n  lnik: '#000000'\nfont: comic-sans\nurl: ftp://example.org\n")).toEqual([
      'site.yaml:3:colours.accent — a value that does not fit — a colour written as "#1d4e89" (# and 3 or 6 hexadecimal digits), in quotes: YAML reads an unquoted # as the start of a comment',
      'site.yaml:4:colours.lnik — unknown key "lnik" — a known key: did you mean "link"?',
      'site.yaml:5:font — a value that is not allowed — one of "atkinson-hyperlegible-next", "source-sans-3", "source-serif-4"',
      'site.yaml:6:url — a value that does not fit — a web address starting http:// or https://, such as https://evaluations.example.org/',
    ]);
  });

  test('the typeface: Atkinson Hyperlegible Next by default, or one of the other two bundled', () => {
    expect(DEFAULT_SITE_SETTINGS).toMatchObject({ font: 'atkinson-hyperlegible-next', fontFamily: "'Atkinson Hyperlegible Next', system-ui, sans-serif", fontName: 'Atkinson Hyperlegible Next' });
    expect(parseSiteSettings('font: source-sans-3\n', hasLogo).settings).toMatchObject({ font: 'source-sans-3', fontFamily: "'Source Sans 3', system-ui, sans-serif", fontName: 'Source Sans 3' });
    expect(parseSiteSettings('font: source-serif-4\n', hasLogo).settings).toMatchObject({ font: 'source-serif-4', fontFamily: "'Source Serif 4', Georgia, serif", fontName: 'Source Serif 4' });
  });

  test('a typeface evalsite does not bundle is located and lists the choices, never repeating what was written (it is the author’s text)', () => {
    const problems = lines('organisation: Example Trust\nfont: Ms Smith Handwriting\n');
    expect(problems).toEqual(['site.yaml:2:font — a value that is not allowed — one of "atkinson-hyperlegible-next", "source-sans-3", "source-serif-4"']);
    expect(problems.join('\n')).not.toContain('Smith');
  });

  test('a logo that is not under public/, and a url whose path is not base_path', () => {
    expect(lines('logo: images/logo.png\nurl: https://example.org/evaluations/\nbase_path: /reports/\n')).toEqual([
      'site.yaml:1:logo — no file public/images/logo.png — the path of a picture under public/, written from public/ (logo: images/logo.svg for public/images/logo.svg)',
      "site.yaml:2:url — a url whose path is not base_path (/reports/) — the same path in both, or base_path left out (the url's path is then the base path)",
    ]);
    expect(lines('logo: ../secret.png\n')).toEqual(['site.yaml:1:logo — a value that does not fit — a .svg, .png or .jpg file under public/, written from public/ (images/logo.svg)']);
  });

  test('each pair below WCAG AA is named with its colours and ratio, at the colour the author wrote', () => {
    // #777777 on white: 4.478:1 (worked in siteColours.test.ts), shown rounded down so it never reads as 4.5.
    // #777777 on the default panel #f3f5f8 is lower still; the accent #aaaaaa on white: 170/255 → linear 0.4020, 1.05 / 0.4520 = 2.32.
    expect(lines("colours:\n  link: '#777777'\n  accent: '#aaaaaa'\n")).toEqual([
      expect.stringMatching(/^site\.yaml:2:colours\.link — link text #777777 on panels \(a tint of the background\) #f3f5f8: a contrast of 4\.\d\d:1 — /),
      expect.stringMatching(/^site\.yaml:2:colours\.link — link text #777777 on the background #ffffff: a contrast of 4\.47:1 — a contrast of at least 4\.5:1 \(WCAG AA, for text\)/),
      expect.stringMatching(
        /^site\.yaml:3:colours\.accent — accent text \(headline figures, figures in sentences\) #aaaaaa on panels \(a tint of the background\) #f3f5f8: a contrast of 2\.\d\d:1 — /,
      ),
      expect.stringMatching(/^site\.yaml:3:colours\.accent — accent text \(headline figures, figures in sentences\) #aaaaaa on the background #ffffff: a contrast of 2\.32:1 — /),
    ]);
  });

  test('a background the chart palette cannot be drawn on is named at the background', () => {
    const found = lines("colours:\n  text: '#ffffff'\n  background: '#1b1f24'\n  accent: '#ffd27f'\n  link: '#9ecbff'\n");
    expect(found).toContain(
      'site.yaml:3:colours.background — chart text #1b1f24 on the background #1b1f24: a contrast of 1.00:1 — a contrast of at least 4.5:1 (WCAG AA, for text): a darker or lighter colour under colours (docs/site-settings.md#colours)',
    );
    expect(found.some((line) => /^site\.yaml:3:colours\.background — the faintest chart colour #[0-9a-f]{6} on the background #1b1f24: .* at least 3:1 \(WCAG AA, for chart marks\)/.test(line))).toBe(
      true,
    );
  });
});

describe('formatRatio(ratio)', () => {
  test('rounds down, so that a failing pair never reads as reaching its minimum', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
    expect(formatRatio(3)).toBe('3.00:1');
  });
});
