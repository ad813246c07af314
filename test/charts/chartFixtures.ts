import { chartDocument } from '../../scripts/io/chartDocument.ts';
import { siteFonts } from '../../scripts/io/siteFontMetrics.ts';
import type { ChartContext } from '../../src/lib/charts/chartContext.ts';
import { proportionFigure, countFigure, type PublishedFigure } from '../../src/lib/figures/publishedFigure.ts';
import { figureOrigin } from '../../src/lib/figures/figureOrigin.ts';
import { outcomeStatusFigures } from '../../src/lib/topics/outcomeStatus/outcomeStatusFigures.ts';
import type { JusticeDataLabRow } from '../../src/lib/datasets/datasetRows.ts';
import { justiceDataLabResults } from '../../src/lib/topics/justiceDataLab/justiceDataLabResults.ts';
import type { EvaluationJdlResults } from '../../src/lib/pipeline/siteJusticeDataLab.ts';

/** One linkedom document for every chart in the tests, as the build does. */
export const CONTEXT: ChartContext = {
  document: chartDocument(),
  period: '1 April 2013 to 31 March 2014',
  sources: ['An example report'],
  fonts: siteFonts(),
};

const context = { provenance: 'illustrative', source: 'data/example/outcomes.csv', basis: 'Example statuses.' } as const;

/**
 * Hand-made outcome statuses: Housing 20 reviewed (12 improved = 60%, 6 maintained = 30%,
 * 2 deteriorated = 10%); Health 10 reviewed (3 = 30%, 5 = 50%, 2 = 20%); Crime 8 reviewed
 * (6 = 75%, 1 = 12.5% → 13%, 1 = 13%). Women/men split Housing only.
 */
export function statusFigures(): PublishedFigure[] {
  return outcomeStatusFigures(
    [
      {
        domain: 'Housing',
        all: { improved: 12, maintained: 6, deteriorated: 2, total: 20 },
        groups: [
          { dimension: 'service', value: 'men', label: 'Men', counts: { improved: 4, maintained: 4, deteriorated: 2, total: 10 } },
          { dimension: 'service', value: 'women', label: 'Women', counts: { improved: 8, maintained: 2, deteriorated: 0, total: 10 } },
        ],
      },
      { domain: 'Health', all: { improved: 3, maintained: 5, deteriorated: 2, total: 10 }, groups: [] },
      { domain: 'Crime', all: { improved: 6, maintained: 1, deteriorated: 1, total: 8 }, groups: [] },
    ],
    context,
  );
}

/** Engagement by one age band: 3, 2 and 1 of 4 (75%, 50%, 25%). */
export function ageBandFigures(): PublishedFigure[] {
  const breakdowns = [{ dimension: 'age-band', value: 'under-25', label: 'Under 25' }];
  const origin = (metric: MetricId) => ({
    id: `${metric}[age-band=under-25]`,
    metric,
    breakdowns,
    label: metric,
    definition: metric,
    provenance: 'illustrative' as const,
    source: 'data/example/clients.csv',
    derivation: { inputs: [], fallbacks: [] },
    privacy: METRICS[metric].privacy,
  });
  return [
    countFigure(origin('referred'), 4),
    proportionFigure(origin('engaged'), 3, 4),
    proportionFigure(origin('engaged-over-3-months'), 2, 4),
    proportionFigure(origin('engaged-over-6-months'), 1, 4),
  ];
}

import type { AssessmentRow } from '../../src/lib/datasets/datasetRows.ts';
import { distanceFigures } from '../../src/lib/topics/distanceTravelled/distanceFigures.ts';
import { distanceTravelled } from '../../src/lib/topics/distanceTravelled/distanceTravelled.ts';
import { feedbackFigures } from '../../src/lib/topics/feedback/feedbackFigures.ts';
import { measureFigure } from '../../src/lib/figures/publishedFigure.ts';
import type { OutcomeTargetResult } from '../../src/lib/topics/targets/outcomeTargets.ts';
import { METRICS, type MetricId } from '../../src/lib/index.ts';
import { provenFigures } from '../../src/lib/topics/provenReoffending/provenFigures.ts';

