import { describe, expect, test } from 'vitest';
import { countFigure, measureFigure, proportionFigure, type Breakdown, type PublishedFigure } from '../../figures/publishedFigure.ts';
import type { Disclosure } from '../../figures/disclosure.ts';
import { chartMessage } from './chartMessage.ts';

// Test figures: only the metric, breakdowns and values matter to a message.
function origin(metric: string, breakdowns: Breakdown[] = []) {
  return {
    id: breakdowns.length ? `${metric}[${breakdowns.map((part) => `${part.dimension}=${part.value}`).join(',')}]` : metric,
    metric,
    breakdowns,
    label: metric,
    definition: metric,
    provenance: 'illustrative' as const,
    source: 'data/x/outcomes.csv',
    derivation: { inputs: [], fallbacks: [] },
    privacy: { kind: 'count' as const },
  };
}
const by = (dimension: string, label: string): Breakdown[] => [{ dimension, value: label.toLowerCase().replace(/\W+/g, '-'), label }];
const share = (metric: string, breakdowns: Breakdown[], numerator: number, denominator: number) => proportionFigure(origin(metric, breakdowns), numerator, denominator);
const BOUNDED: Disclosure = { treatment: 'bounded', shown: 'under 27%', phrase: 'under 27%', reason: 'small', baseShown: true };
const protect = (figure: PublishedFigure): PublishedFigure => ({ ...figure, disclosure: BOUNDED });

describe('outcome status: which domains clients improved on most and least often', () => {
  const improved = (label: string, numerator: number, denominator: number) => share('improved', by('domain', label), numerator, denominator);

  test('names the highest and lowest shown share, each domain as a sentence reads it', () => {
    // 12 of 20 = 60%, 5 of 20 = 25%, 8 of 20 = 40%.
    const figures = [improved('Accommodation', 12, 20), improved('Health', 5, 20), improved('Money', 8, 20)];
    expect(chartMessage('outcome-status', { figures, options: {} })).toBe('Clients improved most often on accommodation (60%), least often on health (25%)');
  });

  test('names every domain that ties, so the sentence never picks one', () => {
    // 11 of 20 = 55% twice, 6 of 20 = 30%.
    const figures = [improved('Housing', 11, 20), improved('Money', 11, 20), improved('Health', 6, 20)];
    expect(chartMessage('outcome-status', { figures, options: {} })).toBe('Clients improved most often on housing and money (55%), least often on health (30%)');
  });

  test('shares that read the same on the page are a tie, whatever their unrounded values', () => {
    // 8 of 15 = 53.3% and 9 of 17 = 52.9% both read 53%; 3 of 10 = 30%.
    const figures = [improved('Housing', 8, 15), improved('Money', 9, 17), improved('Health', 3, 10)];
    expect(chartMessage('outcome-status', { figures, options: {} })).toBe('Clients improved most often on housing and money (53%), least often on health (30%)');
  });

  test('an abbreviation keeps its capitals', () => {
    // 9 of 10 = 90%, 1 of 10 = 10%.
    expect(chartMessage('outcome-status', { figures: [improved('ETE', 9, 10), improved('Health', 1, 10)], options: {} })).toBe('Clients improved most often on ETE (90%), least often on health (10%)');
  });

  test('no superlative when a domain is protected: its hidden share could be the highest or the lowest', () => {
    // Health's true 5% would be the lowest; it is published only as "under 27%", so nothing is said.
    const figures = [improved('Accommodation', 12, 20), protect(improved('Health', 1, 20)), improved('Money', 8, 20)];
    expect(chartMessage('outcome-status', { figures, options: {} })).toBeNull();
  });

  test('no superlative when a share is published only as a range ("over", "under", "about")', () => {
    const figures = [improved('Accommodation', 12, 20), { ...improved('Health', 5, 20), bound: 'over' as const }];
    expect(chartMessage('outcome-status', { figures, options: {} })).toBeNull();
  });

  test('no message when every domain is the same, for one domain, or for a chart by domain and group', () => {
    expect(chartMessage('outcome-status', { figures: [improved('Housing', 5, 10), improved('Money', 10, 20)], options: {} })).toBeNull();
    expect(chartMessage('outcome-status', { figures: [improved('Housing', 5, 10)], options: {} })).toBeNull();
    expect(chartMessage('outcome-status', { figures: [improved('Housing', 9, 10), improved('Money', 1, 10)], options: { group: 'service' } })).toBeNull();
  });
});

