import { describe, expect, test } from 'vitest';
import { costingCaveat } from './costingCaveat.ts';

describe('costingCaveat', () => {
  // 1 arson and 12 frauds have no unit cost. "Arson (1)" would say one person committed one.
  const notes = {
    uncostedTypes: [
      { offenceType: 'Arson', count: 1 },
      { offenceType: 'Fraud', count: 12 },
    ],
    priceYears: ['2016'],
    unitCostSource: 'the Home Office unit costs',
  };

  test('a count of offences left out under the threshold reads "fewer than N"', () => {
    expect(costingCaveat(notes, 'real', 5).paragraphs[1]).toBe('Offences of these types have no unit cost and are left out of the costs, not counted as free: Arson (fewer than 5), Fraud (12).');
  });
});
