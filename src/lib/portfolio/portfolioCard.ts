import { formatPeriod } from '../dates/formatDate.ts';
import { evidenceLevelText } from '../figures/evidenceStrength.ts';
import { PROVENANCE_LABELS } from '../figures/provenanceLabels.ts';
import type { ChartResult } from '../charts/chartResult.ts';
import type { RenderedPanel } from '../journeys/journeyResult.ts';
import type { EvaluationResult } from '../pipeline/evaluationResult.ts';
import { CLIENT_GROUPS, type ClientGroupId } from '../taxonomy/clientGroups.ts';
import { outcomeTheme, THEME_GROUPS, type OutcomeTheme } from '../taxonomy/outcomeThemes.ts';

/** Headline figures a card shows: enough to say what the evaluation found, few enough to compare cards at a glance. */
export const CARD_FIGURES = 3;

/** One headline figure on a card, as the evaluation's own summary card gives it (formatFigure's text, never re-rounded). */
export interface CardFigure {
  readonly id: string;
  readonly label: string;
  /** `66%`, `over 95%`, `fewer than 5`: the figure's published text. */
  readonly value: string;
  /** `27 of 41 clients`, `of 84 clients`, or empty for a count. */
  readonly base: string;
  /** `Evidence: level 1 of 5 (Maryland scale), …` for an outcome figure whose design is stated; null otherwise. */
  readonly evidence: string | null;
}

/** A picture for the card, decorative: the card's words are its link. */
export type CardThumbnail =
  | { readonly kind: 'chart'; /** Path of the hero chart's standalone SVG under the site (`manchester/charts/chart-x.svg`). */ readonly path: string }
  | {
      readonly kind: 'journey';
      /** The first panel's drawing (SVG markup, words apart), or null when the author gave an illustration. */ readonly art: string | null;
      readonly illustration: string | null;
    };

/** Everything a portfolio card shows about one evaluation, worked out by the data step's results and laid out as it is. */
export interface PortfolioCard {
  readonly slug: string;
  readonly title: string;
  readonly programme: string;
  readonly organisation: string;
  readonly area: string;
  readonly funder: string;
  /** `1 December 2013 to 31 May 2015`. */
  readonly period: string;
  readonly from: string;
  readonly to: string;
  /** Each calendar year the period touches, earliest first. */
  readonly years: readonly number[];
  readonly provenance: string;
  readonly summary: string;
  readonly figures: readonly CardFigure[];
  /** The strongest design its outcome figures rest on, in words, or null when no design is stated. */
  readonly evidence: string | null;
  readonly clientGroups: ReadonlyArray<{ readonly id: ClientGroupId; readonly label: string }>;
  /** The outcome domains it reports on, as the portfolio groups them (pathways and evalsite's own themes), in taxonomy order. */
  readonly themes: ReadonlyArray<{ readonly id: OutcomeTheme['group']; readonly label: string }>;
  readonly thumbnail: CardThumbnail | null;
}

/** What a card is made from: the parts of an evaluation's result it reads. */
export type CardSource = Pick<EvaluationResult, 'slug' | 'meta' | 'headline' | 'figures' | 'evidenceDesigns' | 'domains' | 'items' | 'heroChart'> & {
  readonly charts: ReadonlyArray<Pick<ChartResult, 'id' | 'notDrawn'>>;
  readonly journeys: ReadonlyArray<{ readonly panels: ReadonlyArray<Pick<RenderedPanel, 'art' | 'illustration'>> }>;
};

/**
 * An evaluation as a portfolio card: its first three headline figures with their bases, its
 * strongest evidence, its client groups and outcome domains (from its mapped domains and the
 * themes of its findings and recommendations), and a picture: the summary's main chart, else the
 * first panel of its first story.
 */
export function portfolioCard(evaluation: CardSource): PortfolioCard {
  const { meta } = evaluation;
  const figures = evaluation.headline.slice(0, CARD_FIGURES).flatMap((id): CardFigure[] => {
    const figure = evaluation.figures.find((candidate) => candidate.id === id);
    return figure ? [{ id, label: figure.label, value: figure.text.value, base: figure.card.base, evidence: figure.card.evidence?.level ?? null }] : [];
  });
  const strongest = evaluation.evidenceDesigns[0];
  const groups = new Set([...evaluation.domains.flatMap((domain) => (domain.theme ? [outcomeTheme(domain.theme).group] : [])), ...evaluation.items.map((item) => item.theme.group)]);
  const hero = evaluation.heroChart === null ? undefined : evaluation.charts.find((chart) => chart.id === evaluation.heroChart && chart.notDrawn === null);
  const panel = evaluation.journeys[0]?.panels[0];
  const thumbnail: CardThumbnail | null = hero
    ? { kind: 'chart', path: `${evaluation.slug}/charts/${hero.id}.svg` }
    : panel
      ? { kind: 'journey', art: panel.illustration === null ? panel.art : null, illustration: panel.illustration }
      : null;
  const fromYear = Number(meta.period.from.slice(0, 4));
  const toYear = Number(meta.period.to.slice(0, 4));
  return {
    slug: evaluation.slug,
    title: meta.title,
    programme: meta.programme,
    organisation: meta.organisation,
    area: meta.area,
    funder: meta.funder,
    period: formatPeriod(meta.period),
    from: meta.period.from,
    to: meta.period.to,
    years: Array.from({ length: toYear - fromYear + 1 }, (_, index) => fromYear + index),
    provenance: PROVENANCE_LABELS[meta.provenance],
    summary: meta.summary,
    figures,
    evidence: strongest ? `${evidenceLevelText(strongest)}${evaluation.evidenceDesigns.length > 1 ? ' (the strongest of its outcome figures)' : ''}` : null,
    clientGroups: CLIENT_GROUPS.filter((group) => meta.client_groups.includes(group.id)).map(({ id, label }) => ({ id, label })),
    themes: THEME_GROUPS.filter((group) => groups.has(group.id)),
    thumbnail,
  };
}

/** Cards by period: newest first (the period's end, then its start, latest first), or oldest first (start, then end, earliest first); title breaks ties, so the order never depends on folder names. */
export function sortByPeriod(cards: readonly PortfolioCard[], order: 'newest' | 'oldest'): PortfolioCard[] {
  const byTitle = (a: PortfolioCard, b: PortfolioCard) => a.title.localeCompare(b.title, 'en');
  return [...cards].sort((a, b) =>
    order === 'newest' ? b.to.localeCompare(a.to) || b.from.localeCompare(a.from) || byTitle(a, b) : a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || byTitle(a, b),
  );
}
