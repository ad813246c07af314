import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Derivation } from '../figures/derivation.ts';
import { comparisonFacts, figureDifferences, growsWithTime, monthsCovered, periodsOverlap, populationText, refusalCodes, type ComparedEntry } from './comparisonRules.ts';

const ENGAGED_DEFINITION = 'Share of referred clients who engaged with the service.';
const FROM_COLUMN: Derivation = { inputs: [{ file: 'data/a/clients.csv', column: 'engaged' }], fallbacks: [] };
const FROM_CONTACTS: Derivation = { inputs: [{ file: 'data/b/contacts.csv', column: 'client_id' }], fallbacks: [{ rule: 'engaged-from-contacts', where: 'no-column' }] };

/** An evaluation's `engaged` figure: a share, from an engaged column, over the year 2022, adults, women and men. */
function entry(title: string, changes: Partial<Omit<ComparedEntry, 'figure'>> & { figure?: Partial<ComparedEntry['figure']> } = {}): ComparedEntry {
  const { figure, ...rest } = changes;
  return {
    slug: title.toLowerCase(),
    title,
    period: { from: '2022-01-01', to: '2022-12-31' },
    population: { ages: 'adults', gender: 'women-and-men' },
    ...rest,
    figure: { id: 'engaged', metric: 'engaged', definition: ENGAGED_DEFINITION, unit: 'percent', derivation: FROM_COLUMN, source: 'data/a/clients.csv', ...figure },
  };
}

const codes = (a: ComparedEntry, b: ComparedEntry) => figureDifferences(a, b).map((difference) => `${difference.severity}:${difference.code}`);

describe('monthsCovered and periodsOverlap', () => {
  test('counts every calendar month a period touches, first and last included', () => {
    // December 2013 is month 1, December 2014 month 13, May 2015 month 18.
    expect(monthsCovered({ from: '2013-12-01', to: '2015-05-31' })).toBe(18);
    // April 2022 to March 2023: twelve months.
    expect(monthsCovered({ from: '2022-04-01', to: '2023-03-31' })).toBe(12);
    // 1 December 2012 to 6 June 2013 touches December and January to June: seven.
    expect(monthsCovered({ from: '2012-12-01', to: '2013-06-06' })).toBe(7);
    expect(monthsCovered({ from: '2022-05-10', to: '2022-05-20' })).toBe(1);
  });

  test('periods overlap when they share a day, even only the last of one and the first of the other', () => {
    expect(periodsOverlap({ from: '2022-01-01', to: '2022-06-30' }, { from: '2022-06-30', to: '2022-12-31' })).toBe(true);
    expect(periodsOverlap({ from: '2022-01-01', to: '2022-06-29' }, { from: '2022-06-30', to: '2022-12-31' })).toBe(false);
    expect(periodsOverlap({ from: '2022-07-01', to: '2022-07-31' }, { from: '2022-01-01', to: '2022-12-31' })).toBe(true);
  });

  test('counts and evalsite totals grow with time; shares and medians do not', () => {
    expect(growsWithTime({ metric: 'referred', unit: 'count' })).toBe(true);
    expect(growsWithTime({ metric: 'contact-hours-total', unit: 'number' })).toBe(true);
    expect(growsWithTime({ metric: 'contact-hours-median', unit: 'number' })).toBe(false);
    expect(growsWithTime({ metric: 'engaged', unit: 'percent' })).toBe(false);
  });
});

