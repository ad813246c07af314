import { describe, expect, test } from 'vitest';
import { auditReaderView, pinnedSecrets } from '../../../../test/support/readerView.ts';
import { applyDisclosureControl } from '../../disclosure/applyDisclosureControl.ts';
import { figureOrigin } from '../../figures/figureOrigin.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import { countFigure, proportionFigure, type PublishedFigure } from '../../figures/publishedFigure.ts';
import { disclosureRules, METRICS, TOPICS } from '../index.ts';
import type { TimedOffence } from '../reoffending/offenceTimeline.ts';
import { DOSAGE_METRICS, SESSIONS_DIMENSION } from './metrics.ts';
import { reoffendingBySessions, type ClientSessions } from './reoffendingBySessions.ts';
import { SESSION_BANDS } from './sessionBands.ts';

const CONTEXT = { provenance: 'illustrative' as const, source: 'data/x/offences.csv' };
const AS_OF = '2015-05-31';
const offence = (clientId: string, day: number): TimedOffence => ({ clientId, day, offenceType: 'Theft', gravity: null, kind: null });
const value = (figures: readonly PublishedFigure[], id: string) => figures.find((figure) => figure.id === id);

// Seven clients, as-of 2015-05-31, the default bands (0–5, 6–20, 21 and over), worked by hand:
//   A start 2014-01-01, 3 sessions: window to 2015-01-01 (passed), offence on day 100 → followed up, re-offended
//   B start 2014-02-01, 5 sessions: window passed, no offence → followed up, not re-offended
//   C start 2014-03-01, 10 sessions: window passed, offence on day −30 (before starting) → followed up, not re-offended
//   D start 2014-03-15, 6 sessions: window 2014-03-15 to 2015-03-15 is 365 days; offence on day 365 is the
//     window's end, outside it (windows are half-open) → followed up, not re-offended
//   E start 2014-09-01, 25 sessions: window ends 2015-09-01, after the as-of date → not followed up
//   F no start, 0 sessions: never started → in no band's base
//   G start 2014-05-31, 21 sessions: window ends 2015-05-31, the as-of date itself → followed up; offence on day 10 → re-offended
// So 5 or fewer: A, B followed up, A re-offended → 1 of 2 = 50%. 6 to 20: C, D, none → 0 of 2 = 0%.
// 21 and over: G → 1 of 1 = 100%. All together 5 followed up, 2 re-offended: the whole's 12-month figure.
const SEVEN: ClientSessions[] = [
  { clientId: 'A', start: '2014-01-01', sessions: 3 },
  { clientId: 'B', start: '2014-02-01', sessions: 5 },
  { clientId: 'C', start: '2014-03-01', sessions: 10 },
  { clientId: 'D', start: '2014-03-15', sessions: 6 },
  { clientId: 'E', start: '2014-09-01', sessions: 25 },
  { clientId: 'F', start: null, sessions: 0 },
  { clientId: 'G', start: '2014-05-31', sessions: 21 },
];
const OFFENCES = [offence('A', 100), offence('C', -30), offence('D', 365), offence('G', 10)];

