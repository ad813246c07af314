import { formatPeriod } from '../dates/formatDate.ts';
import type { EvaluationItem } from '../pipeline/evaluationItems.ts';
import type { EvaluationResult } from '../pipeline/evaluationResult.ts';
import { THEME_GROUPS, type OutcomeTheme } from '../taxonomy/outcomeThemes.ts';
import { itemParts, type ItemPart } from './itemParts.ts';

/** A finding or recommendation as a page shows it: its words and figures, where it lives, and what it rests on. */
export interface ItemView {
  readonly kind: EvaluationItem['kind'];
  readonly id: string;
  readonly anchor: string;
  /** Its address from the site root: `manchester/conclusions/#finding-take-up`. */
  readonly permalink: string;
  readonly theme: OutcomeTheme;
  readonly parts: readonly ItemPart[];
  /** For a recommendation, the findings it rests on: their anchors and words. */
  readonly restsOn: ReadonlyArray<{ readonly anchor: string; readonly parts: readonly ItemPart[] }>;
  /** The evaluation it comes from, with the period it covers: lists across the portfolio mix years, and a reader must see which. */
  readonly evaluation: { readonly slug: string; readonly title: string; readonly period: string };
}

/** What item views are made from: the parts of an evaluation's result they read. */
export type ItemSource = Pick<EvaluationResult, 'slug' | 'items' | 'figures'> & { readonly meta: Pick<EvaluationResult['meta'], 'title' | 'period'> };

/** An evaluation's items, findings first, as its conclusions page lays them out. */
export function evaluationItemViews(evaluation: ItemSource): ItemView[] {
  const page = `${evaluation.slug}/conclusions/`;
  const findings = new Map(evaluation.items.filter((item) => item.kind === 'finding').map((item) => [item.id, item]));
  return evaluation.items.map((item) => ({
    kind: item.kind,
    id: item.id,
    anchor: item.anchor,
    permalink: `${page}#${item.anchor}`,
    theme: item.theme,
    parts: itemParts(item.segments, evaluation),
    restsOn: item.findings.flatMap((id) => {
      const finding = findings.get(id);
      return finding ? [{ anchor: finding.anchor, parts: itemParts(finding.segments, evaluation) }] : [];
    }),
    evaluation: { slug: evaluation.slug, title: evaluation.meta.title, period: formatPeriod(evaluation.meta.period) },
  }));
}

/** The portfolio's items under one theme group (a pathway, or one of evalsite's own themes). */
export interface ThemeItems {
  readonly theme: { readonly id: OutcomeTheme['group']; readonly label: string };
  readonly findings: readonly ItemView[];
  readonly recommendations: readonly ItemView[];
}

/**
 * Every evaluation's findings and recommendations, grouped by theme in the taxonomy's order (a
 * need area under its pathway), evaluations in the order given; themes with no item are left out.
 */
export function portfolioItems(evaluations: readonly ItemSource[]): ThemeItems[] {
  const views = evaluations.flatMap(evaluationItemViews);
  return THEME_GROUPS.map((theme) => {
    const inTheme = views.filter((view) => view.theme.group === theme.id);
    return { theme, findings: inTheme.filter((view) => view.kind === 'finding'), recommendations: inTheme.filter((view) => view.kind === 'recommendation') };
  }).filter((group) => group.findings.length + group.recommendations.length > 0);
}
