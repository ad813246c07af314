import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem, type ChartResult } from '../../src/lib/index.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { DEMO_FILES, demoManifestWith } from '../support/memoryProject.ts';

// Issue 12: a chart most of whose rows cannot be drawn is replaced by one sentence saying why, and
// its table stays; feedback answers too small to show are merged into "agreed" and "did not agree"
// first, where both are big enough, so the question's finding survives.

const NOT_DRAWN_LABEL = 'not drawn: small numbers';
/** The rows a chart marks as not drawn, one label each (outcome status and feedback write one per row they cannot draw). */
const undrawnRows = (chart: ChartResult) => chart.svg.split(NOT_DRAWN_LABEL).length - 1;

describe('the example sites', () => {
  const { site, problems } = exampleSiteData();
  const charts = (site?.evaluations ?? []).flatMap((evaluation) => evaluation.charts.map((chart) => ({ slug: evaluation.slug, chart })));
  const chart = (slug: string, id: string) => charts.find((candidate) => candidate.slug === slug && candidate.chart.id === id)?.chart;

  test('no chart that is drawn has more than half its rows undrawn', () => {
    expect(problems).toEqual([]);
    expect(charts.length).toBeGreaterThan(10);
    for (const { slug, chart: drawn } of charts.filter(({ chart: candidate }) => !candidate.notDrawn)) {
      expect(undrawnRows(drawn) * 2, `${slug} ${drawn.id}: ${undrawnRows(drawn)} of ${drawn.table.rows.length} rows not drawn`).toBeLessThanOrEqual(drawn.table.rows.length);
    }
  });

  test('Manchester by gender: every one of the 16 bars is undrawn, so one sentence stands in its place and the table stays', () => {
    const byGender = chart('manchester', 'chart-improved-by-domain-and-gender');
    // 8 domains × 2 genders, one row each, none of them drawn (the first test counts them).
    expect(byGender?.table.rows).toHaveLength(16);
    expect(byGender?.notDrawn).toBe(
      'Too few clients had most of these outcomes to draw this chart without risking identifying someone; the table below shows what can be published. Each row has its own base: not every client was reviewed in every domain.',
    );
  });

  test('Manchester feedback: four of the five questions are drawn as "did not agree" against "agree"', () => {
    const feedback = chart('manchester', 'chart-response-share-by-question');
    // feedback.csv, counted by hand (strongly disagree, disagree, neither, agree, strongly agree):
    // understood 1 1 3 13 18 (36): not agreeing 1 + 1 + 3 = 5 of 36 = 13.9% → 14%; agreeing 31 → 86%.
    // get hold of 1 3 4 15 12 (35): 8 of 35 = 22.9% → 23%; 27 → 77%.
    // talking helped 1 2 3 11 19 (36): 6 of 36 = 16.7% → 17%; 30 → 83%.
    // more in control 2 3 5 14 10 (34): 10 of 34 = 29.4% → 29%; 24 → 71%.
    // Each has a response under 5 on the not-agreeing side, and 5 or more on each side: merged.
    // would tell someone 0 1 3 10 22 (36): 4 do not agree, under 5: no merge, so still not drawn.
    expect(feedback?.table.columns).toEqual(['Question', 'Answered', 'Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree', 'Did not agree', 'Agreed']);
    expect(feedback?.table.rows[0]).toEqual([
      'My mentor understood what I was dealing with',
      '36',
      'merged',
      'merged',
      'merged',
      '36% (13 of 36)',
      '50% (18 of 36)',
      '14% (5 of 36)',
      '86% (31 of 36)',
    ]);
    expect(feedback?.table.rows.map((row) => row.at(-2))).toEqual(['14% (5 of 36)', '23% (8 of 35)', '17% (6 of 36)', '29% (10 of 34)', '—']);
    expect(undrawnRows(feedback as ChartResult)).toBe(1);
    expect(feedback?.notDrawn).toBeNull();
  });
});

// A small service: 12 people answered each question on a five-point scale, threshold 5.
const SCALE = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'];
const withFeedback = demoManifestWith('  contacts:\n', `  feedback:\n    file: feedback.csv\n    responses: [${SCALE.join(', ')}]\n  contacts:\n`);

/** The feedback file: for each question, how many gave each response, in scale order. */
function answers(counts: Readonly<Record<string, readonly number[]>>): string {
  const rows = Object.entries(counts).flatMap(([question, perResponse]) => perResponse.flatMap((count, index) => Array.from({ length: count }, () => `${question},${SCALE[index] ?? ''}`)));
  return `question,response\n${rows.join('\n')}\n`;
}

function feedbackChart(counts: Readonly<Record<string, readonly number[]>>): ChartResult | undefined {
  const { result, problems } = buildEvaluation('demo', memoryEffects({ ...DEMO_FILES, 'data/demo/evaluation.yaml': withFeedback, 'data/demo/feedback.csv': answers(counts) }));
  expect(problems.map(formatProblem)).toEqual([]);
  return result?.charts.find((candidate) => candidate.kind === 'likert');
}

