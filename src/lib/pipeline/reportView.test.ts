import { expect, test } from 'vitest';
import { REPORT_CHART_LIMIT, reportView, type ReportInputs } from './reportView.ts';
import type { MetricEntry } from './metricEntries.ts';

const drawn = (id: string, figureIds: string[] = []) => ({ id, notDrawn: null, figureIds });
const sentence = (id: string) => ({ id, notDrawn: 'Most of these figures are too small to draw.', figureIds: [] });
const entry = (metric: string): MetricEntry => ({ metric, anchor: `metric-${metric}`, label: metric, definition: `What ${metric} counts.`, breakdowns: [], figures: 1, evidence: null });

/** An evaluation with nothing in it but what a test gives. */
function evaluation(parts: Partial<ReportInputs>): ReportInputs {
  return { heroChart: null, sections: [], charts: [], headline: [], keyFindings: [], figures: [], metrics: [], evidenceDesigns: [], theoryOfChange: null, journeys: [], ...parts };
}

test('the hero chart comes first, then the first drawn chart of each other section, in the findings order', () => {
  // Sections: A (a1, a2), B (b1 not drawn, b2), C (c1, the hero). The hero is C's, so C gives no other;
  // A gives a1 (its first), B gives b2 (b1 is a sentence, not a picture).
  const view = reportView(
    evaluation({
      heroChart: 'c1',
      sections: [{ charts: ['a1', 'a2'] }, { charts: ['b1', 'b2'] }, { charts: ['c1', 'c2'] }],
      charts: [drawn('a1'), drawn('a2'), sentence('b1'), drawn('b2'), drawn('c1'), drawn('c2')],
    }),
  );
  expect(view.charts).toEqual(['c1', 'a1', 'b2']);
});

test('no more than the limit of charts, however many sections there are', () => {
  // Nine sections of one drawn chart each and no hero: the first six sections' charts.
  const ids = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'];
  const view = reportView(evaluation({ sections: ids.map((id) => ({ charts: [id] })), charts: ids.map((id) => drawn(id)) }));
  expect(REPORT_CHART_LIMIT).toBe(6);
  expect(view.charts).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
});

test('a hero chart that is not drawn is left out, and its section gives its first drawn chart instead', () => {
  const view = reportView(evaluation({ heroChart: 'h', sections: [{ charts: ['h', 'x'] }], charts: [sentence('h'), drawn('x')] }));
  expect(view.charts).toEqual(['x']);
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
