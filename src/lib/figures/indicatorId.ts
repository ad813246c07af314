/**
 * Indicator ids are a public contract (docs/indicators.md): `metric` for the whole cohort,
 * `metric[dimension=value]` for one breakdown, e.g. `engaged-over-6-months[age-band=22-25]`, and
 * `metric[dimension=value,dimension=value]` for a cross-breakdown, e.g.
 * `improved[domain=accommodation,service=women]`, in the order the metric defines. Every part is
 * a lowercase slug.
 */

import { SLUG, slugify } from '../text/slug.ts';

const PAIR = `${SLUG}=${SLUG}`;
const ID_PATTERN = new RegExp(`^(${SLUG})(?:\\[(${PAIR}(?:,${PAIR})*)\\])?$`);

export interface IdPart {
  readonly dimension: string;
  readonly value: string;
}

export function indicatorId(metric: string, breakdowns: readonly IdPart[] = []): string {
  return breakdowns.length === 0 ? metric : `${metric}[${breakdowns.map(({ dimension, value }) => `${dimension}=${value}`).join(',')}]`;
}

export function parseIndicatorId(id: string): { metric: string; breakdowns: IdPart[] } | undefined {
  const match = ID_PATTERN.exec(id);
  if (!match) return undefined;
  const [, metric = '', pairs] = match;
  const breakdowns = (pairs ?? '')
    .split(',')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const [dimension = '', value = ''] = pair.split('=');
      return { dimension, value };
    });
  return { metric, breakdowns };
}

/** An HTML id for a figure: indicator ids hold `[`, `=` and `]`, which make awkward anchors. */
export function figureAnchor(id: string): string {
  return slugify(id);
}