describe('a small service’s feedback', () => {
  test('answers too few to show one by one are shown as "did not agree" against "agreed"', () => {
    const chart = feedbackChart({
      // Every response is under 5, so none can be shown; but 5 did not agree and 7 agreed, both
      // 5 or more: each side is merged. 5 of 12 = 41.7% → 42%; 7 of 12 = 58.3% → 58%.
      Helped: [0, 1, 4, 3, 4],
      // 2 + 1 + 3 = 6 did not agree, 3 + 3 = 6 agreed: 50% each.
      Listened: [2, 1, 3, 3, 3],
      // 1 did not agree: under 5, so no merge, and agreeing (11 of 12) is a range: not drawn.
      Recommend: [0, 0, 1, 4, 7],
    });
    expect(chart?.table.rows.slice(0, 2)).toEqual([
      ['Helped', '12', 'merged', 'merged', 'merged', 'merged', 'merged', '42% (5 of 12, small base)', '58% (7 of 12, small base)'],
      ['Listened', '12', 'merged', 'merged', 'merged', 'merged', 'merged', '50% (6 of 12, small base)', '50% (6 of 12, small base)'],
    ]);
    // Drawn: the two merged shares of each of the first two questions, written on their segments.
    expect(chart?.svg).toMatch(/>42%<\/text>[\s\S]*>58%<\/text>/);
    expect(undrawnRows(chart as ChartResult)).toBe(1);
    expect(chart?.notDrawn).toBeNull();
  });

  test('a small answer on the agreeing side merges that side only: the rest are drawn one by one', () => {
    const chart = feedbackChart({
      // 5 6 5 | 2 8 of 26: "agree" (2) is small; agreeing 10 and not agreeing 16 are not. The
      // agreeing side is merged and drawn as the share agreeing, 10 of 26 = 38.5% → 38%; the other
      // answers are 5 or more, and so are the rest beside each: 5/26 = 19.2% → 19%, 6/26 = 23.1% → 23%.
      Helped: [5, 6, 5, 2, 8],
    });
    expect(chart?.table.columns).not.toContain('Did not agree');
    expect(chart?.table.rows).toEqual([['Helped', '26', '19% (5 of 26)', '23% (6 of 26)', '19% (5 of 26)', 'merged', 'merged', '38% (10 of 26)']]);
    // The merged side is one segment in a colour no single answer uses (green), labelled with the share agreeing.
    expect(chart?.svg).toContain('fill="#1b7a5a"');
    expect(chart?.svg).toMatch(/>38%<\/text>/);
    expect(undrawnRows(chart as ChartResult)).toBe(0);
  });

  test('a chart none of whose questions can be drawn is one sentence, and its table stays', () => {
    const chart = feedbackChart({
      // In each, 1 or 2 did not agree: under 5, so no merge can keep the question.
      Helped: [0, 0, 1, 4, 7],
      Listened: [0, 1, 1, 5, 5],
    });
    expect(chart?.notDrawn).toBe('Too few clients gave most of the answers to draw this chart without risking identifying someone; the table below shows what can be published.');
    expect(chart?.table.rows.map((row) => row[0])).toEqual(['Helped', 'Listened']);
  });
});

describe('a small service’s outcomes by ethnic group', () => {
  test('five groups of two clients: no bar can be drawn, so the chart is one sentence and its table', () => {
    // Ten clients, two in each of five ethnic groups, each scored twice in one domain (4 then 6:
    // improved). Every group has 2 reviewed, under 5, so every status of every bar is protected.
    const groups = ['Asian', 'Black', 'Mixed', 'White', 'Other'];
    const ids = Array.from({ length: 10 }, (_, index) => `C${String(index + 1).padStart(3, '0')}`);
    const clients = ids.map((id, index) => `${id},03/02/2014,30/06/2014,Yes,30,Male,${groups[index % 5] ?? ''}`);
    const scores = ids.flatMap((id) => [`${id},1,03/02/2014,Motivation,4`, `${id},2,30/06/2014,Motivation,6`]);
    const { result, problems } = buildEvaluation(
      'demo',
      memoryEffects({
        ...DEMO_FILES,
        'data/demo/evaluation.yaml': demoManifestWith('      gender: Gender\n', '      gender: Gender\n      ethnic-group: Ethnicity\n'),
        'data/demo/clients.csv': `Client ref,Start,End,Engaged,Age,Gender,Ethnicity\n${clients.join('\n')}\n`,
        'data/demo/contacts.csv': 'client_id,date,minutes,type,location\nC001,03/02/2014,60,face to face,cafe\n',
        'data/demo/assessments.csv': `client_id,review,date,domain,score\n${scores.join('\n')}\n`,
      }),
    );
    expect(problems.map(formatProblem)).toEqual([]);
    const byGroup = result?.charts.find((chart) => chart.id === 'chart-improved-by-domain-and-ethnic-group');
    // One row per group in the one domain, in the table still.
    expect(byGroup?.table.rows.map((row) => row[0])).toEqual(['Motivation — Asian', 'Motivation — Black', 'Motivation — Mixed', 'Motivation — Other', 'Motivation — White']);
    expect(byGroup?.notDrawn).toBe(
      'Too few clients had most of these outcomes to draw this chart without risking identifying someone; the table below shows what can be published. Each row has its own base: not every client was reviewed in every domain.',
    );
  });
});