describe('figureDifferences: each reason a pair is refused', () => {
  test('two alike figures have no difference at all', () => {
    expect(figureDifferences(entry('A'), entry('B'))).toEqual([]);
  });

  test('an indicator the authors defined themselves is refused, even in the same words', () => {
    // `referrals` is not in evalsite's catalogue: Tayside's authors defined it in their manifest.
    const own = { id: 'referrals', metric: 'referrals', definition: 'People referred in the year.', unit: 'count' as const };
    const refused = figureDifferences(entry('A', { figure: own }), entry('B', { figure: own }));
    expect(refused.map((difference) => difference.code)).toEqual(['author-defined']);
    expect(refused[0]?.text).toBe("Each evaluation's authors defined this figure themselves, so the same name does not promise the same measure in A and B.");
  });

  test('definitions in different words are refused', () => {
    const reviewed = entry('B', { figure: { definition: 'Share of the clients reviewed who engaged with the service.' } });
    expect(codes(entry('A'), reviewed)).toEqual(['refuse:definition']);
    expect(figureDifferences(entry('A'), reviewed)[0]?.text).toBe('The definitions differ (compare them below): A and B do not count the same thing in the same way.');
  });

  test('different units are refused', () => {
    expect(codes(entry('A'), entry('B', { figure: { unit: 'number' } }))).toEqual(['refuse:unit']);
  });

  test('a fallback rule against a column is a different derivation, and so is the same rule used only for blank cells', () => {
    const refused = figureDifferences(entry('A'), entry('B', { figure: { derivation: FROM_CONTACTS } }));
    expect(refused.map((difference) => difference.code)).toEqual(['derivation']);
    expect(refused[0]?.text).toBe('They were worked out differently: A from its own columns, with no rule standing in; B by the rule "engaged = had at least one contact" for every client.');
    const blanksOnly: Derivation = { inputs: FROM_CONTACTS.inputs, fallbacks: [{ rule: 'engaged-from-contacts', where: 'blank-cells' }] };
    expect(codes(entry('A', { figure: { derivation: FROM_CONTACTS } }), entry('B', { figure: { derivation: blanksOnly } }))).toEqual(['refuse:derivation']);
  });

  test('the same rules from differently named files and columns are alike', () => {
    const other: Derivation = { inputs: [{ file: 'data/c/meetings.csv', column: 'client_id' }], fallbacks: [{ rule: 'engaged-from-contacts', where: 'no-column' }] };
    expect(codes(entry('A', { figure: { derivation: FROM_CONTACTS } }), entry('B', { figure: { derivation: other } }))).toEqual([]);
  });

  test('periods with no day in common are refused, naming both', () => {
    const refused = figureDifferences(entry('A', { period: { from: '2013-12-01', to: '2015-05-31' } }), entry('B', { period: { from: '2022-01-01', to: '2023-03-31' } }));
    expect(refused.map((difference) => difference.code)).toEqual(['no-common-time']);
    expect(refused[0]?.text).toBe(
      'They cover different times, with no day in common (1 December 2013 to 31 May 2015; 1 January 2022 to 31 March 2023): services, policy and the people referred change over the years.',
    );
  });

  test('overlapping periods of different lengths: a count is refused, a share carries a note', () => {
    // 1 January 2022 to 31 March 2023 is 15 months; 1 April 2022 to 31 March 2023 is 12.
    const fifteen = { period: { from: '2022-01-01', to: '2023-03-31' } };
    const twelve = { period: { from: '2022-04-01', to: '2023-03-31' } };
    const count = { id: 'referred', metric: 'referred', unit: 'count' as const, definition: 'Clients in the clients dataset: everyone referred to the service in the period.' };
    const refused = figureDifferences(entry('A', { ...fifteen, figure: count }), entry('B', { ...twelve, figure: count }));
    expect(refused).toEqual([{ code: 'length-of-count', severity: 'refuse', text: 'A count grows with the time it covers, and these cover 15 and 12 months.' }]);
    const noted = figureDifferences(entry('A', fifteen), entry('B', twelve));
    expect(noted).toEqual([{ code: 'length', severity: 'note', text: 'The periods overlap but differ in length: 15 months for A, 12 for B.' }]);
  });

  test('a total of hours over periods of different lengths is refused like a count', () => {
    const total = { id: 'contact-hours-total', metric: 'contact-hours-total', unit: 'number' as const, definition: 'Hours.' };
    expect(codes(entry('A', { period: { from: '2022-01-01', to: '2022-12-31' }, figure: total }), entry('B', { period: { from: '2022-01-01', to: '2022-06-30' }, figure: total }))).toEqual([
      'refuse:length-of-count',
    ]);
  });

  test('adults only against all ages is refused; so is women only against women and men', () => {
    const ages = figureDifferences(entry('A'), entry('B', { population: { ages: 'all-ages', gender: 'women-and-men' } }));
    expect(ages).toEqual([{ code: 'ages', severity: 'refuse', text: 'The services worked with different ages: adults only in A, people of all ages in B.' }]);
    const gender = figureDifferences(entry('A', { population: { ages: 'adults', gender: 'women' } }), entry('B'));
    expect(gender).toEqual([{ code: 'gender', severity: 'refuse', text: 'The services worked with different people: women only in A, women and men in B.' }]);
  });

  test('a population not stated is a note, not a refusal', () => {
    expect(figureDifferences(entry('A'), entry('B', { population: undefined }))).toEqual([
      { code: 'population-not-stated', severity: 'note', text: 'Who the service worked with is not fully stated for B, so the people counted may differ.' },
    ]);
    expect(codes(entry('A', { population: { ages: 'adults' } }), entry('B', { population: { gender: 'men' } }))).toEqual(['note:population-not-stated']);
  });

  test('several reasons are all given, refusals before notes, and the verdict is the same either way round', () => {
    const a = entry('A', { period: { from: '2013-12-01', to: '2015-05-31' } });
    const b = entry('B', { period: { from: '2022-01-01', to: '2023-03-31' }, population: { ages: 'young-people' }, figure: { derivation: FROM_CONTACTS } });
    expect(codes(a, b)).toEqual(['refuse:derivation', 'refuse:no-common-time', 'refuse:ages', 'note:population-not-stated']);
    expect(codes(b, a)).toEqual(codes(a, b));
  });
});