export const SCALE = { label: 'Progress', min: 1, max: 10, better: 'higher' as const };

/**
 * Four clients scored in three domains at reviews 1 and 2 (client D only at review 1):
 * Housing 3,4,5,6 → 5,6,7 (means 4.5 → 6.0, change +2 each for A–C);
 * Health 6,6,6,6 → 6,7,5 (6.0 → 6.0, changes 0, +1, −1);
 * Money 2,3,4,5 → 6,7,8 (3.5 → 7.0, +4 each).
 * Mean change: Housing 2.0, Health 0.0, Money 4.0 — largest Money, smallest Health.
 */
export function assessmentFigures(): PublishedFigure[] {
  const scores: Record<string, [number[], number[]]> = {
    Housing: [
      [3, 4, 5, 6],
      [5, 6, 7],
    ],
    Health: [
      [6, 6, 6, 6],
      [6, 7, 5],
    ],
    Money: [
      [2, 3, 4, 5],
      [6, 7, 8],
    ],
  };
  let row = 2;
  const rows: AssessmentRow[] = [];
  for (const [domain, [first, second]] of Object.entries(scores)) {
    first.forEach((score, index) => rows.push({ row: row++, clientId: 'ABCD'[index] ?? '', review: 1, date: null, domain, score }));
    second.forEach((score, index) => rows.push({ row: row++, clientId: 'ABCD'[index] ?? '', review: 2, date: null, domain, score }));
  }
  return distanceFigures(distanceTravelled(rows, SCALE), { provenance: 'illustrative', source: 'data/example/assessments.csv', scaleNote: '' });
}

/**
 * Re-offending, hand-made: within 3 months 2 of 10 (20%), 6 months 3 of 8 (38%), 12 months 3 of 5
 * (60%); offences per year 2.0 → 1.0 for all 10 compared, 2.5 → 0.5 for the 4 engaged over six months.
 */
export function reoffendingFigures(): PublishedFigure[] {
  const origin = (metric: MetricId, breakdowns: PublishedFigure['breakdowns'] = []) => ({
    id: breakdowns.length ? `${metric}[engagement=over-6-months]` : metric,
    metric,
    breakdowns,
    label: metric,
    definition: metric,
    provenance: 'synthetic-reconstruction' as const,
    source: 'data/example/offences.csv',
    derivation: { inputs: [], fallbacks: [] },
    privacy: METRICS[metric].privacy,
  });
  const long = [{ dimension: 'engagement', value: 'over-6-months', label: 'Engaged over six months' }];
  return [
    proportionFigure(origin('reoffended-within-3-months'), 2, 10),
    countFigure(origin('reoffences-within-3-months'), 3),
    countFigure(origin('not-yet-eligible-3-months'), 0),
    proportionFigure(origin('reoffended-within-6-months'), 3, 8),
    countFigure(origin('reoffences-within-6-months'), 5),
    countFigure(origin('not-yet-eligible-6-months'), 2),
    proportionFigure(origin('reoffended-within-12-months'), 3, 5),
    countFigure(origin('reoffences-within-12-months'), 7),
    countFigure(origin('not-yet-eligible-12-months'), 5),
    measureFigure(origin('offences-per-year-before'), 2, 10),
    measureFigure(origin('offences-per-year-after'), 1, 10),
    measureFigure(origin('offences-per-year-before', long), 2.5, 4),
    measureFigure(origin('offences-per-year-after', long), 0.5, 4),
  ];
}

export const RESPONSES = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'];

/** Two questions, 10 answers each: "Helpful" 0/1/1/4/4 (80% agree), "Easy" 2/2/2/2/2 (40% agree). */
export function feedbackFixture(): PublishedFigure[] {
  return feedbackFigures(
    [
      { question: 'Helpful', total: 10, counts: RESPONSES.map((response, index) => ({ response, count: [0, 1, 1, 4, 4][index] ?? 0 })), agreeing: 8 },
      { question: 'Easy', total: 10, counts: RESPONSES.map((response) => ({ response, count: 2 })), agreeing: 4 },
    ],
    { provenance: 'illustrative', source: 'data/example/feedback.csv', agreeNote: '' },
  );
}

