import { describe, expect, test } from 'vitest';
import { applyDisclosureControl } from '../../src/lib/disclosure/applyDisclosureControl.ts';
import { formatFigure } from '../../src/lib/figures/formatFigure.ts';
import { countFigure, type PublishedFigure } from '../../src/lib/figures/publishedFigure.ts';
import { dosageFigures } from '../../src/lib/topics/dosage/dosageFigures.ts';
import { disclosureRules, METRICS, TOPICS } from '../../src/lib/topics/index.ts';

const derivation = { inputs: [], fallbacks: [] };
const dosage = (values: number[]) => ({ values, derivation, source: 'x.csv' });
const referred = (count: number) =>
  countFigure(
    { id: 'referred', metric: 'referred', breakdowns: [], label: 'referred', definition: 'referred', provenance: 'illustrative', source: 'x.csv', derivation, privacy: METRICS.referred.privacy },
    count,
  );
const shown = (figures: readonly PublishedFigure[]) => Object.fromEntries(figures.map((figure) => [figure.id, formatFigure(figure).value]));

/**
 * 24 clients, threshold 5. Sessions: 0 1 2 3 4 5 (six with 5 or fewer), 6 6 6 (three with 6 to 20),
 * and fifteen with 25. The band of 3 is "fewer than 5" and a second band is hidden beside it.
 * The lower quartile, at position 0.25 × 23 = 5.75, is 5 + 0.75 × (6 − 5) = 5.75: sessions are whole
 * numbers, so a value strictly between 5 and 6 says the 6th client (from 0: the 5th) had 5 or fewer
 * and the 7th 6 or more: exactly 6 are in "5 or fewer", and 24 − 6 − 15 = 3 gives the hidden band back.
 * A median or quartile of sessions can sit between two bands' edges whenever a band is protected, so
 * none is published then.
 */
describe('a median or quartile of sessions cannot give back a protected band', () => {
  const sessions = [0, 1, 2, 3, 4, 5, 6, 6, 6, ...Array.from({ length: 15 }, () => 25)];
  const hours = sessions.map((count) => count * 1.5);
  const computed = dosageFigures(dosage(sessions), dosage(hours), { provenance: 'illustrative', threshold: 5 });
  const { figures } = applyDisclosureControl([referred(24), ...computed.figures], { threshold: 5, rules: disclosureRules(TOPICS, []) });
  const view = shown(figures);

  test('the band of 3 is protected', () => {
    expect(view['clients-by-sessions[sessions=6-20]']).toBe('fewer than 5');
  });

  test('no median or quartile of sessions is published beside it (the lower quartile would be 5.75)', () => {
    for (const id of ['sessions-median', 'sessions-lower-quartile', 'sessions-upper-quartile']) expect(view[id]).toBeUndefined();
    expect(Object.values(view)).not.toContain('5.8');
    // The total reads no band's edge: still published (0+1+2+3+4+5 + 18 + 375 = 408).
    expect(view['sessions-total']).toBe('408');
  });

  test('hours have no bands: their median and quartiles stay', () => {
    // Hours sorted: 0 1.5 3 4.5 6 7.5 9 9 9 37.5 ×15 → median at 11.5 = 37.5, lower quartile 7.5 + 0.75 × 1.5 = 8.625.
    expect(view['contact-hours-median']).toBe('37.5');
    expect(view['contact-hours-lower-quartile']).toBe('8.6');
  });
});
