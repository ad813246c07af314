import { describe, expect, test } from 'vitest';
import { formatFigure, type PublishedFigure } from '../../src/lib/index.ts';
import { computedFigures } from '../support/computedFigures.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';
import { PROJECT_ROOT } from '../support/projectCopy.ts';

/**
 * Worked from data/manchester/clients.csv, not from evalsite: the 84 "Sessions attended" cells
 * sorted (a spreadsheet sort, checked with Python's statistics.quantiles(method='inclusive'),
 * which is the same type-7 rule as QUARTILE.INC) and the "Contact hours" cells the same way, the
 * 3 blank ones (the 3 clients with Engaged = No) read as none.
 *
 * Sessions: 84 values adding up to 1,670. Sorted, the 42nd and 43rd are both 12 → median 12.
 * Lower quartile at position 0.25 × 83 = 20.75 (from 0): the 21st value 5 and the 22nd 6 →
 * 5 + 0.75 × 1 = 5.75, shown 5.8. Upper quartile at 62.25: the 63rd and 64th are both 30 → 30.
 * Bands: 0 sessions ×3, 1 ×1, 2 ×4, 3 ×3, 4 ×5, 5 ×5 → 21 with 5 or fewer; 6 ×4, 7 ×5, 8 ×2,
 * 9 ×7, 11, 12 ×3, 13, 15, 17 ×2, 18 ×2, 20 → 29 with 6 to 20; 84 − 21 − 29 = 34 with 21 or
 * more (counted too: 21 ×3 … 69 ×2 = 34).
 * Hours: 84 values adding up to 2,039. The 42nd and 43rd are 15 and 18 → median 16.5. Lower
 * quartile: 21st 6.25, 22nd 7 → 6.25 + 0.75 × 0.75 = 6.8125, shown 6.8. Upper quartile: 63rd
 * 34.5, 64th 36 → 34.5 + 0.25 × 1.5 = 34.875, shown 34.9.
 * No value is under 5 people: the base is everyone referred (84), no band is under 5, so nothing
 * is protected.
 */
const EXPECTED = {
  'sessions-total': [1670, '1,670'],
  'sessions-median': [12, '12.0'],
  'sessions-lower-quartile': [5.75, '5.8'],
  'sessions-upper-quartile': [30, '30.0'],
  'contact-hours-total': [2039, '2,039.0'],
  'contact-hours-median': [16.5, '16.5'],
  'contact-hours-lower-quartile': [6.8125, '6.8'],
  'contact-hours-upper-quartile': [34.875, '34.9'],
  'clients-by-sessions[sessions=0-5]': [21, '21'],
  'clients-by-sessions[sessions=6-20]': [29, '29'],
  'clients-by-sessions[sessions=21-and-over]': [34, '34'],
} as const;

