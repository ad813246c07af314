import type { Problem } from '../problems/problem.ts';
import { isUnreadable, unreadableProblem } from '../problems/unreadableProblem.ts';
import { scanYamlText } from '../identifierScan/scanAuthorText.ts';
import { parseSiteSettings, SITE_SETTINGS_FILE, type SiteSettings } from '../manifest/parseSiteSettings.ts';
import { DEFAULT_FONT, type BundledFont } from '../theme/bundledFonts.ts';
import type { ProjectEffects } from './projectEffects.ts';

/**
 * The project's site.yaml, read and checked: its settings, or its problems, with the identifier
 * scan of its text (the organisation's name and the footer are published on every page).
 */
export function siteSettings({ readText, publicFileExists }: Pick<ProjectEffects, 'readText' | 'publicFileExists'>): { settings?: SiteSettings; problems: Problem[] } {
  const read = readText(SITE_SETTINGS_FILE);
  if (isUnreadable(read)) return { problems: [unreadableProblem(SITE_SETTINGS_FILE, read)] };
  const scanned = read === undefined ? [] : scanYamlText(SITE_SETTINGS_FILE, read);
  const parsed = parseSiteSettings(read, publicFileExists);
  return scanned.length > 0 ? { problems: [...scanned, ...parsed.problems] } : parsed;
}

/**
 * The typeface site.yaml chooses, for the effects' font metrics (scripts/io/projectEffects.ts),
 * which are made before the build reads the file: the default when it chooses none, or when the
 * file has a problem (the build then fails on it and draws nothing).
 */
export function siteFontChoice(readText: ProjectEffects['readText']): BundledFont {
  return siteSettings({ readText, publicFileExists: () => true }).settings?.font ?? DEFAULT_FONT;
}
