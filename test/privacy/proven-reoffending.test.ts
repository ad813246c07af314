import { describe, expect, test } from 'vitest';
import { applyDisclosureControl } from '../../src/lib/disclosure/applyDisclosureControl.ts';
import { formatFigure } from '../../src/lib/figures/formatFigure.ts';
import type { PublishedFigure } from '../../src/lib/figures/publishedFigure.ts';
import { disclosureRules, TOPICS } from '../../src/lib/topics/index.ts';
import { servedSums } from '../../src/lib/topics/provenReoffending/index.ts';
import { provenFigures } from '../../src/lib/topics/provenReoffending/provenFigures.ts';
import type { ProvenReoffending } from '../../src/lib/topics/provenReoffending/provenReoffending.ts';
import { auditReaderView, pinnedSecrets } from '../support/readerView.ts';

// The proven measure's figures as the topic makes them, from counts worked out by hand.
const figuresOf = (result: ProvenReoffending, withoutIndex: number) => provenFigures(result, withoutIndex, { provenance: 'illustrative', source: 'x.csv', derivation: { inputs: [], fallbacks: [] } });
const shown = (figures: readonly PublishedFigure[]) => Object.fromEntries(figures.map((figure) => [figure.id, formatFigure(figure).value]));
const RULES = disclosureRules(TOPICS, []);

// 40 clients with an index event: 10 not yet eligible, 30 eligible = 27 adults + 3 juveniles.
// Adults: 12 re-offenders, 30 re-offences, first after 100, 120, … days (mean 150).
// Juveniles: 2 re-offenders of 3, 5 re-offences.
const RESULT: ProvenReoffending = {
  withIndex: 40,
  notYetEligible: 10,
  groups: {
    adults: { cohort: 27, reoffenders: 12, reoffences: 30, daysToFirst: [100, 120, 130, 140, 150, 150, 150, 160, 170, 180, 150, 200] },
    juveniles: { cohort: 3, reoffenders: 2, reoffences: 5, daysToFirst: [40, 60] },
  },
};

describe('disclosure control of the proven re-offending figures', () => {
  test('a juvenile cohort of 3 is hidden with everything over it, and 30 − 27 cannot give it back', () => {
    const { figures } = applyDisclosureControl(figuresOf(RESULT, 0), { threshold: 5, rules: RULES });
    const view = shown(figures);
    expect(view['proven-cohort-juveniles']).toBe('fewer than 5');
    // The rate, per re-offender, per 100 and mean days over 2 juvenile re-offenders are not published as computed.
    for (const id of ['proven-reoffending-rate-juveniles', 'proven-reoffences-per-reoffender-juveniles', 'proven-reoffences-per-100-juveniles', 'proven-days-to-first-reoffence-juveniles']) {
      expect(figures.find((figure) => figure.id === id)?.disclosure, id).not.toBeNull();
    }
    // Eligible (30) and the adult cohort (27) may not both be exact: 30 − 27 = 3.
    expect([view['proven-eligible'], view['proven-cohort-adults']].filter((text) => text === 'not shown').length).toBeGreaterThanOrEqual(1);
    expect(pinnedSecrets(auditReaderView(figures, 5, RULES), 5)).toEqual([]);
  });

  test('without the topic’s sums, the eligible less the adults would give the 3 juveniles back', () => {
    const without = disclosureRules(
      TOPICS.filter((topic) => topic.id !== 'proven-reoffending'),
      [],
    );
    const { figures } = applyDisclosureControl(figuresOf(RESULT, 0), { threshold: 5, rules: without });
    expect(shown(figures)['proven-eligible']).toBe('30');
    expect(shown(figures)['proven-cohort-adults']).toBe('27');
    expect(pinnedSecrets(auditReaderView(figures, 5, RULES), 5).map((exposure) => exposure.id)).toContain('proven-cohort-juveniles|');
  });

  test('an adult cohort hidden to protect a juvenile cohort of 0 takes the per-100 figure with it: with re-offences per re-offender and the re-offenders it would give the cohort back', () => {
    // 5 with no index event, none not yet eligible, 13 adults (7 re-offended, 10 re-offences), no juveniles.
    // 10 ÷ 7 = 1.4 per re-offender and 10 ÷ 13 × 100 = 76.9 per 100: were both shown beside the 7,
    // 7 × 1.4 ≈ 10 re-offences and 10 × 100 ÷ 76.9 = 13.0 would give back the hidden cohort, and with
    // the 13 clients with an index event, the hidden 0 juveniles and 0 not yet eligible.
    const adultsOnly: ProvenReoffending = {
      withIndex: 13,
      notYetEligible: 0,
      groups: { adults: { cohort: 13, reoffenders: 7, reoffences: 10, daysToFirst: [50, 50, 50, 50, 50, 50, 50] }, juveniles: { cohort: 0, reoffenders: 0, reoffences: 0, daysToFirst: [] } },
    };
    const { figures } = applyDisclosureControl(figuresOf(adultsOnly, 5), { threshold: 5, rules: RULES });
    const view = shown(figures);
    expect(view['proven-cohort-juveniles']).toBe('fewer than 5');
    if (view['proven-cohort-adults'] === 'not shown') {
      expect(view['proven-reoffences-per-100-adults']).toBe('not shown');
      expect(view['proven-reoffending-rate-adults']).toBe('not shown');
    }
    // Whatever is hidden, per 100 is never shown beside a hidden cohort or hidden re-offenders.
    expect(view['proven-reoffences-per-100-adults'] === 'not shown' || (view['proven-cohort-adults'] === '13' && view['proven-reoffenders-adults'] === '7')).toBe(true);
  });

  test('with 3 adult re-offenders, the per-100 figure is withheld with them: its size would give the number of re-offences', () => {
    // 47 with an index event = 10 not yet eligible + 27 adults + 10 juveniles (5 re-offended); 5 with none.
    // Adults: 3 re-offenders, 4 re-offences: 4 ÷ 27 × 100 = 14.8 per 100 would say 4 re-offences, so at least one re-offender.
    const few: ProvenReoffending = {
      withIndex: 47,
      notYetEligible: 10,
      groups: { adults: { cohort: 27, reoffenders: 3, reoffences: 4, daysToFirst: [10, 20, 30] }, juveniles: { cohort: 10, reoffenders: 5, reoffences: 8, daysToFirst: [1, 2, 3, 4, 5] } },
    };
    const { figures } = applyDisclosureControl(figuresOf(few, 5), { threshold: 5, rules: RULES });
    const view = shown(figures);
    expect(view['proven-reoffenders-adults']).toBe('fewer than 5');
    // The cohort, per 100's base, is shown: only the re-offenders withhold it.
    expect(view['proven-cohort-adults']).toBe('27');
    for (const id of ['proven-reoffences-per-reoffender-adults', 'proven-reoffences-per-100-adults', 'proven-days-to-first-reoffence-adults']) expect(view[id], id).toBe('not shown');
  });
});