describe('who the clients were', () => {
  test('names the largest group with its share, a plain word in lower case', () => {
    // 46 of 85 = 54.1% → 54% (over half: "most"); 39 of 85 = 45.9% → 46%.
    const figures = [share('cohort-share', by('service', 'Men'), 39, 85), share('cohort-share', by('service', 'Women'), 46, 85)];
    expect(chartMessage('cohort', { figures, options: { dimension: 'service' } })).toBe('Most clients were women (54%)');
    // 4 of 10 = 40%, 3 of 10 = 30% twice: the largest group, not most.
    const three = [share('cohort-share', by('gender', 'Male'), 4, 10), share('cohort-share', by('gender', 'Female'), 3, 10), share('cohort-share', by('gender', 'Other'), 3, 10)];
    expect(chartMessage('cohort', { figures: three, options: { dimension: 'gender' } })).toBe('The largest group of clients was male (40%)');
  });

  test('a label that is not a plain word keeps its case and is quoted', () => {
    // 7 of 10 = 70%; 3 of 10 = 30%. 5 of 12 = 41.7% → 42%; 4 of 12 = 33%; 3 of 12 = 25%.
    const over = [share('cohort-share', by('ethnicity', 'White British'), 7, 10), share('cohort-share', by('ethnicity', 'BME'), 3, 10)];
    expect(chartMessage('cohort', { figures: over, options: { dimension: 'ethnicity' } })).toBe('Most clients were in the group “White British” (70%)');
    const under = [share('cohort-share', by('risk', 'BME'), 5, 12), share('cohort-share', by('risk', 'Low'), 4, 12), share('cohort-share', by('risk', 'High'), 3, 12)];
    expect(chartMessage('cohort', { figures: under, options: { dimension: 'risk' } })).toBe('The largest group of clients was “BME” (42%)');
  });

  test('groups that tie are named together, with the share each', () => {
    // 2 of 10 = 20%; 4 of 10 = 40% twice.
    const figures = [share('cohort-share', by('gender', 'Female'), 4, 10), share('cohort-share', by('gender', 'Male'), 4, 10), share('cohort-share', by('gender', 'Other'), 2, 10)];
    expect(chartMessage('cohort', { figures, options: { dimension: 'gender' } })).toBe('The largest groups of clients were female and male (40% each)');
  });

  test('"Not recorded" is never named as a group of clients', () => {
    // Manchester's "Risk to others": 55 of 84 blank (65%), then 15 (18%), 9 (11%), 5 (6%).
    const notRecorded: Breakdown[] = [{ dimension: 'risk', value: 'not-recorded', label: 'Not recorded' }];
    const risk = [
      share('cohort-share', notRecorded, 55, 84),
      share('cohort-share', by('risk', 'Low'), 15, 84),
      share('cohort-share', by('risk', 'Medium'), 9, 84),
      share('cohort-share', by('risk', 'High'), 5, 84),
    ];
    expect(chartMessage('cohort', { figures: risk, options: { dimension: 'risk' } })).toBeNull();
    // When fewer are blank (10 of 84 = 12%) the largest recorded group is named: 50 of 84 = 59.5% → 60%.
    const fewBlank = [share('cohort-share', notRecorded, 10, 84), share('cohort-share', by('risk', 'Low'), 50, 84), share('cohort-share', by('risk', 'High'), 24, 84)];
    expect(chartMessage('cohort', { figures: fewBlank, options: { dimension: 'risk' } })).toBe('Most clients were in the group “Low” (60%)');
    // A protected "Not recorded" might be the largest: nothing is said.
    const hidden = [protect(share('cohort-share', notRecorded, 2, 84)), share('cohort-share', by('risk', 'Low'), 50, 84), share('cohort-share', by('risk', 'High'), 32, 84)];
    expect(chartMessage('cohort', { figures: hidden, options: { dimension: 'risk' } })).toBeNull();
  });

  test('two groups sharing clients equally, or a protected group, leave the descriptive title', () => {
    expect(
      chartMessage('cohort', { figures: [share('cohort-share', by('gender', 'Female'), 5, 10), share('cohort-share', by('gender', 'Male'), 5, 10)], options: { dimension: 'gender' } }),
    ).toBeNull();
    const figures = [protect(share('cohort-share', by('gender', 'Female'), 3, 84)), share('cohort-share', by('gender', 'Male'), 81, 84)];
    expect(chartMessage('cohort', { figures, options: { dimension: 'gender' } })).toBeNull();
  });
});

