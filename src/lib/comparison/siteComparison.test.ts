import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Derivation } from '../figures/derivation.ts';
import type { Breakdown } from '../figures/publishedFigure.ts';
import type { Population } from '../manifest/manifestSchema.ts';
import type { EvaluationResult } from '../pipeline/evaluationResult.ts';
import type { PublicFigure } from '../pipeline/publicFigure.ts';
import { comparisonFacts, refusalCodes, type ComparisonFacts } from './comparisonRules.ts';
import { comparisonSummary, overviewText, PAIRS_LISTED_UP_TO, siteComparison, standingAmongMany } from './siteComparison.ts';

const DEFINITIONS: Readonly<Record<string, string>> = {
  referred: 'Clients in the clients dataset: everyone referred to the service in the period.',
  engaged: 'Share of referred clients who engaged with the service.',
  improved: 'Share improved.',
};
const COLUMN: Derivation = { inputs: [{ file: 'data/x/clients.csv', column: 'engaged' }], fallbacks: [] };
const CONTACTS: Derivation = { inputs: [{ file: 'data/x/contacts.csv', column: 'client_id' }], fallbacks: [{ rule: 'engaged-from-contacts', where: 'no-column' }] };

interface FigureSpec {
  readonly metric: string;
  readonly breakdowns?: readonly Breakdown[];
  /** Shown text and counts, or a protected text. */
  readonly shown: string;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly protectedAs?: { readonly treatment: 'suppressed' | 'bounded'; readonly reason: string };
  readonly derivation?: Derivation;
}

/** Just the parts of a public figure the comparison reads; the rest of the type is never looked at. */
function figure(spec: FigureSpec): PublicFigure {
  const breakdowns = spec.breakdowns ?? [];
  const id = breakdowns.length === 0 ? spec.metric : `${spec.metric}[${breakdowns.map((part) => `${part.dimension}=${part.value}`).join(',')}]`;
  const unit = spec.metric === 'referred' ? 'count' : 'percent';
  const base = spec.denominator === undefined ? '' : spec.numerator === undefined ? `of ${spec.denominator}` : `${spec.numerator} of ${spec.denominator}`;
  return {
    id,
    metric: spec.metric,
    breakdowns,
    label: spec.metric,
    definition: DEFINITIONS[spec.metric] ?? '',
    unit,
    value: spec.protectedAs ? null : 50,
    numerator: spec.numerator ?? null,
    denominator: spec.denominator ?? null,
    bound: null,
    source: 'data/x/clients.csv',
    derivation: spec.derivation ?? COLUMN,
    disclosure: spec.protectedAs ? { ...spec.protectedAs, baseShown: spec.protectedAs.treatment === 'bounded' } : null,
    text: { value: spec.shown, rounded: null },
    card: { base: base ? `${base} clients` : '' },
  } as unknown as PublicFigure;
}

function evaluation(slug: string, title: string, period: { from: string; to: string }, figures: readonly PublicFigure[], population?: Population): EvaluationResult {
  return { slug, meta: { title, period, population }, figures } as unknown as EvaluationResult;
}

const ADULTS: Population = { ages: 'adults', gender: 'women-and-men' };
const OLD = { from: '2013-12-01', to: '2015-05-31' };
const FIFTEEN = { from: '2022-01-01', to: '2023-03-31' };
const TWELVE = { from: '2022-04-01', to: '2023-03-31' };

/**
 * The examples in small: Manchester (2013-15, engaged column), Needs (2022-23, 15 months, by
 * contacts) and Peer (2022-23, 12 months, by contacts). Worked by hand:
 * - referred: Manchester has no day in common with either; Needs and Peer are counts over 15 and
 *   12 months. No pair alike.
 * - engaged: Manchester is refused with both (a column against the contacts rule, and other
 *   years); Needs and Peer are alike, with a note on the lengths. One group: rows 1 and 2.
 */
