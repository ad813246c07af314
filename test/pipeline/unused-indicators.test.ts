import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem } from '../../src/lib/index.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { DEMO_FILES, demoManifestWith } from '../support/memoryProject.ts';

// Issue 16, item 4: an indicator listed in the manifest that no page shows. A published aggregate
// has no findings section of its own (topics/aggregates): it reaches a page only as a card, in a
// sentence of the summary, in a key finding or as a target's measure. So the demo with one, 12
// volunteers (row 2 of published.csv, indicators[1] of the manifest), shows it nowhere until the
// summary or a key finding names it.
const MANIFEST = `${demoManifestWith('  assessments:\n', '  indicators:\n    file: published.csv\n  assessments:\n')}  - id: volunteers\n    label: Volunteers\n    definition: Volunteer mentors recruited.\n`;
const FILES = { ...DEMO_FILES, 'data/demo/evaluation.yaml': MANIFEST, 'data/demo/published.csv': 'indicator,group,numerator,denominator,value,unit,bound\nvolunteers,,12,,,count,\n' };

function notShown(changes: Readonly<Record<string, string>> = {}): string[] {
  const built = buildEvaluation('demo', memoryEffects({ ...FILES, ...changes }));
  expect(built.problems.map(formatProblem)).toEqual([]);
  return built.warnings.map(formatProblem).filter((line) => line.includes('no page shows it'));
}

describe('an indicator no page shows', () => {
  test('listed, labelled, but in no card, sentence, key finding or target: a warning at its entry', () => {
    expect(notShown()).toEqual([
      'data/demo/evaluation.yaml:indicators[1].id — "volunteers" is listed under indicators, but no page shows it: no card, chart, table, sentence, key finding or target gives it — the figure placed where readers will see it (headline: true, <Indicator id="volunteers" /> or <IndicatorCard id="volunteers" /> in the summary, or {volunteers} in a key finding), or the entry taken out; it is still in figures.json and the downloads (docs/manifest.md#indicators)',
    ]);
  });

  test('none once a sentence, a card, a key finding or the headline gives it', () => {
    expect(notShown({ 'content/demo/summary.mdx': '# Summary\n\n<Indicator id="engaged" /> engaged, with <Indicator id="volunteers" /> volunteers.\n' })).toEqual([]);
    expect(notShown({ 'content/demo/summary.mdx': '# Summary\n\n<Indicator id="engaged" /> engaged.\n\n<IndicatorCard id="volunteers" />\n' })).toEqual([]);
    expect(notShown({ 'data/demo/evaluation.yaml': `${MANIFEST}key_findings:\n  - text: The service recruited {volunteers} volunteer mentors.\n` })).toEqual([]);
    expect(notShown({ 'data/demo/evaluation.yaml': MANIFEST.replace('  - id: volunteers\n', '  - id: volunteers\n    headline: true\n') })).toEqual([]);
  });

  test('a figure in a chart’s table is shown; a listed figure only the methodology page counts is not', () => {
    // The demo's gender (Male, Female, Male) gives two cohort shares, so a cohort chart whose
    // table gives cohort-share[gender=female]. Referred has no card, chart or table on the findings
    // page (the engagement section draws shares by group only), so listed alone it is not shown.
    const listed = MANIFEST.replace('  - id: volunteers\n', '  - id: cohort-share[gender=female]\n  - id: referred\n  - id: volunteers\n');
    expect(notShown({ 'data/demo/evaluation.yaml': listed }).map((line) => line.split(' — ')[0])).toEqual(['data/demo/evaluation.yaml:indicators[2].id', 'data/demo/evaluation.yaml:indicators[3].id']);
  });
});
