import { evidenceStrength, type EvidenceStrength, type MarylandLevel } from '../figures/evidenceStrength.ts';
import type { MetricDefinition } from '../figures/metricDefinition.ts';
import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { IndicatorSetting } from '../manifest/manifestSchema.ts';
import { problem, type Problem } from '../problems/problem.ts';

/**
 * The evidence strength of every outcome figure, by figure id. A figure evalsite computes is from
 * the records of one group of clients, with no comparison group, so it rests on its metric's design
 * (before and after, or after starting only: level 1) whatever the manifest says; a manifest
 * `design` on it is an error, not a way to raise it. A published figure (an `indicators` row) rests
 * on the design its manifest entry declares, for its own id or its metric's, at the level declared
 * or the design's own; without a declared design it carries none, since evalsite cannot tell an
 * outcome from a count of referrals, unless its metric is an outcome that names its design (a
 * Justice Data Lab result: a matched comparison). Engagement, feedback and case-study figures are not outcomes.
 */
export function figureEvidence(
  figures: readonly PublishedFigure[],
  metrics: Readonly<Record<string, MetricDefinition>>,
  settings: readonly IndicatorSetting[],
  manifestFile: string,
): { evidence: Map<string, EvidenceStrength>; problems: Problem[] } {
  const evidence = new Map<string, EvidenceStrength>();
  const computed = new Set<string>();
  for (const figure of figures) {
    if (figure.privacy.kind === 'published') {
      const setting = settings.find((candidate) => candidate.id === figure.id) ?? settings.find((candidate) => candidate.id === figure.metric);
      const declared = metrics[figure.metric];
      if (setting?.design) evidence.set(figure.id, evidenceStrength(setting.design, setting.level as MarylandLevel | undefined));
      // A published figure of a metric that names its design (a Justice Data Lab result) rests on it.
      else if (declared?.outcome === true && declared.design !== undefined) evidence.set(figure.id, evidenceStrength(declared.design));
      continue;
    }
    computed.add(figure.id).add(figure.metric);
    const metric = metrics[figure.metric];
    if (metric?.outcome === true && figure.privacy.kind !== 'consented') evidence.set(figure.id, evidenceStrength(metric.design ?? 'before-after'));
  }
  const problems = settings.flatMap((setting, index) =>
    setting.design !== undefined && computed.has(setting.id) ? [problem('indicator-design-on-computed', { file: manifestFile, column: `indicators[${index}].design` }, { id: setting.id })] : [],
  );
  return { evidence, problems };
}

/** A design some outcome figures rest on, as the methodology page lists it. */
export interface EvidenceDesign extends EvidenceStrength {
  /** How many published figures rest on it at this level. */
  readonly figures: number;
}

/** The designs and levels the figures rest on, strongest first, each once, with how many figures. */
export function evidenceDesigns(evidence: ReadonlyMap<string, EvidenceStrength>): EvidenceDesign[] {
  const designs = new Map<string, EvidenceDesign>();
  for (const strength of evidence.values()) {
    const key = `${strength.design}:${strength.level}`;
    designs.set(key, { ...strength, figures: (designs.get(key)?.figures ?? 0) + 1 });
  }
  return [...designs.values()].sort((a, b) => b.level - a.level || a.design.localeCompare(b.design));
}