function examples(values: { readonly needs: string; readonly peer: string }): EvaluationResult[] {
  return [
    evaluation('peer', 'Peer', TWELVE, [figure({ metric: 'referred', shown: '24' }), figure({ metric: 'engaged', shown: values.peer, numerator: 18, denominator: 24, derivation: CONTACTS })], ADULTS),
    evaluation('manchester', 'Manchester', OLD, [figure({ metric: 'engaged', shown: '49%', numerator: 41, denominator: 84 }), figure({ metric: 'referred', shown: '84' })], ADULTS),
    evaluation(
      'needs',
      'Needs',
      FIFTEEN,
      [
        figure({ metric: 'referred', shown: '18' }),
        figure({ metric: 'engaged', shown: values.needs, denominator: 18, derivation: CONTACTS, protectedAs: { treatment: 'bounded', reason: 'Shown as a range.' } }),
        // Only Needs publishes this one: not shared, not listed.
        figure({ metric: 'improved', breakdowns: [{ dimension: 'domain', value: 'housing', label: 'Housing' }], shown: '60%', numerator: 6, denominator: 10 }),
      ],
      ADULTS,
    ),
  ];
}

describe('siteComparison', () => {
  const site = siteComparison(examples({ needs: 'over 77%', peer: '75%' }));

  test('lists the indicators two evaluations or more share, in the catalogue’s order (referred before engaged), whatever order the evaluations give them in', () => {
    expect(site.indicators.map((indicator) => indicator.id)).toEqual(['referred', 'engaged']);
    expect(site.evaluationsWithFigures).toBe(3);
    // referred: none alike; engaged: the needs inventory and peer support.
    expect(site.overview).toBe(
      "2 figures are published by more than one evaluation. For 1 of them, some of the evaluations' figures can be read side by side; for the other 1, none can. Each says why.",
    );
  });

  test('rows are in order of period, earliest first: Manchester (2013), Needs (January 2022), Peer (April 2022)', () => {
    for (const indicator of site.indicators) expect(indicator.rows.map((row) => row.slug)).toEqual(['manchester', 'needs', 'peer']);
  });

  test('refuses the unlike pairs and groups the alike, as worked out by hand', () => {
    const [referred, engaged] = site.indicators;
    expect(referred?.alikeGroups).toEqual([]);
    expect(referred?.pairs.map((pair) => [pair.first, pair.second, pair.alike, pair.differences.map((difference) => difference.code)])).toEqual([
      [0, 1, false, ['no-common-time']],
      [0, 2, false, ['no-common-time']],
      [1, 2, false, ['length-of-count']],
    ]);
    expect(referred?.summary).toBe('None of these figures can be set side by side: each pair differs in a way that matters, as set out below.');
    expect(engaged?.alikeGroups).toEqual([[1, 2]]);
    expect(engaged?.pairs.map((pair) => [pair.first, pair.second, pair.alike, pair.differences.map((difference) => difference.code)])).toEqual([
      [0, 1, false, ['derivation', 'no-common-time']],
      [0, 2, false, ['derivation', 'no-common-time']],
      [1, 2, true, ['length']],
    ]);
    expect(engaged?.summary).toBe('Needs and Peer can be read side by side. Manchester stands apart, for the reasons below.');
    expect(engaged?.sameDefinition).toBe(DEFINITIONS['engaged']);
  });

  test('each row gives the figure as the formatter wrote it, its base, protection, period and population, and flags a small base', () => {
    const engaged = site.indicators[1];
    expect(engaged?.rows[1]).toEqual({
      slug: 'needs',
      title: 'Needs',
      path: 'needs/',
      definitionPath: 'needs/methodology/#metric-engaged',
      period: '1 January 2022 to 31 March 2023',
      months: 15,
      value: 'over 77%',
      base: 'of 18 clients',
      // 18 people is under the small-base rule's 20.
      smallBase: 'Small base: fewer than 20 people, so read with care.',
      privacy: 'Shown as a range.',
      definition: DEFINITIONS['engaged'],
      definedBy: "evalsite's catalogue",
      derivation: 'by rule "engaged = had at least one contact" (no engaged column, or only blanks in it), from data/x/contacts.csv column client_id',
      population: 'Adults only; women and men',
      standing: { alike: true, text: 'Can be read beside Peer; not beside Manchester (worked out differently, no time in common).' },
    });
    expect(engaged?.rows[0]?.standing).toEqual({ alike: false, text: 'Not set beside the others: worked out differently, no time in common.' });
    // Referred: the needs inventory has no time in common with Manchester, and counts over 15 months against peer support's 12.
    expect(site.indicators[0]?.rows[1]?.standing).toEqual({ alike: false, text: 'Not set beside the others: no time in common, counts over different lengths of time.' });
    // 24 people: no flag.
    expect(engaged?.rows[2]?.smallBase).toBeNull();
    expect(engaged?.rows[2]?.privacy).toBe('Shown as computed.');
  });

  test('no ranking: swapping what the figures say changes no order, group or verdict', () => {
    const swapped = siteComparison(examples({ needs: '10%', peer: 'over 95%' }));
    const shape = (comparison: typeof site) =>
      comparison.indicators.map((indicator) => ({ id: indicator.id, rows: indicator.rows.map((row) => row.slug), groups: indicator.alikeGroups, pairs: indicator.pairs, summary: indicator.summary }));
    expect(shape(swapped)).toEqual(shape(site));
  });

  test('figures of one calendar month are left out, and a crosswalk lines up domains named differently', () => {
    const month = (value: string): Breakdown => ({ dimension: 'month', value, label: value });
    const housing = (value: string): Breakdown => ({ dimension: 'domain', value, label: value });
    const evaluations = [
      evaluation('a', 'A', TWELVE, [
        figure({ metric: 'referred', breakdowns: [month('2022-05')], shown: '5' }),
        figure({ metric: 'improved', breakdowns: [housing('accommodation-and-housing')], shown: '50%' }),
      ]),
      evaluation('b', 'B', TWELVE, [figure({ metric: 'referred', breakdowns: [month('2022-05')], shown: '6' }), figure({ metric: 'improved', breakdowns: [housing('housing')], shown: '40%' })]),
    ];
    expect(siteComparison(evaluations).indicators).toEqual([]);
    const crosswalk = (dimension: string, value: string) => (dimension === 'domain' && (value === 'housing' || value === 'accommodation-and-housing') ? 'accommodation' : value);
    expect(siteComparison(evaluations, crosswalk).indicators.map((indicator) => [indicator.id, indicator.anchor, indicator.path, indicator.rows.map((row) => row.slug)])).toEqual([
      ['improved[domain=accommodation]', 'compare-improved-domain-accommodation', 'compare/improved-domain-accommodation/', ['a', 'b']],
    ]);
  });

  test('each indicator has a page of its own, at an address no other takes, with a description', () => {
    const domain = (value: string): Breakdown => ({ dimension: 'domain', value, label: value });
    // Two ids that come out as the same address: "a b" and "a-b" both become a-b.
    const evaluations = ['x', 'y'].map((slug) =>
      evaluation(slug, slug.toUpperCase(), TWELVE, [
        figure({ metric: 'improved', breakdowns: [domain('a b')], shown: '50%' }),
        figure({ metric: 'improved', breakdowns: [domain('a-b')], shown: '40%' }),
      ]),
    );
    const { indicators } = siteComparison(evaluations);
    expect(indicators.map((indicator) => [indicator.id, indicator.path, indicator.anchor])).toEqual([
      ['improved[domain=a b]', 'compare/improved-domain-a-b/', 'compare-improved-domain-a-b'],
      ['improved[domain=a-b]', 'compare/improved-domain-a-b-2/', 'compare-improved-domain-a-b-2'],
    ]);
    expect(indicators[0]?.description).toBe('improved: the figure as 2 evaluations publish it, each with its base, period, definition and protection, and whether they can be read side by side.');
    // A long label (an authors' own indicator's) is cut at a word to 200 characters.
    const long = siteComparison(['x', 'y'].map((slug) => evaluation(slug, slug, TWELVE, [{ ...figure({ metric: 'improved', shown: '50%' }), label: 'Improved '.repeat(20).trim() }])));
    expect(long.indicators[0]?.description.length).toBeLessThanOrEqual(200);
    expect(long.indicators[0]?.description).toMatch(/^Improved Improved .*…$/);
  });
});

