import { expect, test } from 'vitest';
import { REPORT_CHART_LIMIT, reportChartPage, reportView, type ReportInputs } from './reportView.ts';
import type { MetricEntry } from './metricEntries.ts';

const drawn = (id: string, figureIds: string[] = []) => ({ id, notDrawn: null, figureIds });
const sentence = (id: string) => ({ id, notDrawn: 'Most of these figures are too small to draw.', figureIds: [] });
const entry = (metric: string): MetricEntry => ({ metric, anchor: `metric-${metric}`, label: metric, definition: `What ${metric} counts.`, breakdowns: [], figures: 1, evidence: null });

/** An evaluation with nothing in it but what a test gives. */
function evaluation(parts: Partial<ReportInputs>): ReportInputs {
  return {
    heroChart: null,
    summaryCharts: [],
    sections: [],
    charts: [],
    headline: [],
    keyFindings: [],
    figures: [],
    metrics: [],
    evidenceDesigns: [],
    theoryOfChange: null,
    journeys: [],
    disclosure: { threshold: 5, suppressed: 0, bounded: 0, withheld: 0, collapsed: 0 },
    ...parts,
  };
}

test("every section's lead chart, the hero and the summary's own charts, each once, in the findings order", () => {
  // Sections: A (a1, a2), B (b1 not drawn, b2), C (c1, c2, the hero). Leads: a1, b2 (b1 is a sentence), c1.
  // The hero c2 is added though C already has its lead; the summary places a2 and c1 (c1 already chosen).
  const view = reportView(
    evaluation({
      heroChart: 'c2',
      summaryCharts: ['a2', 'c1'],
      sections: [{ charts: ['a1', 'a2'] }, { charts: ['b1', 'b2'] }, { charts: ['c1', 'c2'] }],
      charts: [drawn('a1'), drawn('a2'), sentence('b1'), drawn('b2'), drawn('c1'), drawn('c2')],
    }),
  );
  expect(view.charts).toEqual(['a1', 'a2', 'b2', 'c1', 'c2']);
});

test("a hero chart from a section does not crowd out that section's lead chart (Manchester's re-offending section)", () => {
  // The hero r2 (before/after) is the re-offending section's second chart; its lead r1 (the share re-offending) still prints.
  const view = reportView(evaluation({ heroChart: 'r2', sections: [{ charts: ['w1'] }, { charts: ['r1', 'r2'] }], charts: [drawn('w1'), drawn('r1'), drawn('r2')] }));
  expect(view.charts).toEqual(['w1', 'r1', 'r2']);
});

test('charts the summary text places are printed beside the hero (jdl-mentoring: the rates and frequency plots)', () => {
  // One section with rate, frequency and days plots; the hero is days (third), the summary places rate and frequency.
  const view = reportView(
    evaluation({ heroChart: 'days', summaryCharts: ['rate', 'frequency'], sections: [{ charts: ['rate', 'frequency', 'days'] }], charts: [drawn('rate'), drawn('frequency'), drawn('days')] }),
  );
  expect(view.charts).toEqual(['rate', 'frequency', 'days']);
});

test('no more than the limit of charts: section leads come before the hero and summary charts', () => {
  // Nine sections of two drawn charts each; the hero is s9's second chart: the eight leads fill the report, s9 is not reached.
  const ids = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'];
  const view = reportView(evaluation({ heroChart: 's9b', sections: ids.map((id) => ({ charts: [id, `${id}b`] })), charts: ids.flatMap((id) => [drawn(id), drawn(`${id}b`)]) }));
  expect(REPORT_CHART_LIMIT).toBe(8);
  expect(view.charts).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']);
});

test('a hero chart that is not drawn is left out, and its section gives its first drawn chart instead', () => {
  const view = reportView(evaluation({ heroChart: 'h', sections: [{ charts: ['h', 'x'] }], charts: [sentence('h'), drawn('x')] }));
  expect(view.charts).toEqual(['x']);
});

