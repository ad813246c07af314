import type { ChartTable } from '../charts/chartResult.ts';
import type { SectionCaveat, Topic, TopicPresentation } from '../topics/topic.ts';
import { evidenceLevelText, type EvidenceStrength } from '../figures/evidenceStrength.ts';
import type { PublishedFigure } from '../figures/publishedFigure.ts';

/** One section of the findings page, as the page lays it out: cards, a caveat, charts, then tables. */
export interface FindingsSection {
  readonly id: string;
  readonly title: string;
  /** Ids of the figures shown as cards. */
  readonly cards: readonly string[];
  readonly caveat: SectionCaveat | null;
  /** Ids of the charts, in order (the evaluation's `charts` hold them). */
  readonly charts: readonly string[];
  readonly tables: readonly ChartTable[];
  /** The evidence strength of the section's outcome figures, each design once, strongest first: what its charts and tables can show. */
  readonly evidence: ReadonlyArray<{ readonly level: string; readonly explanation: string }>;
  /** The definition its figures follow, on the methodology page (`id` is the anchor), or null. */
  readonly definition: { readonly id: string; readonly title: string } | null;
}

/** The sections of the findings page, in the registry's order: every topic with a section that has something to show. */
export function findingsSections(
  presented: ReadonlyArray<{ readonly topic: Topic; readonly presentation: TopicPresentation }>,
  figures: readonly PublishedFigure[] = [],
  evidence: ReadonlyMap<string, EvidenceStrength> = new Map(),
): FindingsSection[] {
  return presented.flatMap(({ topic, presentation }) => {
    if (!topic.section) return [];
    const metrics = new Set(Object.keys(topic.metrics));
    const designs = new Map<string, EvidenceStrength>();
    for (const figure of figures) {
      const strength = metrics.has(figure.metric) ? evidence.get(figure.id) : undefined;
      if (strength) designs.set(`${strength.design}:${strength.level}`, strength);
    }
    const section: FindingsSection = {
      ...topic.section,
      cards: presentation.cards ?? [],
      caveat: presentation.caveat ?? null,
      charts: (presentation.charts ?? []).map((chart) => chart.id),
      tables: presentation.tables ?? [],
      evidence: [...designs.values()]
        .sort((a, b) => b.level - a.level || a.design.localeCompare(b.design))
        .map((strength) => ({ level: evidenceLevelText(strength), explanation: strength.explanation })),
      definition: presentation.definition ? { id: presentation.definition.id, title: presentation.definition.title } : null,
    };
    return section.cards.length + section.charts.length + section.tables.length > 0 || section.caveat ? [section] : [];
  });
}