describe('comparisonSummary', () => {
  test('two groups and a row apart', () => {
    const rows = ['A', 'B', 'C', 'D', 'E'].map((title) => ({ title }));
    expect(
      comparisonSummary(rows, [
        [0, 2],
        [1, 3],
      ]),
    ).toBe('A and C can be read side by side. B and D can be read side by side. E stands apart, for the reasons below.');
    expect(comparisonSummary(rows, [[0, 1, 2]])).toBe('A, B and C can be read side by side. D and E stand apart, for the reasons below.');
  });

  test('for the list of figures, without pointing to reasons below', () => {
    const rows = ['A', 'B', 'C'].map((title) => ({ title }));
    expect(comparisonSummary(rows, [[0, 2]], false)).toBe('A and C can be read side by side. B stands apart.');
    expect(comparisonSummary(rows, [], false)).toBe('None of these figures can be set side by side: each pair differs in a way that matters.');
  });
});

describe('overviewText', () => {
  test('counts the shared figures and those with a side-by-side group', () => {
    expect(overviewText(34, 5)).toBe(
      "34 figures are published by more than one evaluation. For 5 of them, some of the evaluations' figures can be read side by side; for the other 29, none can. Each says why.",
    );
    expect(overviewText(2, 0)).toBe('2 figures are published by more than one evaluation. None of them can be set side by side: each says why.');
    expect(overviewText(1, 1)).toBe("1 figure is published by more than one evaluation. For it, some of the evaluations' figures can be read side by side.");
    expect(overviewText(3, 3)).toBe("3 figures are published by more than one evaluation. For each of them, some of the evaluations' figures can be read side by side.");
  });
});