describe('re-offending within 12 months by band of sessions', () => {
  test('each band counts its clients followed up for 12 months and the share who re-offended, worked by hand', () => {
    const { figures, emptyBand } = reoffendingBySessions(SEVEN, OFFENCES, { asOf: AS_OF, bands: SESSION_BANDS, context: CONTEXT });
    expect(emptyBand).toBe(false);
    expect(figures.map((figure) => [figure.id, figure.numerator, figure.denominator])).toEqual([
      ['followed-up-12-months-by-sessions[sessions=0-5]', 2, null],
      ['reoffended-within-12-months-by-sessions[sessions=0-5]', 1, 2],
      ['followed-up-12-months-by-sessions[sessions=6-20]', 2, null],
      ['reoffended-within-12-months-by-sessions[sessions=6-20]', 0, 2],
      ['followed-up-12-months-by-sessions[sessions=21-and-over]', 1, null],
      ['reoffended-within-12-months-by-sessions[sessions=21-and-over]', 1, 1],
    ]);
    expect(formatFigure(value(figures, 'reoffended-within-12-months-by-sessions[sessions=0-5]') as PublishedFigure).inline).toBe('50% (1 of 2, small base)');
    expect(value(figures, 'reoffended-within-12-months-by-sessions[sessions=21-and-over]')?.label).toBe('Re-offended within 12 months — 21 or more sessions');
  });

  test('a band with nobody followed up publishes no band at all: a missing row would say it holds none', () => {
    // Without G, only E (not followed up) is in 21 and over.
    const bands = [
      { id: '0-20', label: '20 or fewer', min: 0, max: 20 },
      { id: '21-and-over', label: '21 or more', min: 21 },
    ];
    const withoutG = SEVEN.filter((client) => client.clientId !== 'G');
    expect(reoffendingBySessions(withoutG, OFFENCES, { asOf: AS_OF, bands, context: CONTEXT })).toEqual({ figures: [], emptyBand: true });
    // With G back, 21 and over holds G (followed up); 0–20 holds A, B, C, D: 4 followed up, A re-offended → 1 of 4.
    const { figures } = reoffendingBySessions(SEVEN, OFFENCES, { asOf: AS_OF, bands, context: CONTEXT });
    expect([value(figures, 'reoffended-within-12-months-by-sessions[sessions=0-20]')?.numerator, value(figures, 'reoffended-within-12-months-by-sessions[sessions=0-20]')?.denominator]).toEqual([
      1, 4,
    ]);
  });

  test('the split is an outcome measured after starting only: evidence level 1 (after-only design)', () => {
    expect(DOSAGE_METRICS['reoffended-within-12-months-by-sessions'].outcome).toBe(true);
    expect(DOSAGE_METRICS['reoffended-within-12-months-by-sessions'].design).toBe('after-only');
  });
});

describe('disclosure control of the split', () => {
  const share = (id: keyof typeof METRICS, band: string | null, numerator: number, denominator: number) =>
    proportionFigure(figureOrigin(METRICS[id], band === null ? [] : [{ dimension: SESSIONS_DIMENSION, value: band, label: band }], CONTEXT), numerator, denominator);
  const base = (band: string, count: number) => countFigure(figureOrigin(METRICS['followed-up-12-months-by-sessions'], [{ dimension: SESSIONS_DIMENSION, value: band, label: band }], CONTEXT), count);
  // All clients followed up: 12 of 22 re-offended. Band a: 2 of 6 (2 is under 5: protected). Band b: 10 of 16.
  // A reader with the whole and band b subtracts: 12 − 10 = 2 re-offended in band a, 22 − 16 = 6 followed up.
  const figures = [
    share('reoffended-within-12-months', null, 12, 22),
    base('a', 6),
    share('reoffended-within-12-months-by-sessions', 'a', 2, 6),
    base('b', 16),
    share('reoffended-within-12-months-by-sessions', 'b', 10, 16),
  ];
  const rules = disclosureRules(TOPICS, []);

  test('the bands are known to add up to the whole, so the protected band cannot be subtracted back', () => {
    const { figures: treated, report } = applyDisclosureControl(figures, { threshold: 5, rules });
    expect(report.exposed).toEqual([]);
    const shown = Object.fromEntries(treated.map((figure) => [figure.id, formatFigure(figure).inline]));
    expect(shown['reoffended-within-12-months-by-sessions[sessions=a]']).not.toBe('33% (2 of 6)');
    // The whole and band b cannot both stay exact beside each other.
    expect([shown['reoffended-within-12-months'], shown['reoffended-within-12-months-by-sessions[sessions=b]']]).not.toEqual(['55% (12 of 22)', '63% (10 of 16)']);
    expect(pinnedSecrets(auditReaderView(treated, 5, rules), 5)).toEqual([]);
  });

  test('without the dosage topic’s sums the independent audit finds the band pinned (so the test above can fail)', () => {
    const withoutSums = { ...rules, sums: rules.sums.filter((sum) => !('part' in sum) || !sum.part.endsWith('-by-sessions') || sum.part === 'clients-by-sessions') };
    const { figures: treated } = applyDisclosureControl(figures, { threshold: 5, rules: withoutSums });
    const pinned = pinnedSecrets(auditReaderView(treated, 5, rules), 5).map((exposure) => exposure.id);
    expect(pinned).toContain('reoffended-within-12-months-by-sessions|sessions=a');
  });
});