describe('Manchester publishes how much support people got', () => {
  const computed = computedFigures(PROJECT_ROOT, 'manchester');
  const manchester = exampleSiteData().site?.evaluations.find((evaluation) => evaluation.slug === 'manchester');

  test.each(Object.entries(EXPECTED))('%s is %s before disclosure control', (id, [value]) => {
    const figure = computed.find((candidate) => candidate.id === id);
    expect(figure?.value).toBeCloseTo(value, 9);
  });

  test.each(Object.entries(EXPECTED))('%s is published as %s', (id, [, text]) => {
    const figure = manchester?.figures.find((candidate) => candidate.id === id);
    expect(figure?.text.value).toBe(text);
  });

  test('every figure is over the 84 clients referred, and none is a single client’s smallest or largest', () => {
    for (const id of Object.keys(EXPECTED).filter((key) => !key.startsWith('clients-by'))) expect((computed.find((figure) => figure.id === id) as PublishedFigure).denominator).toBe(84);
    // The most sessions anyone had is 69 (two clients), the most hours 97.5 (found with awk over the columns): no figure has either value.
    expect(computed.filter((figure) => /^(sessions|contact-hours|clients-by)/.test(figure.metric)).map((figure) => figure.value)).not.toContain(69);
    expect(computed.map((figure) => figure.value)).not.toContain(97.5);
  });

  test('the hours record the rule that read the non-engaged clients’ blank hours as none', () => {
    const hours = computed.find((figure) => figure.id === 'contact-hours-total');
    expect(hours?.derivation.fallbacks).toEqual([{ rule: 'none-if-not-engaged', where: 'blank-cells' }]);
    expect(hours?.derivation.inputs.map((input) => input.column)).toEqual(['contact_hours', 'engaged']);
  });

  test('the findings page has the section, its table and the chart of bands', () => {
    const section = manchester?.sections.find((candidate) => candidate.id === 'how-much-support');
    expect(section?.title).toBe('How much support people got');
    expect(section?.cards).toEqual(['sessions-total', 'sessions-median', 'contact-hours-total', 'contact-hours-median']);
    expect(section?.charts).toEqual(['chart-clients-by-sessions', 'chart-reoffending-by-sessions']);
    expect(section?.tables[0]?.rows).toEqual([
      ['Sessions', '1,670', '12.0', '5.8 to 30.0'],
      ['Hours of contact', '2,039.0', '16.5', '6.8 to 34.9'],
    ]);
    // 84 clients are at least 4 × 5: the middle half is published, so no limitation says otherwise.
    expect(manchester?.limitations.some((line) => line.includes('middle half'))).toBe(false);
    const chart = manchester?.charts.find((candidate) => candidate.id === 'chart-clients-by-sessions');
    expect(chart?.table.rows).toEqual([
      ['5 or fewer sessions', '21'],
      ['6 to 20 sessions', '29'],
      ['21 or more sessions', '34'],
    ]);
    expect(chart?.notDrawn).toBeNull();
    expect(formatFigure(computed.find((figure) => figure.id === 'sessions-median') as PublishedFigure).inline).toBe('12.0 (n = 84)');
  });
});

/**
 * Worked from data/manchester/clients.csv and offences.csv with a few lines of Python written for
 * this test (csv and datetime only, not evalsite): for every client with a Start date, the band of
 * their "Sessions attended"; followed up when start + 12 calendar months ≤ 2015-05-31; re-offended
 * when a conviction (cautions are not counted) is dated on or after the start and before start +
 * 12 months.
 *   5 or fewer sessions: 5 followed up, 2 re-offended
 *   6 to 20 sessions:    6 followed up, 3 re-offended
 *   21 or more sessions: 20 followed up, 14 re-offended → 70%
 * Together 31 followed up and 19 re-offended: the re-offending section's 61% (19 of 31).
 * 2 and 3 are under 5, so those two shares are protected (shown as ranges of a base of 5 and 6);
 * 14 of 20 (6 did not) is shown. Two of the three bands cannot be drawn: the chart gives way to a
 * sentence and its table.
 */