describe('clients by sessions attended', () => {
  const band = (label: string, count: number) => countFigure(origin('clients-by-sessions', by('sessions', label)), count);

  test('names the largest band and says its number is of clients', () => {
    const figures = [band('5 or fewer sessions', 21), band('6 to 20 sessions', 29), band('21 or more sessions', 34)];
    expect(chartMessage('clients-by-sessions', { figures, options: {} })).toBe('The largest group of clients had 21 or more sessions (34 clients)');
  });

  test('bands that tie are named together; a suppressed band allows no superlative', () => {
    const tied = [band('5 or fewer sessions', 5), band('6 to 20 sessions', 7), band('21 or more sessions', 7)];
    expect(chartMessage('clients-by-sessions', { figures: tied, options: {} })).toBe('The largest groups of clients had 6 to 20 sessions and 21 or more sessions (7 clients each)');
    const suppressed = [{ ...band('5 or fewer sessions', 3), disclosure: { ...BOUNDED, treatment: 'suppressed' as const, shown: 'fewer than 5' } }, band('6 to 20 sessions', 7)];
    expect(chartMessage('clients-by-sessions', { figures: suppressed, options: {} })).toBeNull();
  });

  test('a band of clients with nothing recorded is never the largest group', () => {
    const unknown = countFigure(origin('clients-by-sessions', [{ dimension: 'sessions', value: 'not-recorded', label: 'Not recorded' }]), 40);
    expect(chartMessage('clients-by-sessions', { figures: [unknown, band('5 or fewer sessions', 21), band('6 to 20 sessions', 29)], options: {} })).toBeNull();
  });
});

describe('re-offending recorded by the service', () => {
  const within = (months: number, numerator: number, denominator: number) => share(`reoffended-within-${months}-months`, [], numerator, denominator);

  test('gives the longest window', () => {
    // 19 of 31 = 61.3% → 61%.
    const figures = [within(3, 14, 64), within(6, 24, 58), within(12, 19, 31)];
    expect(chartMessage('reoffending', { figures, options: {} })).toBe('61% of clients followed up for 12 months had an offence recorded by the service');
  });

  test('a protected longest window is never replaced by a shorter one', () => {
    const figures = [within(3, 14, 64), within(6, 24, 58), protect(within(12, 4, 8))];
    expect(chartMessage('reoffending', { figures, options: {} })).toBeNull();
  });
});

describe('offending before and after mentoring began', () => {
  const rate = (when: 'before' | 'after', value: number) => measureFigure(origin(`offences-per-year-${when}`), value, 50);

  test('says which way the rate went, as the chart shows it, and never why', () => {
    // 1.46 reads 1.5; 0.96 reads 1.0.
    expect(chartMessage('before-after', { figures: [rate('before', 1.46), rate('after', 0.96)], options: {} })).toBe('Recorded offences per client a year fell from 1.5 to 1.0 after mentoring began');
    expect(chartMessage('before-after', { figures: [rate('before', 0.5), rate('after', 0.8)], options: {} })).toBe('Recorded offences per client a year rose from 0.5 to 0.8 after mentoring began');
  });

  test('rates that read the same are the same', () => {
    // 1.46 and 1.54 both read 1.5.
    expect(chartMessage('before-after', { figures: [rate('before', 1.46), rate('after', 1.54)], options: {} })).toBe(
      'Recorded offences per client a year were the same before and after mentoring began (1.5)',
    );
  });

  test('a withheld rate leaves the descriptive title', () => {
    const withheld = { ...rate('after', 0.2), disclosure: { ...BOUNDED, treatment: 'withheld' as const, shown: 'not shown' } };
    expect(chartMessage('before-after', { figures: [rate('before', 1.5), withheld], options: {} })).toBeNull();
  });
});

describe('change in total score', () => {
  test('gives the share improved when published exactly, nothing when it is a range', () => {
    // 8 of 14 = 57.1% → 57%.
    expect(chartMessage('total-score-change', { figures: [share('total-improved', [], 8, 14)], options: {} })).toBe(
      '57% of clients improved their total score from their first to their latest review',
    );
    expect(chartMessage('total-score-change', { figures: [protect(share('total-improved', [], 12, 14))], options: {} })).toBeNull();
  });
});

test('a kind with no honest message keeps its descriptive title', () => {
  const figures = [
    share('reoffended-within-12-months-by-sessions', by('sessions', '21 or more sessions'), 14, 20),
    share('reoffended-within-12-months-by-sessions', by('sessions', '5 or fewer sessions'), 2, 20),
  ];
  expect(chartMessage('reoffending-by-sessions', { figures, options: {} })).toBeNull();
  expect(chartMessage('targets', { figures, options: {} })).toBeNull();
  expect(chartMessage('toString', { figures, options: {} })).toBeNull();
});