test('the method note counts every kind of protected figure, merged ones included, with the right plurals', () => {
  // Tayside: 1 shown as "fewer than 5", 22 merged, nothing else.
  expect(reportView(evaluation({ disclosure: { threshold: 5, suppressed: 1, bounded: 0, withheld: 0, collapsed: 22 } })).protectedFigures).toBe(
    'In all, of the evaluation\'s published figures, 1 figure is shown as "fewer than 5"; and 22 figures are merged with a neighbouring category (such as "maintained or deteriorated") because one of them was too small to show.',
  );
  expect(reportView(evaluation({ disclosure: { threshold: 10, suppressed: 3, bounded: 1, withheld: 2, collapsed: 0 } })).protectedFigures).toBe(
    'In all, of the evaluation\'s published figures, 3 figures are shown as "fewer than 10"; 1 share is shown as a range; and 2 figures are not shown at all.',
  );
  expect(reportView(evaluation({})).protectedFigures).toBe('No figure in this evaluation needed protecting: every group shown is large enough.');
});

test('an evaluation with only a method note: every part it lacks is skipped', () => {
  const view = reportView(evaluation({ sections: [{ charts: ['only'] }], charts: [sentence('only')] }));
  expect(view.charts).toEqual([]);
  expect(view.parts).toEqual([{ id: 'method', title: 'About the figures' }]);
  expect(view.evidence).toEqual([]);
});

test('every part present, in the printed order', () => {
  const view = reportView(
    evaluation({
      keyFindings: [{ segments: [{ kind: 'text', text: 'Most stayed.' }] }],
      headline: ['engaged'],
      sections: [{ charts: ['c'] }],
      charts: [drawn('c')],
      theoryOfChange: { svg: null },
      journeys: [{}],
    }),
  );
  expect(view.parts.map((part) => part.id)).toEqual(['key-findings', 'headline', 'charts', 'theory-of-change', 'stories', 'method']);
});

test('a diagram wider than tall is printed on a landscape page, a taller one on a portrait page', () => {
  // Manchester's diagram is 1368 × 752: wide; a narrow one such as 700 × 900 is not.
  expect(reportView(evaluation({ theoryOfChange: { svg: { width: 1368, height: 752 } } })).diagramPage).toBe('landscape');
  expect(reportView(evaluation({ theoryOfChange: { svg: { width: 700, height: 900 } } })).diagramPage).toBe('portrait');
  expect(reportView(evaluation({ theoryOfChange: { svg: null } })).diagramPage).toBeNull();
  expect(reportView(evaluation({})).diagramPage).toBeNull();
});

test("the method note defines only the metrics of the figures the report shows, in the methodology page's order", () => {
  // Shown: card engaged (metric engaged), key finding figure improved-housing (metric improved),
  // chart c's figure sessions-1 (metric sessions). Not shown: feedback-q1 (metric feedback), on chart d, not chosen.
  const view = reportView(
    evaluation({
      headline: ['engaged'],
      keyFindings: [
        {
          segments: [
            { kind: 'figure', id: 'improved-housing' },
            { kind: 'text', text: ' improved.' },
          ],
        },
      ],
      sections: [{ charts: ['c', 'd'] }],
      charts: [drawn('c', ['sessions-1']), drawn('d', ['feedback-q1'])],
      figures: [
        { id: 'engaged', metric: 'engaged' },
        { id: 'improved-housing', metric: 'improved' },
        { id: 'sessions-1', metric: 'sessions' },
        { id: 'feedback-q1', metric: 'feedback' },
      ],
      metrics: [entry('engaged'), entry('sessions'), entry('improved'), entry('feedback')],
    }),
  );
  expect(view.metrics.map((metric) => metric.metric)).toEqual(['engaged', 'sessions', 'improved']);
});

test('the cover names each evidence design, as the cards do', () => {
  const view = reportView(evaluation({ evidenceDesigns: [{ design: 'before-after', level: 1, label: 'Before and after, one group', explanation: 'Change, not cause.' }] }));
  expect(view.evidence).toEqual(['Evidence: level 1 of 5 (Maryland scale), before and after, one group']);
});

test('a chart whose narrow drawing is too tall for a portrait page is printed on a landscape one', () => {
  // Manchester's distance travelled, 320 × 770: portrait. Tayside's targets, 320 × 1386: landscape. The limit is 900 px high at 320 wide.
  expect(reportChartPage('<svg viewBox="0 0 320 770">')).toBe('portrait');
  expect(reportChartPage('<svg viewBox="0 0 320 900">')).toBe('portrait');
  expect(reportChartPage('<svg viewBox="0 0 320 901">')).toBe('landscape');
  expect(reportChartPage('<svg viewBox="0 0 320 1386">')).toBe('landscape');
});
