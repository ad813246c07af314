import type { ChartTable } from '../charts/chartResult.ts';
import type { SectionCaveat, Topic, TopicPresentation } from '../topics/topic.ts';

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
}

/** The sections of the findings page, in the registry's order: every topic with a section that has something to show. */
export function findingsSections(presented: ReadonlyArray<{ readonly topic: Topic; readonly presentation: TopicPresentation }>): FindingsSection[] {
  return presented.flatMap(({ topic, presentation }) => {
    if (!topic.section) return [];
    const section: FindingsSection = {
      ...topic.section,
      cards: presentation.cards ?? [],
      caveat: presentation.caveat ?? null,
      charts: (presentation.charts ?? []).map((chart) => chart.id),
      tables: presentation.tables ?? [],
    };
    return section.cards.length + section.charts.length + section.tables.length > 0 || section.caveat ? [section] : [];
  });
}