/** Cohort by gender: 6 of 20 women (30%), 14 of 20 men (70%). */
export function cohortFixture(): PublishedFigure[] {
  const share = (value: string, label: string, count: number) =>
    proportionFigure(
      {
        id: `cohort-share[gender=${value}]`,
        metric: 'cohort-share',
        breakdowns: [{ dimension: 'gender', value, label }],
        label,
        definition: label,
        provenance: 'illustrative',
        source: 'data/example/clients.csv',
        derivation: { inputs: [], fallbacks: [] },
        privacy: METRICS['cohort-share'].privacy,
      },
      count,
      20,
    );
  return [share('female', 'Female', 6), share('male', 'Male', 14)];
}

/** Targets over the status fixture: 60% for Housing (met: 60%), 50% for Health (not met: 30%), and one unmeasured. */
export function targetsFixture(): OutcomeTargetResult[] {
  return [
    {
      id: 'housing',
      outcome: 'Better housing',
      horizon: 'short',
      atLeast: 60,
      direction: 'at-least',
      match: 'exact',
      note: null,
      measurements: [{ figureId: 'improved[domain=housing]', value: 60, met: true, unknown: null }],
    },
    {
      id: 'health',
      outcome: 'Better health',
      horizon: 'medium',
      atLeast: 50,
      direction: 'at-least',
      match: 'approximate',
      note: null,
      measurements: [{ figureId: 'improved[domain=health]', value: 30, met: false, unknown: null }],
    },
    { id: 'motivation', outcome: 'More motivation', horizon: null, atLeast: 55, direction: 'at-least', match: 'exact', note: 'not measured', measurements: [] },
  ];
}

/**
 * Re-offending within 12 months by band of sessions, worked by hand: 5 or fewer sessions 5 of 12 =
 * 41.7%, shown 42%; 6 to 20 sessions 9 of 20 = 45%; 21 or more 6 of 15 = 40%. Every count and
 * complement (7, 11, 9) is 5 or more, so nothing is protected. Together 20 of 47, the whole
 * 12-month figure. Highest 6 to 20 (45%), lowest 21 or more (40%).
 */
export function reoffendingBySessionsFixture(): PublishedFigure[] {
  const offences = { provenance: 'illustrative', source: 'data/example/offences.csv' } as const;
  const part = (value: string, label: string) => [{ dimension: 'sessions', value, label }];
  const band = (value: string, label: string, reoffended: number, followedUp: number) => [
    countFigure(figureOrigin(METRICS['followed-up-12-months-by-sessions'], part(value, label), offences), followedUp),
    proportionFigure(figureOrigin(METRICS['reoffended-within-12-months-by-sessions'], part(value, label), offences), reoffended, followedUp),
  ];
  return [
    proportionFigure(figureOrigin(METRICS['reoffended-within-12-months'], [], offences), 20, 47),
    ...band('0-5', '5 or fewer sessions', 5, 12),
    ...band('6-20', '6 to 20 sessions', 9, 20),
    ...band('21-and-over', '21 or more sessions', 6, 15),
  ];
}

/** A Justice Data Lab row as the dataset reader gives it, with the fields a fixture leaves out blank. */
function jdlRow(
  row: number,
  values: Pick<JusticeDataLabRow, 'analysis' | 'measure' | 'treatmentN' | 'comparisonN' | 'treatmentValue' | 'comparisonValue' | 'difference' | 'lower' | 'upper' | 'pValue'>,
): JusticeDataLabRow {
  return { row, recordsSubmitted: null, recordsMatched: null, cohortFrom: null, cohortTo: null, ...values };
}

function jdlEvaluation(slug: string, title: string, period: { from: string; to: string }, report: string, rows: JusticeDataLabRow[]): EvaluationJdlResults {
  const { results, figures } = justiceDataLabResults(rows, { title: report, published: '2021-05-13' }, { provenance: 'illustrative', source: `data/${slug}/jdl.csv` });
  const pairs = results.map((result, index) => {
    const figure = figures[index];
    if (!figure) throw new Error('a result without its figure');
    return { result, figure };
  });
  return { slug, title, period, pairs };
}

