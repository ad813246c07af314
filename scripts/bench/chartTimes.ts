/**
 * Milliseconds per chart, by findings topic, for an evaluation of a given size. Each topic's
 * presentation (which draws its charts) is timed inside a real data step, through the `topics`
 * argument `buildEvaluation` takes: the timing wraps the topics and changes nothing they do.
 * A topic draws the chart kinds it lists (`chartKinds`); the time per chart is its presentation's
 * time over the charts it drew.
 */
import { performance } from 'node:perf_hooks';
import { buildEvaluation } from '../../src/lib/pipeline/buildEvaluation.ts';
import type { Topic, TopicFindings } from '../../src/lib/topics/topic.ts';
import { TOPICS } from '../../src/lib/topics/index.ts';
import { chartDocument } from '../io/chartDocument.ts';
import { projectEffects } from '../io/projectEffects.ts';

export interface ChartTime {
  readonly topic: string;
  readonly kinds: readonly string[];
  readonly charts: number;
  /** Median over the runs of the presentation's time over its charts. */
  readonly msPerChart: number;
}

function timedTopics(record: (topic: Topic, charts: number, ms: number) => void): Topic[] {
  return TOPICS.map((topic) => ({
    ...topic,
    compute: (context, earlier) => {
      const found: TopicFindings = topic.compute(context, earlier);
      const present = found.present;
      if (present === undefined) return found;
      return {
        ...found,
        present: (input) => {
          const started = performance.now();
          const presentation = present(input);
          record(topic, presentation.charts?.length ?? 0, performance.now() - started);
          return presentation;
        },
      };
    },
  }));
}

const WARM_UP_RUNS = 3;

export function chartTimes(root: string, slug: string, runs: number): ChartTime[] {
  const samples = new Map<string, { topic: Topic; charts: number; ms: number[] }>();
  const topics = timedTopics((topic, charts, ms) => {
    if (charts === 0) return;
    const entry = samples.get(topic.id) ?? { topic, charts, ms: [] };
    entry.ms.push(ms / charts);
    samples.set(topic.id, entry);
  });
  const effects = projectEffects(root, chartDocument());
  // First runs, not counted, load and compile what the charts use: a build pays that once, not per
  // chart. One was not enough: the optimising compiler was still at work in the first counted runs
  // (at 100 clients, 9 counted runs after one gave a median about a fifth above 30 after three).
  for (let run = 0; run < WARM_UP_RUNS; run += 1) {
    const warm = buildEvaluation(slug, effects);
    if (warm.result === undefined) throw new Error(`the generated evaluation did not build: ${warm.problems.map((found) => found.code).join(', ')}`);
  }
  for (let run = 0; run < runs; run += 1) buildEvaluation(slug, effects, topics);
  return [...samples.values()].map(({ topic, charts, ms }) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return { topic: topic.id, kinds: topic.chartKinds, charts, msPerChart: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN };
  });
}
