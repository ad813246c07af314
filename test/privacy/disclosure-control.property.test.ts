import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatFigure } from '../../src/lib/index.ts';
import { auditCells } from '../../src/lib/disclosure/auditCells.ts';
import { disclosureRules, TOPICS } from '../../src/lib/topics/index.ts';
import { applyDisclosureControl } from '../../src/lib/disclosure/applyDisclosureControl.ts';
import { outcomeStatusFigures } from '../../src/lib/topics/outcomeStatus/outcomeStatusFigures.ts';
import { auditReaderView, pinnedSecrets } from '../support/readerView.ts';

const counts = fc.record({ improved: fc.integer({ min: 0, max: 25 }), maintained: fc.integer({ min: 0, max: 25 }), deteriorated: fc.integer({ min: 0, max: 25 }) });

/** Random outcome tables: 1–4 domains, each split into 2–3 services, and a random threshold. */
const tables = fc.record({
  threshold: fc.integer({ min: 3, max: 10 }),
  domains: fc.array(fc.array(counts, { minLength: 2, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
});

interface Counts {
  improved: number;
  maintained: number;
  deteriorated: number;
}

function figuresOf({ domains }: { domains: Counts[][] }) {
  const statuses = domains.map((services, index) => {
    const groups = services.map((service, position) => ({
      dimension: 'service',
      value: `s${position}`,
      label: `S${position}`,
      counts: { ...service, total: service.improved + service.maintained + service.deteriorated },
    }));
    const sum = (key: 'improved' | 'maintained' | 'deteriorated') => services.reduce((total, service) => total + service[key], 0);
    const all = { improved: sum('improved'), maintained: sum('maintained'), deteriorated: sum('deteriorated'), total: sum('improved') + sum('maintained') + sum('deteriorated') };
    return { domain: `D${index}`, all, groups };
  });
  return outcomeStatusFigures(statuses, { provenance: 'illustrative', source: 'x.csv', basis: '' });
}

/** The real topics' rules; services are a client attribute, so they partition each domain. */
const RULES = disclosureRules(TOPICS, ['service']);

describe('disclosure control on random tables (fast-check)', () => {
  test('after control, no hidden count can be pinned from what the pages show, and no small count is shown', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const { figures, report } = applyDisclosureControl(figuresOf(table), { threshold: table.threshold, rules: RULES, audit: auditCells });
        expect(report.exposed).toEqual([]);
        expect(pinnedSecrets(auditReaderView(figures, table.threshold, RULES), table.threshold)).toEqual([]);
        for (const figure of figures) {
          const shown = formatFigure(figure);
          if (figure.unit === 'count' && figure.disclosure === null) expect(figure.value).toBeGreaterThanOrEqual(table.threshold);
          if (figure.unit === 'percent' && figure.disclosure === null && figure.numerator !== null && figure.denominator !== null) {
            expect(figure.numerator).toBeGreaterThanOrEqual(table.threshold);
            expect(figure.denominator - figure.numerator).toBeGreaterThanOrEqual(table.threshold);
          }
          if (figure.disclosure) {
            expect(shown.inline).not.toMatch(/\d+ of \d+/);
            // In a sentence: no number but the threshold, and a shown base with the least count its range allows (B − T + 1).
            const { baseShown } = figure.disclosure;
            const allowed = new Set([table.threshold, ...(baseShown && figure.denominator !== null ? [figure.denominator, figure.denominator - table.threshold + 1] : [])].map(String));
            const phrase = `${shown.prose.value}${shown.prose.rest}`.replace(shown.value, '');
            expect((phrase.match(/\d+/g) ?? []).filter((number) => !allowed.has(number))).toEqual([]);
            expect(shown.prose.value).not.toMatch(/^(not shown|merged)$/);
          }
        }
      }),
      { seed: 20261122, numRuns: 80 },
    );
  });
});
