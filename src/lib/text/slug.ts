/** One slug: lowercase letters and digits in words joined by single hyphens (a regular-expression source). */
export const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** A whole string that is one slug. */
export const SLUG_PATTERN = new RegExp(`^${SLUG}$`);

/** Whether text is one slug, as ids, folder names and file names must be (they become addresses). */
export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

/** A value as written (`22–25`, `Threat to others`) as an id part (`22-25`, `threat-to-others`). */
export function slugify(text: string): string {
  // Labels repeat on every row (a domain, a group): each distinct one is worked out once, up to a bound.
  const known = SLUGS.get(text);
  if (known !== undefined) return known;
  const slug = slugOf(text);
  if (SLUGS.size < KNOWN_SLUGS) SLUGS.set(text, slug);
  return slug;
}

/** The distinct texts whose slugs are remembered: every label of a large evaluation, bounded for a column of unique values. */
const KNOWN_SLUGS = 10_000;
const SLUGS = new Map<string, string>();

function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