describe('Manchester re-offending by band of sessions', () => {
  const computed = computedFigures(PROJECT_ROOT, 'manchester');
  const manchester = exampleSiteData().site?.evaluations.find((evaluation) => evaluation.slug === 'manchester');
  const HAND = [
    ['0-5', 5, 2],
    ['6-20', 6, 3],
    ['21-and-over', 20, 14],
  ] as const;

  test.each(HAND)('band %s: %i followed up for 12 months, %i re-offended, before disclosure control', (band, followedUp, reoffended) => {
    expect(computed.find((figure) => figure.id === `followed-up-12-months-by-sessions[sessions=${band}]`)?.value).toBe(followedUp);
    const share = computed.find((figure) => figure.id === `reoffended-within-12-months-by-sessions[sessions=${band}]`);
    expect([share?.numerator, share?.denominator]).toEqual([reoffended, followedUp]);
  });

  test('the bands add up to the whole 12-month figure', () => {
    const whole = computed.find((figure) => figure.id === 'reoffended-within-12-months');
    expect([whole?.numerator, whole?.denominator]).toEqual([19, 31]);
  });

  test('the small bands are protected, the large one published, and the chart gives way to its table with the design said', () => {
    const text = (id: string) => manchester?.figures.find((figure) => figure.id === id)?.text.inline;
    expect(text('reoffended-within-12-months-by-sessions[sessions=21-and-over]')).toBe('70% (14 of 20)');
    for (const band of ['0-5', '6-20']) {
      const figure = manchester?.figures.find((candidate) => candidate.id === `reoffended-within-12-months-by-sessions[sessions=${band}]`);
      expect(figure?.disclosure).not.toBeNull();
      expect(JSON.stringify(figure)).not.toMatch(/"(value|numerator)":\s*[23]\b/);
    }
    const chart = manchester?.charts.find((candidate) => candidate.id === 'chart-reoffending-by-sessions');
    expect(chart?.notDrawn).toMatch(/^Too few clients followed up for 12 months are in most of these bands/);
    expect(chart?.notDrawn).toContain('Maryland scale level 1');
    expect(chart?.notDrawn).toContain('does not show that the sessions caused it');
    expect(chart?.table.rows.map((row) => row.slice(0, 2))).toEqual([
      ['5 or fewer sessions', '5'],
      ['6 to 20 sessions', '6'],
      ['21 or more sessions', '20'],
    ]);
  });

  test('each share carries its evidence strength: after starting, one group, level 1', () => {
    const figure = manchester?.figures.find((candidate) => candidate.id === 'reoffended-within-12-months-by-sessions[sessions=21-and-over]');
    expect(figure?.evidence?.level).toBe(1);
    expect(figure?.evidence?.design).toBe('after-only');
  });
});

/**
 * Lee, the illustrative consented case study (client CLI0004 in data/manchester/clients.csv): 9
 * sessions, 9.00 contact hours, start 25/12/2013, end 16/03/2014. Whole months: 25 Jan and 25 Feb
 * are passed, 25 Mar is after 16 Mar → 2.
 */
describe('Manchester: a consented case study’s own dosage beside the story', () => {
  const manchester = exampleSiteData().site?.evaluations.find((evaluation) => evaluation.slug === 'manchester');
  test('Lee’s story carries their sessions, hours and months engaged, unprotected by consent', () => {
    const journey = manchester?.journeys.find((candidate) => candidate.id === 'lee-case-study');
    expect(journey?.caseFigures).toEqual(expect.arrayContaining(['case-sessions[case=lee]', 'case-contact-hours[case=lee]', 'case-months-engaged[case=lee]']));
    const text = (id: string) => manchester?.figures.find((figure) => figure.id === id)?.text.value;
    expect([text('case-sessions[case=lee]'), text('case-contact-hours[case=lee]'), text('case-months-engaged[case=lee]')]).toEqual(['9', '9.0', '2']);
  });
});

/**
 * Worked from data/manchester/assessments.csv and clients.csv with a few lines of Python written for
 * this test: in every one of the 8 domains, the 51 clients scored at two reviews or more have 6 to
 * 20 sessions (17) or 21 or more (34), and none has 5 or fewer. So no domain can be split by the
 * default bands without an empty band: each domain's split is withheld, and a limitation says why.
 */
describe('Manchester improvement by band of sessions', () => {
  const manchester = exampleSiteData().site?.evaluations.find((evaluation) => evaluation.slug === 'manchester');
  test('is withheld in all 8 domains, because nobody with 5 or fewer sessions was reviewed, and the limitations say so', () => {
    expect(manchester?.notMeasured.some((record) => record.metric === 'improved-by-sessions')).toBe(false);
    const line = manchester?.limitations.find((candidate) => candidate.startsWith('Improvement by band of sessions is not published'));
    expect(line).toMatch(/^Improvement by band of sessions is not published for 8 domains \(Accommodation, .*Motivation\): in each, a band of sessions has nobody reviewed/);
    expect(manchester?.figures.some((figure) => figure.id.startsWith('improved-by-sessions') || figure.id.startsWith('reviewed-by-sessions'))).toBe(false);
  });
});
