/**
 * Indicator ids are a public contract (docs/indicators.md): `metric` for the whole cohort,
 * `metric[dimension=value]` for one breakdown, e.g. `engaged-over-6-months[age-band=22-25]`.
 * Every part is a lowercase slug.
 */

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** A whole string that is one slug: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = new RegExp(`^${SLUG}$`);
const ID_PATTERN = new RegExp(`^(${SLUG})(?:\\[(${SLUG})=(${SLUG})\\])?$`);

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

export function indicatorId(metric: string, breakdown?: { dimension: string; value: string }): string {
  return breakdown ? `${metric}[${breakdown.dimension}=${breakdown.value}]` : metric;
}

export function parseIndicatorId(id: string): { metric: string; dimension?: string; value?: string } | undefined {
  const match = ID_PATTERN.exec(id);
  if (!match) return undefined;
  const [, metric = '', dimension, value] = match;
  return dimension === undefined || value === undefined ? { metric } : { metric, dimension, value };
}

/** A value as written (`22–25`, `Threat to others`) as an id part (`22-25`, `threat-to-others`). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** An HTML id for a figure: indicator ids hold `[`, `=` and `]`, which make awkward anchors. */
export function figureAnchor(id: string): string {
  return slugify(id);
}
