import type { EvaluationResult } from '../lib/index.ts';
import { disclosureSymbol } from '../lib/index.ts';

/**
 * The evaluation's published figures as `figures.json` lists them: one record per figure, the same
 * in the evaluation's own file and in the site-wide one (test/build/site-figures.test.ts holds the
 * two to each other). The data step has already left out what a protected figure hides.
 */
export function figureRecords(evaluation: EvaluationResult) {
  const revised = new Map((evaluation.release?.changes?.changed ?? []).map((change) => [change.id, change]));
  return evaluation.figures.map((figure) => ({
    id: figure.id,
    metric: figure.metric,
    breakdowns: figure.breakdowns,
    label: figure.label,
    definition: figure.definition,
    unit: figure.unit,
    value: figure.value,
    display: figure.text.value,
    // `[c]` where disclosure control keeps the value back (value is then null); null where it is shown.
    symbol: disclosureSymbol(figure.disclosure),
    // Under a rounding preset, that the figure's counts are rounded; null otherwise.
    rounded: figure.text.rounded,
    numerator: figure.numerator,
    denominator: figure.denominator,
    interval: figure.interval,
    // The 95% interval the source published with the value, in the value's unit (a Justice Data Lab difference); null otherwise.
    published_interval: figure.publishedInterval,
    bound: figure.bound,
    provenance: figure.provenance,
    source: figure.source,
    derivation: figure.derivation,
    // An outcome figure's design and Maryland scale level; null for other figures.
    evidence: figure.evidence && { design: figure.evidence.design, maryland_level: figure.evidence.level, explanation: figure.evidence.explanation },
    disclosure: figure.disclosure && { treatment: figure.disclosure.treatment, reason: figure.disclosure.reason },
    // Only for a figure whose published text changed since the previous release.
    revision: ((change) => change && { previous_value: change.previousValue, previous_display: change.previous, reason: change.reason })(revised.get(figure.id)) ?? null,
  }));
}
