import type { Datasets } from '../datasets/datasetRows.ts';
import type { ReadText } from '../datasets/loadDatasets.ts';
import type { NotMeasured } from '../figures/notMeasured.ts';
import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { Manifest } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import { findingsContext } from '../topics/findingsContext.ts';
import { TOPICS } from '../topics/index.ts';
import type { Topic, TopicFindings } from '../topics/topic.ts';

export interface Findings {
  readonly figures: PublishedFigure[];
  readonly problems: Problem[];
  /** Figures not published because the inputs that define them are absent, topic by topic. */
  readonly notMeasured: NotMeasured[];
  /** Each topic with what it found, in findings-page order. */
  readonly topics: ReadonlyArray<{ readonly topic: Topic; readonly findings: TopicFindings }>;
}

/** Every figure an evaluation publishes, topic by topic in the registry's order, before disclosure control. */
export function computeFindings(folder: string, manifest: Manifest, datasets: Datasets, readText: ReadText, topics: readonly Topic[] = TOPICS): Findings {
  const context = findingsContext(folder, manifest, datasets, readText);
  const figures: PublishedFigure[] = [];
  const problems: Problem[] = [];
  const notMeasured: NotMeasured[] = [];
  const found = topics.map((topic) => {
    const findings = topic.compute(context, figures);
    // One at a time: a topic's problems can be one per row, too many to spread into one call.
    for (const figure of findings.figures) figures.push(figure);
    for (const found of findings.problems) problems.push(found);
    for (const record of findings.notMeasured ?? []) notMeasured.push(record);
    return { topic, findings };
  });
  return { figures, problems, notMeasured, topics: found };
}
