import { formatFigure, type FormattedFigure } from '../figures/formatFigure.ts';
import { figureAnchor } from '../figures/indicatorId.ts';
import { PROVENANCE_LABELS } from '../figures/provenanceLabels.ts';
import type { PublishedFigure } from '../figures/publishedFigure.ts';
import { SMALL_BASE } from '../figures/smallBase.ts';
import type { OutcomeTargetResult } from '../topics/targets/outcomeTargets.ts';
import { evidenceLevelText, type EvidenceStrength } from '../figures/evidenceStrength.ts';

/**
 * A figure as the data step hands it to pages and downloads: what may be published and no more.
 * A protected figure carries its treatment and the text readers see, never its true value,
 * counts or interval (its base only where the treatment shows it). Pages lay these out as they
 * are; every word and number is worked out here.
 */
export interface PublicFigure {
  readonly id: string;
  readonly metric: string;
  readonly breakdowns: PublishedFigure['breakdowns'];
  readonly label: string;
  readonly definition: string;
  readonly unit: PublishedFigure['unit'];
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly interval: PublishedFigure['interval'];
  /** The 95% interval the source published, in the figure's own unit (a Justice Data Lab difference); null when none, and for a protected figure. */
  readonly publishedInterval: { readonly lower: number; readonly upper: number } | null;
  readonly bound: PublishedFigure['bound'];
  readonly provenance: PublishedFigure['provenance'];
  readonly source: string;
  /**
   * The columns it was computed from and any documented rule that stood in for one: canonical
   * column names, attribute ids and rule ids only, fixed by evalsite's code, never a cell, so it
   * says nothing about a person whatever the figure's protection.
   */
  readonly derivation: PublishedFigure['derivation'];
  readonly disclosure: { readonly treatment: NonNullable<PublishedFigure['disclosure']>['treatment']; readonly reason: string; readonly baseShown: boolean } | null;
  /** The figure as text: value, base, interval, the inline form for prose. */
  readonly text: FormattedFigure;
  /** The figure as a card shows it. */
  readonly card: IndicatorCardView;
  /** Which counts of people it reveals, so anyone can audit the published figures (test/privacy does). */
  readonly privacy: PublishedFigure['privacy'];
  /** An outcome figure's design and Maryland scale level (figureEvidence.ts); null for a figure that is not an outcome, or a published one whose design is not stated. */
  readonly evidence: EvidenceStrength | null;
  /** Decimal places a `number` figure is shown to (its scale's; one when it has none), so a download gives it as the page does. */
  readonly decimals: number;
  /** The base (5 or 10) its counts were rounded to under a rounding preset; null when nothing was rounded. */
  readonly roundedTo: number | null;
}

/** The lines of an indicator card, beyond the figure's label, value and definition. */
export interface IndicatorCardView {
  /** Id of the card's heading, e.g. `card-engaged`. */
  readonly anchor: string;
  /** `81 of 84 clients`, `Base not published`, or empty. */
  readonly base: string;
  /** Why the figure is protected, or that its counts were rounded (a rounding preset), or null. */
  readonly protection: string | null;
  readonly interval: string;
  /** The small-base warning, or null. */
  readonly smallBase: string | null;
  /** The indicator's target and whether it was met, or null when it has none. */
  readonly target: string | null;
  /** Where the figure comes from, e.g. `Published figure`. */
  readonly provenance: string;
  /** An outcome figure's evidence strength: `Evidence: level 1 of 5 (Maryland scale), …` and what its design can show; null for other figures. */
  readonly evidence: { readonly level: string; readonly explanation: string } | null;
  /** The definition the figure follows, on the methodology page (`id` is the anchor): the re-offending measures; null for others. */
  readonly definition: { readonly id: string; readonly title: string } | null;
}

export function publicFigure(
  figure: PublishedFigure,
  targets: readonly OutcomeTargetResult[],
  evidence: EvidenceStrength | null = null,
  definition: { readonly id: string; readonly title: string } | null = null,
): PublicFigure {
  const { disclosure } = figure;
  const hidden = disclosure !== null;
  const text = formatFigure(figure);
  return {
    id: figure.id,
    metric: figure.metric,
    breakdowns: figure.breakdowns,
    label: figure.label,
    definition: figure.definition,
    unit: figure.unit,
    value: hidden ? null : publishedValue(figure),
    numerator: hidden ? null : figure.numerator,
    denominator: hidden && !disclosure.baseShown ? null : figure.denominator,
    interval: hidden ? null : figure.interval,
    publishedInterval: hidden ? null : (figure.publishedInterval ?? null),
    bound: figure.bound,
    provenance: figure.provenance,
    source: figure.source,
    derivation: figure.derivation,
    disclosure: disclosure && { treatment: disclosure.treatment, reason: disclosure.reason, baseShown: disclosure.baseShown },
    text,
    // A published share's counts behind the figure (`people`) are for disclosure control only.
    privacy: figure.privacy.kind === 'published' ? { kind: 'published' } : figure.privacy,
    evidence,
    decimals: figure.decimals ?? 1,
    roundedTo: figure.rounding !== undefined && figure.rounding > 1 ? figure.rounding : null,
    card: {
      anchor: `card-${figureAnchor(figure.id)}`,
      base: text.base ? `${text.base} clients` : figure.unit === 'percent' && !hidden ? 'Base not published' : '',
      protection: disclosure?.reason ?? text.rounded,
      interval: text.interval,
      smallBase: text.smallBase ? `Small base: fewer than ${SMALL_BASE} people, so read with care.` : null,
      target: targetLine(figure, text, targets),
      provenance: PROVENANCE_LABELS[figure.provenance],
      evidence: evidence && { level: evidenceLevelText(evidence), explanation: evidence.explanation },
      definition,
    },
  };
}

/** "Target met: at least 60%", or where the rounded figure would seem to meet a target it missed, the exact value too. */
function targetLine(figure: PublishedFigure, text: FormattedFigure, targets: readonly OutcomeTargetResult[]): string | null {
  // The target set on this indicator in the manifest: one list of targets serves cards, charts and diagrams.
  const target = targets.find((candidate) => candidate.id === `indicator-${figure.id}`);
  if (!target) return null;
  const measurement = target.measurements[0];
  const met = measurement?.met ?? null;
  const unit = figure.unit === 'percent' ? '%' : '';
  const goal = `${target.direction === 'at-most' ? 'at most' : 'at least'} ${target.atLeast}${unit}`;
  if (met === null) return `Target: ${goal} (${measurement?.unknown === 'approximate' ? 'result not known: the figure is published only approximately' : 'result not shown: small numbers'})`;
  // Targets are judged on the exact value; say so where the rounded figure would seem to meet it.
  const roundedLooksMet = !met && text.value === `${target.atLeast}${unit}`;
  return `${met ? 'Target met' : 'Target not met'}: ${goal}${roundedLooksMet ? ` (${figure.value.toFixed(1)}${unit} before rounding)` : ''}`;
}

/**
 * The value as data. Under a rounding preset a mean or rate is given only to the places the page
 * shows: to full precision, 47/51 beside "n = about 50" would give the exact 51 back.
 */
function publishedValue(figure: PublishedFigure): number {
  if (figure.rounding === undefined || figure.rounding <= 1 || (figure.unit !== 'number' && figure.unit !== 'gbp')) return figure.value;
  const scale = 10 ** (figure.unit === 'gbp' ? 0 : (figure.decimals ?? 1));
  return Math.floor(figure.value * scale + 0.5 + 1e-9) / scale;
}
