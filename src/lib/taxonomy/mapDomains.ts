import { problem, type Problem } from '../problems/problem.ts';
import { outcomeTheme, type ThemeId } from './outcomeThemes.ts';
import { suggestTheme } from './suggestTheme.ts';

/** One of the evaluation's own assessment domains, as its figures name it, with the theme the manifest maps it to (or null). */
export interface MappedDomain {
  /** The domain's id in the figures' ids (`accommodation-and-housing`). */
  readonly value: string;
  /** As the data wrote it (`Accommodation and housing`). */
  readonly label: string;
  readonly theme: ThemeId | null;
}

/**
 * Ties the evaluation's own domains to the taxonomy through the manifest's `domains`. A key that
 * is no domain of this evaluation's figures is an error (a typo would otherwise map nothing); once
 * the manifest maps any, a domain left out is a warning, with the theme its name obviously points
 * to where one does.
 * Nothing is guessed on a page: an unmapped domain has no theme until the author gives one.
 */
export function mapDomains(
  manifestFile: string,
  mapping: Readonly<Record<string, ThemeId>>,
  domains: ReadonlyArray<{ readonly value: string; readonly label: string }>,
): { domains: MappedDomain[]; problems: Problem[] } {
  const known = new Set(domains.map((domain) => domain.value));
  const problems: Problem[] = Object.keys(mapping)
    .filter((key) => !known.has(key))
    .map((key) => problem('domain-mapping-unknown', { file: manifestFile, column: `domains.${key}` }, { key, domains: [...known] }));
  const mapped = domains.map((domain): MappedDomain => {
    const theme = Object.hasOwn(mapping, domain.value) ? (mapping[domain.value] ?? null) : null;
    // Without a domains block the author has not begun mapping: the domains stay unthemed, quietly (docs/manifest.md#domains).
    if (theme === null && Object.keys(mapping).length > 0) {
      const suggestion = suggestTheme(domain.label);
      problems.push(
        problem('domain-unmapped', { file: manifestFile, column: 'domains' }, { domain: domain.value, suggestion: suggestion && { id: suggestion, label: outcomeTheme(suggestion).label } }),
      );
    }
    return { value: domain.value, label: domain.label, theme };
  });
  return { domains: mapped, problems };
}
