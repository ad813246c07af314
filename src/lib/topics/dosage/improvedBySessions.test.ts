import { describe, expect, test } from 'vitest';
import { auditReaderView, pinnedSecrets } from '../../../../test/support/readerView.ts';
import { applyDisclosureControl } from '../../disclosure/applyDisclosureControl.ts';
import { figureOrigin } from '../../figures/figureOrigin.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import { countFigure, proportionFigure } from '../../figures/publishedFigure.ts';
import { disclosureRules, METRICS, TOPICS } from '../index.ts';
import type { ClientStatus } from '../outcomeStatus/outcomeStatus.ts';
import { improvedBySessions } from './improvedBySessions.ts';
import { improvedBySessionsTable } from './improvedBySessionsTable.ts';
import { SESSION_BANDS, sessionBandOf, type SessionBand } from './sessionBands.ts';

const CONTEXT = { provenance: 'illustrative' as const, source: 'data/x/outcomes.csv' };
// Sessions: A 2, B 4 (5 or fewer); C 8, D 12 (6 to 20); E 30 (21 or more).
const SESSIONS: Record<string, number> = { A: 2, B: 4, C: 8, D: 12, E: 30 };
const bandOf = (bands: readonly SessionBand[]) => (clientId: string) => sessionBandOf(SESSIONS[clientId] ?? -1, bands);
const status = (clientId: string, domain: string, value: ClientStatus['status']): ClientStatus => ({ clientId, domain, status: value });

describe('improvement by band of sessions', () => {
  test('per domain and band: clients reviewed and the share improved, worked by hand', () => {
    // Housing: A improved, B maintained | C improved, D improved | E deteriorated
    //   → 5 or fewer 1 of 2; 6 to 20 2 of 2; 21 or more 0 of 1.
    // Health: A and B only (no one in 6 to 20 or 21 or more) → left out whole, named as empty.
    const statuses = [
      status('A', 'Housing', 'improved'),
      status('B', 'Housing', 'maintained'),
      status('C', 'Housing', 'improved'),
      status('D', 'Housing', 'improved'),
      status('E', 'Housing', 'deteriorated'),
      status('A', 'Health', 'improved'),
      status('B', 'Health', 'improved'),
    ];
    const { figures, emptyDomains } = improvedBySessions(statuses, bandOf(SESSION_BANDS), { bands: SESSION_BANDS, context: CONTEXT });
    expect(emptyDomains).toEqual(['Health']);
    expect(figures.map((figure) => [figure.id, figure.numerator, figure.denominator])).toEqual([
      ['reviewed-by-sessions[domain=housing,sessions=0-5]', 2, null],
      ['improved-by-sessions[domain=housing,sessions=0-5]', 1, 2],
      ['reviewed-by-sessions[domain=housing,sessions=6-20]', 2, null],
      ['improved-by-sessions[domain=housing,sessions=6-20]', 2, 2],
      ['reviewed-by-sessions[domain=housing,sessions=21-and-over]', 1, null],
      ['improved-by-sessions[domain=housing,sessions=21-and-over]', 0, 1],
    ]);
    expect(figures[1]?.label).toBe('Improved — Housing, 5 or fewer sessions');
    // The section's table, one row per domain and band, figures as the formatter writes them.
    expect(improvedBySessionsTable(figures)?.rows).toEqual([
      ['Housing', '5 or fewer sessions', '2', '50% (1 of 2, small base)'],
      ['Housing', '6 to 20 sessions', '2', '100% (2 of 2, small base)'],
      ['Housing', '21 or more sessions', '1', '0% (0 of 1, small base)'],
    ]);
    expect(improvedBySessionsTable([])).toBeUndefined();
  });

  test('with wider bands the domain that had an empty band is published', () => {
    const bands = [
      { id: '0-5', label: '5 or fewer', min: 0, max: 5 },
      { id: '6-and-over', label: '6 or more', min: 6 },
    ];
    // Health with A and B only still leaves 6 or more empty; add C maintained → 5 or fewer 2 of 2, 6 or more 0 of 1.
    const { figures, emptyDomains } = improvedBySessions([status('A', 'Health', 'improved'), status('B', 'Health', 'improved'), status('C', 'Health', 'maintained')], bandOf(bands), {
      bands,
      context: CONTEXT,
    });
    expect(emptyDomains).toEqual([]);
    expect(figures.filter((figure) => figure.unit === 'percent').map((figure) => [figure.numerator, figure.denominator])).toEqual([
      [2, 2],
      [0, 1],
    ]);
  });
});

describe('disclosure control of improvement by band', () => {
  const domain = { dimension: 'domain', value: 'housing', label: 'Housing' };
  const part = (band: string) => [domain, { dimension: 'sessions', value: band, label: band }];
  // Housing: 30 reviewed, 15 improved (shown 50% (15 of 30)). Band a: 3 of 10 improved (3 is under 5). Band b: 12 of 20.
  // Whole less band b gives back band a: 15 − 12 = 3 of 30 − 20 = 10.
  const figures = [
    countFigure(figureOrigin(METRICS.reviewed, [domain], CONTEXT), 30),
    proportionFigure(figureOrigin(METRICS.improved, [domain], CONTEXT), 15, 30),
    countFigure(figureOrigin(METRICS['reviewed-by-sessions'], part('a'), CONTEXT), 10),
    proportionFigure(figureOrigin(METRICS['improved-by-sessions'], part('a'), CONTEXT), 3, 10),
    countFigure(figureOrigin(METRICS['reviewed-by-sessions'], part('b'), CONTEXT), 20),
    proportionFigure(figureOrigin(METRICS['improved-by-sessions'], part('b'), CONTEXT), 12, 20),
  ];
  const rules = disclosureRules(TOPICS, []);

  test('the bands are known to add up to the domain, so the small band cannot be subtracted back', () => {
    const { figures: treated, report } = applyDisclosureControl(figures, { threshold: 5, rules });
    expect(report.exposed).toEqual([]);
    const shown = Object.fromEntries(treated.map((figure) => [figure.id, formatFigure(figure).inline]));
    expect(shown['improved-by-sessions[domain=housing,sessions=a]']).not.toBe('30% (3 of 10)');
    expect(pinnedSecrets(auditReaderView(treated, 5, rules), 5)).toEqual([]);
  });

  test('without the sums the independent audit finds the band pinned (so the test above can fail)', () => {
    const withoutSums = { ...rules, sums: rules.sums.filter((sum) => !('part' in sum) || !['reviewed-by-sessions', 'improved-by-sessions'].includes(sum.part)) };
    const { figures: treated } = applyDisclosureControl(figures, { threshold: 5, rules: withoutSums });
    expect(pinnedSecrets(auditReaderView(treated, 5, rules), 5).map((exposure) => exposure.id)).toContain('improved-by-sessions|domain=housing,sessions=a');
  });
});
