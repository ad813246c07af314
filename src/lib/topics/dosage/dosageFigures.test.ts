import { describe, expect, test } from 'vitest';
import type { ClientRow, ContactRow } from '../../datasets/datasetRows.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { clientEngagement } from '../engagement/clientEngagement.ts';
import { engagementInputs } from '../engagement/engagementInputs.ts';
import { clientDosage } from './clientDosage.ts';
import { dosageFigures } from './dosageFigures.ts';
import type { SessionBand } from './sessionBands.ts';
import { clientRow } from '../../../../test/support/clientRow.ts';

const AS_OF = '2015-05-31';
const FILES = { clients: 'data/x/clients.csv', contacts: 'data/x/contacts.csv' };

const client = clientRow;

function contact(clientId: string, minutes: number | null): ContactRow {
  return { row: 0, clientId, date: '2014-03-01', minutes, type: null, location: null };
}

function figuresOf(clients: readonly ClientRow[], contacts?: readonly ContactRow[], threshold = 1, bands?: readonly SessionBand[]) {
  const engagements = clientEngagement(clients, AS_OF, contacts);
  const sources = { ...FILES, engaged: engagementInputs(clients, contacts, FILES).engaged };
  return dosageFigures(clientDosage('sessions', engagements, contacts, sources), clientDosage('hours', engagements, contacts, sources), {
    provenance: 'illustrative',
    threshold,
    ...(bands ? { bands } : {}),
  });
}

const value = (figures: readonly PublishedFigure[], id: string) => figures.find((figure) => figure.id === id)?.value;

// Five clients worked by hand:
//   A engaged, 2 sessions, 1.5 hours   B engaged, 8 sessions, 10 hours   C engaged, 30 sessions, 45 hours
//   D engaged, 6 sessions, 4 hours     E did not engage, 0 sessions, hours blank (→ none, by rule)
// Sessions sorted: 0 2 6 8 30 → total 46, median the 3rd = 6; lower quartile at 0.25 × 4 = 1 → 2,
// upper at 3 → 8. Hours sorted: 0 1.5 4 10 45 → total 60.5, median 4, quartiles 1.5 and 10.
// Bands: 0–5 holds E (0) and A (2) = 2; 6–20 holds D (6) and B (8) = 2; 21 and over holds C = 1.
const FIVE = [
  client('A', { engaged: true, sessions: 2, contactHours: 1.5 }),
  client('B', { engaged: true, sessions: 8, contactHours: 10 }),
  client('C', { engaged: true, sessions: 30, contactHours: 45 }),
  client('D', { engaged: true, sessions: 6, contactHours: 4 }),
  client('E', { engaged: false, sessions: 0, contactHours: null }),
];