describe('siteComparison for many evaluations (more than PAIRS_LISTED_UP_TO)', () => {
  // Nine programmes over the same twelve months and one from other years, all publishing engaged from their contacts.
  const twelve = Array.from({ length: 9 }, (_, index) => evaluation(`p${index + 1}`, `P${index + 1}`, TWELVE, [figure({ metric: 'engaged', shown: '50%', derivation: CONTACTS })], ADULTS));
  const old = evaluation('old', 'Old', OLD, [figure({ metric: 'engaged', shown: '50%', derivation: CONTACTS })], ADULTS);
  const [engaged] = siteComparison([...twelve, old]).indicators;

  test(`lists no pairs (there would be 45), but the groups and each row's standing, worked out by hand`, () => {
    expect(PAIRS_LISTED_UP_TO).toBe(8);
    expect(engaged?.pairs).toEqual([]);
    // Rows by period: Old (2013) first, then P1…P9 by title.
    expect(engaged?.rows.map((row) => row.slug)).toEqual(['old', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect(engaged?.alikeGroups).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9]]);
    // No pairs are listed below, so the summary points nowhere: each card gives its reasons.
    expect(engaged?.summary).toBe('P1, P2, P3, P4, P5, P6, P7, P8 and P9 can be read side by side. Old stands apart.');
    expect(engaged?.rows[0]?.standing).toEqual({ alike: false, text: 'Not set beside the others: no time in common.' });
    expect(engaged?.rows[1]?.standing).toEqual({ alike: true, text: 'Can be read beside the 8 others it is grouped with at the top of the page; not beside the rest (no time in common).' });
  });

  test('a row alike with every other says so, with their number', () => {
    const [all] = siteComparison(twelve.concat(evaluation('p10', 'P10', TWELVE, [figure({ metric: 'engaged', shown: '50%', derivation: CONTACTS })], ADULTS))).indicators;
    expect(all?.pairs).toEqual([]);
    expect(all?.rows.every((row) => row.standing.text === 'Can be read beside the 9 others it is grouped with at the top of the page.')).toBe(true);
  });

  test('a row alike with one already grouped with another it cannot stand beside says so, and is counted, not named', () => {
    // Seven from other years (a group of their own); then A (ages not stated), B (adults) and C (young people) over the same year.
    const older = Array.from({ length: 7 }, (_, index) => evaluation(`o${index + 1}`, `O${index + 1}`, OLD, [figure({ metric: 'engaged', shown: '50%', derivation: CONTACTS })], ADULTS));
    const year = (slug: string, population: Population) => evaluation(slug, slug.toUpperCase(), TWELVE, [figure({ metric: 'engaged', shown: '50%', derivation: CONTACTS })], population);
    const [mixed] = siteComparison([...older, year('a', { gender: 'women-and-men' }), year('b', ADULTS), year('c', { ages: 'young-people', gender: 'women-and-men' })]).indicators;
    // A and B group first; C may stand beside A only (young people against B's adults), so it joins no group.
    expect(mixed?.alikeGroups).toEqual([
      [0, 1, 2, 3, 4, 5, 6],
      [7, 8],
    ]);
    expect(mixed?.rows[9]?.standing).toEqual({
      alike: true,
      text: 'Can be read beside 1 other, each grouped at the top of the page with some it cannot be read beside; not beside the rest (no time in common, different ages).',
    });
    expect(mixed?.rows[7]?.standing.text).toBe('Can be read beside the 1 other it is grouped with at the top of the page, and 1 more outside its group; not beside the rest (no time in common).');
  });

  test('at most PAIRS_LISTED_UP_TO evaluations, every pair is listed (eight give 28)', () => {
    const [eight] = siteComparison(twelve.slice(0, 8)).indicators;
    expect(eight?.pairs).toHaveLength(28);
    expect(eight?.rows[0]?.standing.text).toBe('Can be read beside P2, P3, P4, P5, P6, P7 and P8.');
  });
});

