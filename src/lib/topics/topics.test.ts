import { describe, expect, test } from 'vitest';
import type { PrivacySemantics } from '../figures/metricDefinition.ts';
import { CHART_KINDS, METRICS, TOPICS } from './index.ts';
import type { Topic } from './topic.ts';

/** The cells a metric's semantics name: its base or count. */
function cellsNamed(privacy: PrivacySemantics): string[] {
  switch (privacy.kind) {
    case 'share':
      return [privacy.base];
    case 'share-of-whole':
      return [privacy.count];
    case 'measure':
      return [privacy.base, ...(privacy.alsoOver === undefined ? [] : [privacy.alsoOver])];
    case 'count':
    case 'consented':
    case 'published':
      return [];
  }
}

// Read through the Topic interface: every topic's metrics as plain definitions.
const topics: readonly Topic[] = TOPICS;
const metrics = topics.flatMap((topic) => Object.entries(topic.metrics).map(([key, metric]) => ({ topic: topic.id, key, metric })));
const bases: ReadonlySet<string> = new Set(topics.flatMap((topic) => topic.bases));
const known = (cell: string) => cell in METRICS || bases.has(cell);

describe('the topic registry', () => {
  test('holds every findings topic, each once, with its own section', () => {
    expect(TOPICS.map((topic) => topic.id)).toEqual([
      'engagement',
      'dosage',
      'outcome-status',
      'distance-travelled',
      'reoffending',
      'proven-reoffending',
      'justice-data-lab',
      'feedback',
      'targets',
      'published-aggregates',
      'case-studies',
    ]);
    const sections = TOPICS.flatMap((topic) => (topic.section ? [topic.section.id] : []));
    expect(new Set(sections).size).toBe(sections.length);
  });

  test('every metric is defined by exactly one topic, under its own id, and the catalogue is their union', () => {
    expect(metrics.length).toBeGreaterThan(40);
    for (const { key, metric } of metrics) expect(metric.id).toBe(key);
    const ids = metrics.map(({ metric }) => metric.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(METRICS).sort()).toEqual([...ids].sort());
  });

  test('every metric declares its privacy semantics, and every cell they name is a metric or a declared base', () => {
    const kinds = new Set(['count', 'share', 'share-of-whole', 'measure', 'consented', 'published']);
    for (const { key, metric } of metrics) {
      expect(kinds.has(metric.privacy.kind), key).toBe(true);
      for (const cell of cellsNamed(metric.privacy)) expect(known(cell), `${key} names ${cell}`).toBe(true);
      // A share or count of people is over people: its unit says so.
      if (metric.privacy.kind === 'share' || metric.privacy.kind === 'share-of-whole') expect(metric.unit, key).toBe('percent');
    }
    // Bases are cells no figure publishes: none may shadow a metric.
    for (const base of bases) expect(base in METRICS, base).toBe(false);
  });

  test('every sum a topic declares names known cells', () => {
    for (const topic of TOPICS) {
      for (const sum of topic.sums) {
        const cells = 'parts' in sum ? [sum.total, ...sum.parts] : [sum.total, sum.part];
        for (const cell of cells) expect(known(cell), `${topic.id}: ${cell}`).toBe(true);
      }
    }
  });

  test('only consented case-study metrics pass disclosure control untouched', () => {
    const consented = metrics.filter(({ metric }) => metric.privacy.kind === 'consented').map(({ topic }) => topic);
    expect(new Set(consented)).toEqual(new Set(['case-studies']));
  });

  test('every chart kind belongs to one topic', () => {
    expect(new Set(CHART_KINDS).size).toBe(CHART_KINDS.length);
    expect([...CHART_KINDS].sort()).toEqual([
      'before-after',
      'clients-by-sessions',
      'cohort',
      'distance-travelled',
      'dosage-by-month',
      'engagement-by-age-band',
      'first-vs-latest',
      'jdl-forest',
      'likert',
      'outcome-status',
      'proven-reoffending',
      'reoffending',
      'reoffending-by-sessions',
      'targets',
      'total-score',
      'total-score-change',
    ]);
  });
});