describe('dosage figures from the clients file', () => {
  test('totals, medians, quartiles and bands, over every client, worked by hand', () => {
    const { figures, notMeasured, quartilesWithheld, sessionSpreadWithheld } = figuresOf(FIVE);
    expect(notMeasured).toEqual([]);
    expect(quartilesWithheld).toBe(false);
    expect(sessionSpreadWithheld).toBe(false);
    expect(value(figures, 'sessions-total')).toBe(46);
    expect(value(figures, 'sessions-median')).toBe(6);
    expect(value(figures, 'sessions-lower-quartile')).toBe(2);
    expect(value(figures, 'sessions-upper-quartile')).toBe(8);
    expect(value(figures, 'contact-hours-total')).toBe(60.5);
    expect(value(figures, 'contact-hours-median')).toBe(4);
    expect(value(figures, 'contact-hours-lower-quartile')).toBe(1.5);
    expect(value(figures, 'contact-hours-upper-quartile')).toBe(10);
    expect(value(figures, 'clients-by-sessions[sessions=0-5]')).toBe(2);
    expect(value(figures, 'clients-by-sessions[sessions=6-20]')).toBe(2);
    expect(value(figures, 'clients-by-sessions[sessions=21-and-over]')).toBe(1);
    // Every figure is over all five clients: the base the audit ties to the clients referred.
    for (const figure of figures.filter((candidate) => candidate.privacy.kind === 'measure')) expect(figure.denominator).toBe(5);
    // Sessions shown as a whole number; hours, a median and quartiles as numbers.
    expect(figures.find((figure) => figure.id === 'sessions-total')?.unit).toBe('count');
  });

  test('no smallest or largest value is published', () => {
    const { figures } = figuresOf(FIVE);
    // The most sessions are C's 30 and the most hours C's 45: one client's own figures. (The fewest, 0, is also a band's edge, so not checked by value.)
    expect(figures.map((figure) => figure.value)).not.toContain(30);
    expect(figures.map((figure) => figure.value)).not.toContain(45);
    expect(figures.some((figure) => /min|max|range/.test(figure.id))).toBe(false);
  });

  test('the derivation names the columns read, and the rule that read a non-engaged client’s blank hours as none', () => {
    const { figures } = figuresOf(FIVE);
    expect(figures.find((figure) => figure.id === 'sessions-median')?.derivation).toEqual({ inputs: [{ file: FILES.clients, column: 'sessions' }], fallbacks: [] });
    expect(figures.find((figure) => figure.id === 'contact-hours-total')?.derivation).toEqual({
      inputs: [
        { file: FILES.clients, column: 'contact_hours' },
        { file: FILES.clients, column: 'engaged' },
      ],
      fallbacks: [{ rule: 'none-if-not-engaged', where: 'blank-cells' }],
    });
  });

  test('the middle half needs four times the threshold in clients: with 5 clients and a threshold of 2 it is left out', () => {
    // 5 < 4 × 2 = 8.
    const { figures, quartilesWithheld, sessionSpreadWithheld } = figuresOf(FIVE, undefined, 2);
    expect(quartilesWithheld).toBe(true);
    expect(sessionSpreadWithheld).toBe(true);
    expect(figures.map((figure) => figure.metric)).not.toContain('sessions-lower-quartile');
    expect(figures.map((figure) => figure.metric)).not.toContain('contact-hours-upper-quartile');
    // The band of 21 or more holds only C (1 < 2): a median of sessions could fall between two bands' edges
    // and give it back, so none is published; the median of hours stays.
    expect(value(figures, 'sessions-median')).toBeUndefined();
    expect(value(figures, 'contact-hours-median')).toBe(4);
  });
});

describe('bands of sessions declared in the manifest', () => {
  // FIVE's sessions are E 0, A 2, D 6, B 8, C 30. Declared bands: none (0), 1 to 7, 8 and over.
  // none holds E = 1; 1 to 7 holds A and D = 2; 8 and over holds B and C = 2 (1 + 2 + 2 = 5).
  const DECLARED: SessionBand[] = [
    { id: 'none', label: 'No sessions', min: 0, max: 0 },
    { id: '1-7', label: '1 to 7 sessions', min: 1, max: 7 },
    { id: '8-and-over', label: '8 or more sessions', min: 8 },
  ];

  test('the clients are counted in the declared bands, and only those', () => {
    const { figures } = figuresOf(FIVE, undefined, 1, DECLARED);
    expect(value(figures, 'clients-by-sessions[sessions=none]')).toBe(1);
    expect(value(figures, 'clients-by-sessions[sessions=1-7]')).toBe(2);
    expect(value(figures, 'clients-by-sessions[sessions=8-and-over]')).toBe(2);
    expect(figures.filter((figure) => figure.metric === 'clients-by-sessions')).toHaveLength(3);
    expect(figures.find((figure) => figure.id === 'clients-by-sessions[sessions=1-7]')?.breakdowns).toEqual([{ dimension: 'sessions', value: '1-7', label: '1 to 7 sessions' }]);
  });

  test('the median of sessions is withheld by the declared bands: with a threshold of 2, the band "none" holds only E', () => {
    // With the default bands and a threshold of 2 it is the band of 21 and over (C alone) instead; here 21-and-over does not exist.
    const { sessionSpreadWithheld, figures } = figuresOf(FIVE, undefined, 2, DECLARED);
    expect(sessionSpreadWithheld).toBe(true);
    expect(value(figures, 'sessions-median')).toBeUndefined();
  });
});

