import { describe, expect, test } from 'vitest';
import type { ContactRow } from '../../datasets/datasetRows.ts';
import { applyDisclosureControl } from '../../disclosure/applyDisclosureControl.ts';
import { DEFAULT_DOMINANCE } from '../../disclosure/dominanceRule.ts';
import { disclosureRules, TOPICS } from '../index.ts';
import { dosageByMonth, monthLabel, monthsOf } from './dosageByMonth.ts';

let row = 0;
const contact = (clientId: string, date: string, minutes: number | null = 60): ContactRow => ({ row: (row += 1), clientId, date, minutes, type: null, location: null });
const options = { period: { from: '2024-01-15', to: '2024-04-10' }, provenance: 'illustrative', source: 'data/x/contacts.csv', threshold: 3, dominance: DEFAULT_DOMINANCE } as const;

// Threshold 3, period 15 January to 10 April 2024: four months, January to April.
//   January:  A on the 10th (before the period: in no month), A on the 20th, B, C → 3 clients, 3 sessions, 3 hours
//   February: A ×2, B, C, D → 4 clients, 5 sessions; minutes 60, 60, 60, 60, 30 → 4.5 hours
//   March:    A, B, C → 3 clients, 3 sessions, 3 hours
//   April:    A on the 5th (the 20th is after the period) → 1 client, 1 session: hidden with its clients seen
// April alone, hidden, would be the total less the others: one more month, the one with the fewest
// clients seen (January and March have 3; January is the earlier), is left out.
function contacts(): ContactRow[] {
  return [
    contact('A', '2024-01-10'),
    contact('A', '2024-01-20'),
    contact('B', '2024-01-21'),
    contact('C', '2024-01-22'),
    contact('A', '2024-02-01'),
    contact('A', '2024-02-02'),
    contact('B', '2024-02-03'),
    contact('C', '2024-02-04'),
    contact('D', '2024-02-05', 30),
    contact('A', '2024-03-01'),
    contact('B', '2024-03-02'),
    contact('C', '2024-03-03'),
    contact('A', '2024-04-05'),
    contact('A', '2024-04-20'),
  ];
}

describe('dosage by month', () => {
  test('the months of a period, across a year end', () => {
    expect(monthsOf({ from: '2023-11-30', to: '2024-02-01' })).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthLabel('2024-02')).toBe('February 2024');
  });

  test('clients seen, sessions and hours per month, contacts outside the period in none', () => {
    const found = dosageByMonth(contacts(), options);
    const value = (id: string) => found.figures.find((figure) => figure.id === id)?.value;
    expect(['2024-01', '2024-02', '2024-03', '2024-04'].map((month) => value(`clients-seen-by-month[month=${month}]`))).toEqual([3, 4, 3, 1]);
    expect(value('sessions-by-month[month=2024-02]')).toBe(5);
    expect(value('contact-hours-by-month[month=2024-02]')).toBe(4.5);
    expect(value('sessions-by-month[month=2024-03]')).toBe(3);
    expect(value('sessions-by-month[month=2024-04]')).toBe(1);
    // January is held back: the partner of April.
    expect(found.heldBack).toEqual(['2024-01']);
    expect(value('sessions-by-month[month=2024-01]')).toBeUndefined();
    expect(value('contact-hours-by-month[month=2024-01]')).toBeUndefined();
    expect(found.figures.find((figure) => figure.id === 'sessions-by-month[month=2024-02]')?.derivation.inputs.map((input) => input.column)).toEqual(['client_id', 'date']);
  });

  test('a month with too few clients seen has its sessions and hours hidden with them', () => {
    const found = dosageByMonth(contacts(), options);
    const figures = applyDisclosureControl(found.figures, { threshold: 3, rules: disclosureRules(TOPICS, []) }).figures;
    const treatment = (id: string) => figures.find((figure) => figure.id === id)?.disclosure?.treatment ?? 'shown';
    expect(treatment('clients-seen-by-month[month=2024-04]')).toBe('suppressed');
    expect(treatment('sessions-by-month[month=2024-04]')).toBe('withheld');
    expect(treatment('contact-hours-by-month[month=2024-04]')).toBe('withheld');
    expect(treatment('sessions-by-month[month=2024-03]')).toBe('shown');
  });

  test('a month whose hours one client dominates has its hours withheld, and one more month held back', () => {
    // Threshold 2, default rule (largest over 50%, two largest over 85%).
    //   January:  A 600 minutes, B 60, C 60 → A is 10 of 12 hours, over half: dominated.
    //   February: B, C, D, E, F 300 minutes each → 25 hours, the largest a fifth: not dominated.
    //   March:    A to F 60 minutes each → 6 hours, not dominated.
    // January with February: A 10, B 6, C 6, D 5, E 5, F 5 → 37 hours; the largest 27%, the two
    // largest 43%: not dominated, so February (5 clients seen, fewer than March's 6) is enough.
    const rows = [
      contact('A', '2024-01-20', 600),
      contact('B', '2024-01-21'),
      contact('C', '2024-01-22'),
      ...['B', 'C', 'D', 'E', 'F'].map((id) => contact(id, '2024-02-05', 300)),
      ...['A', 'B', 'C', 'D', 'E', 'F'].map((id) => contact(id, '2024-03-05')),
    ];
    const found = dosageByMonth(rows, { ...options, threshold: 2, period: { from: '2024-01-01', to: '2024-03-31' } });
    expect(found.heldBack).toEqual(['2024-02']);
    const figures = applyDisclosureControl(found.figures, { threshold: 2, rules: disclosureRules(TOPICS, []) }).figures;
    expect(figures.find((figure) => figure.id === 'contact-hours-by-month[month=2024-01]')?.disclosure?.treatment).toBe('withheld');
    // Sessions are not a magnitude one client's minutes dominate: January's stay shown.
    expect(figures.find((figure) => figure.id === 'sessions-by-month[month=2024-01]')?.disclosure).toBeNull();
    expect(figures.find((figure) => figure.id === 'contact-hours-by-month[month=2024-03]')?.disclosure).toBeNull();
  });

  test('two clients seen: the (2, k) rule withholds the hours whatever the threshold', () => {
    // A period of February alone; A and B, 60 minutes each: the two largest are all of it. No other
    // month is left to hold back: the month is the total, whose own hours the rule weighs alike.
    const found = dosageByMonth([contact('A', '2024-02-01'), contact('B', '2024-02-02')], { ...options, threshold: 2, period: { from: '2024-02-01', to: '2024-02-29' } });
    expect(found.heldBack).toEqual([]);
    const figures = applyDisclosureControl(found.figures, { threshold: 2, rules: disclosureRules(TOPICS, []) }).figures;
    expect(figures.find((figure) => figure.id === 'contact-hours-by-month[month=2024-02]')?.disclosure?.treatment).toBe('withheld');
  });

  test('without minutes on every contact, hours by month are not measured', () => {
    const found = dosageByMonth([contact('A', '2024-02-01'), contact('B', '2024-02-02', null)], options);
    expect(found.figures.some((figure) => figure.metric === 'contact-hours-by-month')).toBe(false);
    expect(found.notMeasured.map((record) => record.id)).toEqual(['contact-hours-by-month']);
  });

  test('without a contacts dataset, nothing by month is measured', () => {
    const found = dosageByMonth(undefined, options);
    expect(found.figures).toEqual([]);
    expect(found.notMeasured.map((record) => record.id)).toEqual(['clients-seen-by-month', 'sessions-by-month', 'contact-hours-by-month']);
  });
});