describe('a service for adults only (reoffending.age_groups: [adults])', () => {
  // 35 clients: 5 with no index event; 30 with one = 23 eligible + 7 not yet eligible. All 23
  // eligible are adults (no juvenile could be: a juvenile is an error for this service).
  // 9 of the 23 re-offended, 12 re-offences: 9 ÷ 23 = 39.13% → 39%; 12 ÷ 9 = 1.33 → 1.3;
  // 12 ÷ 23 × 100 = 52.17 → 52.2; days to first 1 … 9, mean 45 ÷ 9 = 5.0.
  const ADULTS_ONLY: ProvenReoffending = {
    withIndex: 30,
    notYetEligible: 7,
    groups: { adults: { cohort: 23, reoffenders: 9, reoffences: 12, daysToFirst: [1, 2, 3, 4, 5, 6, 7, 8, 9] }, juveniles: { cohort: 0, reoffenders: 0, reoffences: 0, daysToFirst: [] } },
  };
  const context = { provenance: 'illustrative', source: 'x.csv', derivation: { inputs: [], fallbacks: [] } } as const;
  const adultRules = disclosureRules(TOPICS, [], { sums: servedSums(['adults']) });

  test('publishes its adult cohort and rate, and no juvenile figure at all', () => {
    const { figures } = applyDisclosureControl(provenFigures(ADULTS_ONLY, 5, context, ['adults']), { threshold: 5, rules: adultRules });
    const view = shown(figures);
    expect(view['proven-eligible']).toBe('23');
    expect(view['proven-cohort-adults']).toBe('23');
    expect(view['proven-reoffenders-adults']).toBe('9');
    expect(view['proven-reoffending-rate-adults']).toBe('39%');
    expect(view['proven-reoffences-per-reoffender-adults']).toBe('1.3');
    expect(view['proven-reoffences-per-100-adults']).toBe('52.2');
    expect(view['proven-days-to-first-reoffence-adults']).toBe('5.0');
    expect(Object.keys(view).filter((id) => id.endsWith('-juveniles'))).toEqual([]);
    expect(pinnedSecrets(auditReaderView(figures, 5, adultRules), 5)).toEqual([]);
  });

  test('the same people counted as both groups (the default): the juvenile cohort of 0 is "fewer than 5" and takes the adult cohort and rate with it', () => {
    // What every adult-only service got before age_groups: 23 − 0 = 23, so one of eligible and the adult cohort must hide.
    const { figures } = applyDisclosureControl(provenFigures(ADULTS_ONLY, 5, context), { threshold: 5, rules: RULES });
    const view = shown(figures);
    expect(view['proven-cohort-juveniles']).toBe('fewer than 5');
    expect(view['proven-reoffending-rate-adults']).toBe('not shown');
  });

  test('a small adult cohort: the eligible and the adults are one count, hidden together, and the audit pins nothing', () => {
    // 10 with an index event = 7 not yet eligible + 3 eligible adults (1 re-offended); 5 with none.
    const small: ProvenReoffending = {
      withIndex: 10,
      notYetEligible: 7,
      groups: { adults: { cohort: 3, reoffenders: 1, reoffences: 1, daysToFirst: [20] }, juveniles: { cohort: 0, reoffenders: 0, reoffences: 0, daysToFirst: [] } },
    };
    const { figures } = applyDisclosureControl(provenFigures(small, 5, context, ['adults']), { threshold: 5, rules: adultRules });
    const view = shown(figures);
    expect(view['proven-cohort-adults']).toBe('fewer than 5');
    // Shown, 3 would give the adults back: eligible = adults.
    expect(view['proven-eligible']).not.toBe('3');
    expect(pinnedSecrets(auditReaderView(figures, 5, adultRules), 5)).toEqual([]);
  });
});