describe('siteComparison for many evaluations: rows with the same facts are judged once (factClasses)', () => {
  const periods = [OLD, FIFTEEN, TWELVE, { from: '2023-01-01', to: '2023-12-31' }];
  const populations: ReadonlyArray<Population | undefined> = [ADULTS, undefined, { ages: 'young-people', gender: 'women-and-men' }, { gender: 'women' }];
  const row = fc.record({
    period: fc.constantFrom(...periods),
    population: fc.constantFrom(...populations),
    contacts: fc.boolean(),
    metric: fc.constantFrom('engaged', 'referred'),
  });

  test('groups and every row standing are those of asking the rules of every pair, one by one', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: PAIRS_LISTED_UP_TO + 1, maxLength: 40 }), fc.constantFrom('engaged', 'referred'), (specs, metric) => {
        const evaluations = specs.map((spec, index) =>
          evaluation(
            `e${String(index).padStart(2, '0')}`,
            `E${String(index).padStart(2, '0')}`,
            spec.period,
            [figure({ metric, shown: '50%', derivation: spec.contacts ? CONTACTS : COLUMN })],
            spec.population,
          ),
        );
        const [compared] = siteComparison(evaluations).indicators;
        if (compared === undefined) throw new Error('no indicator shared');
        // The pairs one by one, in the rows' order, each asked of the rules with the earlier row first.
        const facts: ComparisonFacts[] = compared.rows.map((shown) => {
          const source = evaluations.find((candidate) => candidate.slug === shown.slug);
          const [published] = source?.figures ?? [];
          if (source === undefined || published === undefined) throw new Error('row without its evaluation');
          return comparisonFacts({ slug: source.slug, title: source.meta.title, period: source.meta.period, population: source.meta.population, figure: published });
        });
        const refused = (i: number, j: number) => refusalCodes(facts[Math.min(i, j)] as ComparisonFacts, facts[Math.max(i, j)] as ComparisonFacts);
        const groups: number[][] = [];
        facts.forEach((_fact, index) => {
          const group = groups.find((members) => members.every((member) => refused(member, index).length === 0));
          if (group) group.push(index);
          else groups.push([index]);
        });
        expect(compared.alikeGroups).toEqual(groups.filter((members) => members.length >= 2));
        compared.rows.forEach((shown, index) => {
          const others = facts.flatMap((_fact, other) => (other === index ? [] : [{ count: 1, refused: refused(index, other) }]));
          const group = groups.find((members) => members.includes(index)) ?? [index];
          expect(shown.standing).toEqual(standingAmongMany(others, group));
        });
      }),
      { numRuns: 150 },
    );
  });
});
