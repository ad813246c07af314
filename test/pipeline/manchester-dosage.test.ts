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
    expect(section?.charts).toEqual(['chart-clients-by-sessions']);
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