/**
 * Two evaluations' Justice Data Lab results, for the site-wide forest plots. Verdicts by hand
 * (significant when p < 0.05, or with no p-value when the interval misses zero; fewer re-offences
 * are better):
 * - Alpha mentoring, Main analysis, rate: −6 (−11 to −1), p 0.02 → significant, for the better.
 * - Alpha mentoring, Women, rate: −2 (−10 to 6), p 0.6 → not significant.
 * - Alpha mentoring, Main analysis, frequency: 0.3 (0.05 to 0.55), p 0.01 → significant, for the worse.
 * - Beta resettlement service, no analysis named (Main analysis), rate: −5 (−12 to 2), no p-value,
 *   interval across zero → not significant.
 * The two periods span 1 April 2016 to 31 December 2019.
 */
export function jdlSiteFixture(): EvaluationJdlResults[] {
  return [
    jdlEvaluation('alpha', 'Alpha mentoring', { from: '2016-04-01', to: '2018-03-31' }, 'Alpha report', [
      jdlRow(2, { analysis: 'Main analysis', measure: 'rate', treatmentN: 200, comparisonN: 10000, treatmentValue: 40, comparisonValue: 46, difference: -6, lower: -11, upper: -1, pValue: 0.02 }),
      jdlRow(3, { analysis: 'Women', measure: 'rate', treatmentN: 80, comparisonN: 4000, treatmentValue: 42, comparisonValue: 44, difference: -2, lower: -10, upper: 6, pValue: 0.6 }),
      jdlRow(4, {
        analysis: 'Main analysis',
        measure: 'frequency',
        treatmentN: 200,
        comparisonN: 10000,
        treatmentValue: 1.9,
        comparisonValue: 1.6,
        difference: 0.3,
        lower: 0.05,
        upper: 0.55,
        pValue: 0.01,
      }),
    ]),
    jdlEvaluation('beta', 'Beta resettlement service', { from: '2017-01-01', to: '2019-12-31' }, 'Beta report', [
      jdlRow(2, { analysis: null, measure: 'rate', treatmentN: 120, comparisonN: 6000, treatmentValue: 30, comparisonValue: 35, difference: -5, lower: -12, upper: 2, pValue: null }),
    ]),
  ];
}

/**
 * The change in a scale's total score, worked by hand: 24 clients with a total at two reviews;
 * 14 improved = 58.3%, shown 58%; 6 maintained = 25%; 4 deteriorated = 16.7%, shown 17%
 * (14 + 6 + 4 = 24). Not protected here; `protect` in goldenCharts.ts gives the protected view.
 */
export function totalStatusFixture(): PublishedFigure[] {
  const scores = { provenance: 'illustrative', source: 'data/example/assessments.csv' } as const;
  const share = (metric: 'total-improved' | 'total-maintained' | 'total-deteriorated', count: number) => proportionFigure(figureOrigin(METRICS[metric], [], scores), count, 24);
  return [countFigure(figureOrigin(METRICS['total-paired'], [], scores), 24), share('total-improved', 14), share('total-maintained', 6), share('total-deteriorated', 4)];
}

/**
 * Proven re-offending, hand-made: 30 with an index event, 2 not yet eligible, 3 with none; adults 5
 * of 20 re-offended (25%), juveniles 4 of 8 (50%). The chart's description: highest for juveniles
 * (50%), lowest for adults (25%).
 */
export function provenFixture(): PublishedFigure[] {
  return provenFigures(
    {
      withIndex: 30,
      notYetEligible: 2,
      groups: {
        adults: { cohort: 20, reoffenders: 5, reoffences: 7, daysToFirst: [10, 20, 30, 40, 50] },
        juveniles: { cohort: 8, reoffenders: 4, reoffences: 6, daysToFirst: [5, 6, 7, 8] },
      },
    },
    3,
    { provenance: 'illustrative', source: 'data/example/offences.csv', derivation: { inputs: [], fallbacks: [] } },
  );
}
