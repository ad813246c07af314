import type { APIRoute } from 'astro';
import { evaluationBySlug, siteData } from '../../site/siteData.ts';
import { disclosureSymbol, STATISTICAL_SYMBOLS } from '../../lib/index.ts';

export function getStaticPaths() {
  return siteData().evaluations.map((evaluation) => ({ params: { evaluation: evaluation.slug } }));
}

/** Machine-readable list of every published figure: the public contract of indicator ids. */
export const GET: APIRoute = ({ params }) => {
  const evaluation = evaluationBySlug(params['evaluation']);
  const changes = evaluation.release?.changes ?? null;
  const revised = new Map((changes?.changed ?? []).map((change) => [change.id, change]));
  const body = {
    evaluation: evaluation.slug,
    title: evaluation.meta.title,
    as_of: evaluation.meta.as_of,
    disclosure_threshold: evaluation.disclosure.threshold,
    // The base counts of people were rounded to (1: not rounded), and what the symbols below mean.
    disclosure_rounding: evaluation.disclosure.rounding,
    symbols: STATISTICAL_SYMBOLS,
    // This release and what changed since the previous one (docs/releases.md): the previous published text only, never a protected value.
    release: {
      version: evaluation.meta.version,
      date: evaluation.meta.published,
      previous_version: changes?.previousVersion ?? null,
      added: changes?.added.map((figure) => ({ id: figure.id, reason: figure.reason })) ?? [],
      removed: changes?.removed.map((figure) => ({ id: figure.id, reason: figure.reason })) ?? [],
    },
    // The data step has already left out what a protected figure hides.
    figures: evaluation.figures.map((figure) => ({
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
    })),
    // Figures left out because the data that define them are absent, with why.
    not_measured: evaluation.notMeasured.map((record) => ({ id: record.id, label: record.label, symbol: '[x]', reason: record.reason, missing: record.missing })),
    // Figures that cannot exist for this evaluation (an age group the service does not work with), with why.
    not_applicable: evaluation.notApplicable.map((record) => ({ id: record.id, label: record.label, symbol: '[z]', reason: record.reason })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