describe('dosage not measured, never 0', () => {
  test('with no sessions or contact_hours column, nothing is computed and each figure says why', () => {
    const bare = FIVE.map((row) => ({ ...row, sessions: null, contactHours: null }));
    const { figures, notMeasured } = figuresOf(bare);
    expect(figures).toEqual([]);
    expect(notMeasured.map((record) => record.id)).toEqual([
      'sessions-total',
      'sessions-median',
      'sessions-lower-quartile',
      'sessions-upper-quartile',
      'clients-by-sessions',
      'contact-hours-total',
      'contact-hours-median',
      'contact-hours-lower-quartile',
      'contact-hours-upper-quartile',
    ]);
    expect(notMeasured[0]?.missing).toEqual([{ file: FILES.clients, column: 'sessions' }]);
    expect(notMeasured[5]?.missing).toEqual([{ file: FILES.clients, column: 'contact_hours' }]);
  });

  test('a blank cell of a client who engaged leaves the quantity not measured: a total would leave them out', () => {
    // B engaged but has no sessions recorded: sessions not measured; hours still are.
    const rows = FIVE.map((row) => (row.clientId === 'B' ? { ...row, sessions: null } : row));
    const { figures, notMeasured } = figuresOf(rows);
    expect(figures.map((figure) => figure.metric)).not.toContain('sessions-total');
    expect(figures.map((figure) => figure.metric)).not.toContain('clients-by-sessions');
    expect(notMeasured.map((record) => record.id)).toContain('sessions-median');
    expect(value(figures, 'contact-hours-total')).toBe(60.5);
  });

  test('a blank cell of a client whose engagement is unknown leaves it not measured too', () => {
    // No engaged column, no start dates and no contacts: E's blank hours cannot be read as none.
    const rows = FIVE.map((row) => ({ ...row, engaged: null }));
    const { notMeasured } = figuresOf(rows);
    expect(notMeasured.map((record) => record.id)).toContain('contact-hours-total');
  });
});

describe('dosage figures from contacts', () => {
  // A: two contacts of 60 and 30 minutes → 2 sessions, 1.5 hours; B: one of 90 → 1 session, 1.5 hours;
  // C: none → 0 sessions, 0 hours. Sessions 0 1 2: total 3, median 1. Hours 0 1.5 1.5: total 3, median 1.5.
  const clients = [client('A', { engaged: true }), client('B', { engaged: true }), client('C', { engaged: false })];
  test('sessions are contacts, hours their minutes / 60', () => {
    const { figures } = figuresOf(clients, [contact('A', 60), contact('A', 30), contact('B', 90)]);
    expect(value(figures, 'sessions-total')).toBe(3);
    // Two bands are empty (0 is under the threshold of 1, and disclosure control hides a 0): no median of sessions.
    expect(value(figures, 'sessions-median')).toBeUndefined();
    expect(value(figures, 'contact-hours-total')).toBe(3);
    expect(value(figures, 'contact-hours-median')).toBe(1.5);
    expect(figures.find((figure) => figure.id === 'sessions-total')?.source).toBe(FILES.contacts);
  });

  test('a contact with no minutes leaves hours not measured (it would count as none), and no minutes at all too', () => {
    const someBlank = figuresOf(clients, [contact('A', 60), contact('A', null), contact('B', 90)]);
    expect(someBlank.figures.map((figure) => figure.metric)).not.toContain('contact-hours-total');
    expect(someBlank.notMeasured.find((record) => record.id === 'contact-hours-total')?.missing).toEqual([{ file: FILES.contacts, column: 'minutes' }]);
    expect(value(someBlank.figures, 'sessions-total')).toBe(3);
    const noMinutes = figuresOf(clients, [contact('A', null), contact('B', null)]);
    expect(noMinutes.notMeasured.map((record) => record.id)).toContain('contact-hours-median');
  });
});