describe('populationText', () => {
  test('words for the table', () => {
    expect(populationText({ ages: 'adults', gender: 'women-and-men' })).toBe('Adults only; women and men');
    expect(populationText({ ages: 'young-people' })).toBe('Young people only (gender not stated)');
    expect(populationText({ gender: 'women' })).toBe('Women only (ages not stated)');
    expect(populationText(undefined)).toBe('Not stated');
  });
});

describe('refusalCodes: the refusals without their words, for portfolios of many evaluations', () => {
  test('gives exactly the refusals figureDifferences gives, in its order, for any two figures', () => {
    const periods = [
      { from: '2022-01-01', to: '2022-12-31' },
      { from: '2022-04-01', to: '2023-03-31' },
      { from: '2013-12-01', to: '2015-05-31' },
      { from: '2022-01-01', to: '2023-03-31' },
    ];
    const compared = fc.record({
      title: fc.constantFrom('A', 'B'),
      period: fc.constantFrom(...periods),
      population: fc.option(
        fc.record({
          ages: fc.option(fc.constantFrom('adults' as const, 'young-people' as const), { nil: undefined }),
          gender: fc.option(fc.constantFrom('women' as const, 'men' as const), { nil: undefined }),
        }),
        { nil: undefined },
      ),
      metric: fc.constantFrom('engaged', 'referred', 'authors-own'),
      definition: fc.constantFrom(ENGAGED_DEFINITION, 'Another definition.'),
      unit: fc.constantFrom('percent' as const, 'count' as const),
      derivation: fc.constantFrom(FROM_COLUMN, FROM_CONTACTS, { ...FROM_CONTACTS, fallbacks: [{ rule: 'engaged-from-contacts' as const, where: 'blank-cells' as const }] }),
    });
    const toEntry = (spec: typeof compared extends fc.Arbitrary<infer T> ? T : never): ComparedEntry => {
      const population = spec.population === undefined ? undefined : Object.fromEntries(Object.entries(spec.population).filter(([, value]) => value !== undefined));
      return entry(spec.title, { period: spec.period, population, figure: { metric: spec.metric, definition: spec.definition, unit: spec.unit, derivation: spec.derivation } });
    };
    fc.assert(
      fc.property(compared, compared, (a, b) => {
        const [first, second] = [toEntry(a), toEntry(b)];
        const refusals = figureDifferences(first, second)
          .filter((difference) => difference.severity === 'refuse')
          .map((difference) => difference.code);
        expect(refusalCodes(comparisonFacts(first), comparisonFacts(second))).toEqual(refusals);
      }),
      { numRuns: 3000 },
    );
  });
});
