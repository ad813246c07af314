import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem, type PublicFigure } from '../../src/lib/index.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { DEMO_FILES, demoManifestWith } from '../support/memoryProject.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';
import { pinnedSecrets, readerView } from '../support/readerView.ts';
import { auditDisclosure } from '../../src/lib/disclosure/disclosureAudit.ts';
import { figureCells } from '../../src/lib/disclosure/figureCells.ts';
import { figureRelations } from '../../src/lib/disclosure/figureRelations.ts';
import { disclosureRules, TOPICS } from '../../src/lib/topics/index.ts';

/**
 * The ways a hostile review recovered hidden counts by adding and subtracting what the pages show
 * (issue 11), each rebuilt here and shown protected.
 */

interface Client {
  readonly age: number | null;
  readonly engaged: boolean;
  readonly area?: string;
}

/** The demo evaluation with these clients (ids C001…), the manifest changed by `manifest`, and more files. */
function build(clients: readonly Client[], manifest: (text: string) => string = (text) => text, files: Readonly<Record<string, string>> = {}) {
  const rows = clients.map((client, index) => `C${String(index + 1).padStart(3, '0')},03/02/2014,,${client.engaged ? 'Yes' : 'No'},${client.age ?? ''},Male,${client.area ?? ''}`);
  const manifestText = manifest(demoManifestWith('      gender: Gender\n', '      gender: Gender\n      area: Area\n'));
  const effects = memoryEffects({ ...DEMO_FILES, 'data/demo/evaluation.yaml': manifestText, 'data/demo/clients.csv': `Client ref,Start,End,Engaged,Age,Gender,Area\n${rows.join('\n')}\n`, ...files });
  const { result, problems } = buildEvaluation('demo', effects);
  const shown = new Map((result?.figures ?? []).map((figure): [string, PublicFigure] => [figure.id, figure]));
  return { lines: problems.map(formatProblem), shown, text: (id: string) => shown.get(id)?.text.inline };
}

const many = (count: number, client: Client): Client[] => Array.from({ length: count }, () => client);

describe('a share and the parts it is built from', () => {
  // Manchester's feedback, "I would tell someone in my position to take up a mentor" (feedback.csv):
  // strongly disagree 0, disagree 1, neither 3, agree 10, strongly agree 22: 36 answered.
  // Agreeing ("Agree" or above) is 10 + 22 = 32 of 36, 4 short of everyone, so it is shown as
  // "over 88% (of 36)" (32/36 = 88.9%). With agree (10) and strongly agree (22) both shown
  // exactly, 36 − 10 − 22 = 4 gives the hidden 4 back: one of the two must be hidden too.
  const { site, problems } = exampleSiteData();
  const manchester = site?.evaluations.find((evaluation) => evaluation.slug === 'manchester');
  const question = 'question=i-would-tell-someone-in-my-position-to-take-up-a-mentor';
  const figure = (id: string) => manchester?.figures.find((candidate) => candidate.id === id);

  test('the share agreeing is a range, and its two parts are not both shown exactly', () => {
    expect(problems).toEqual([]);
    expect(figure(`agreed[${question}]`)?.text.inline).toBe('over 88% (of 36)');
    const parts = [figure(`response-share[${question},response=agree]`), figure(`response-share[${question},response=strongly-agree]`)];
    expect(parts.every((part) => part !== undefined)).toBe(true);
    expect(parts.filter((part) => part?.disclosure === null)).toHaveLength(1);
  });

  test('the sum is in what the data step tells the audit', () => {
    expect(manchester?.disclosure.sums).toContainEqual({
      totalCell: `agreed|${question}`,
      partCells: [`response-share|${question},response=agree`, `response-share|${question},response=strongly-agree`],
    });
  });
});

describe('partitions with any number of groups', () => {
  // Outcome status from first and latest scores, in three areas. Improved is 4 → 7, maintained
  // 5 → 5, deteriorated 7 → 4.
  //   area A: 10 improved, 1 maintained, 5 deteriorated (16 reviewed)
  //   area B:  8 improved, 2 maintained, 6 deteriorated (16 reviewed)
  //   area C:  2 improved, 1 maintained, 2 deteriorated  (5 reviewed)
  //   all:    20 improved, 4 maintained, 13 deteriorated (37 reviewed)
  // "Maintained or deteriorated" is published where maintained is small but improved and the two
  // together are not: in A (6), in B (8) and for everyone (17), but not in C, where improved is 2.
  // So A and B do not add up to everyone (6 + 8 ≠ 17): treating them as a whole stopped the audit
  // with "relation … does not hold" (exit 2) instead of publishing.
  const status = { improved: [4, 7], maintained: [5, 5], deteriorated: [7, 4] } as const;
  const areas = [
    ['A', 10, 1, 5],
    ['B', 8, 2, 6],
    ['C', 2, 1, 2],
  ] as const;
  const clients: Client[] = [];
  const scores: string[] = [];
  for (const [area, ...counts] of areas) {
    (['improved', 'maintained', 'deteriorated'] as const).forEach((kind, index) => {
      for (let n = 0; n < (counts[index] ?? 0); n++) {
        clients.push({ age: 30, engaged: true, area });
        const id = `C${String(clients.length).padStart(3, '0')}`;
        scores.push(`${id},1,03/02/2014,Motivation,${status[kind][0]}`, `${id},2,30/06/2014,Motivation,${status[kind][1]}`);
      }
    });
  }

  test('three groups, merged in some and not in others, build', () => {
    const { lines, text } = build(clients, undefined, { 'data/demo/assessments.csv': `client_id,review,date,domain,score\n${scores.join('\n')}\n` });
    expect(lines).toEqual([]);
    expect(text('maintained-or-deteriorated[domain=motivation,area=a]')).toBeDefined();
    expect(text('maintained-or-deteriorated[domain=motivation,area=c]')).toBeUndefined();
    // C's 2 improved of 5 is under 5 people: at most 4 of 5 is 80%.
    expect(text('improved[domain=motivation,area=c]')).toBe('80% or less (of 5)');
  });
});

describe('age bands that do not overlap and cover the cohort', () => {
  const bands = (text: string) =>
    text.replace('  - { id: under-25, label: Under 25, max: 24 }\n', '  - { id: under-25, label: Under 25, max: 24 }\n  - { id: 25-and-over, label: 25 and over, min: 25 }\n');
  const under25 = [...many(3, { age: 20, engaged: true, area: 'A' }), ...many(3, { age: 20, engaged: false, area: 'A' })];
  const over25 = [...many(15, { age: 40, engaged: true, area: 'A' }), ...many(5, { age: 40, engaged: false, area: 'A' })];

  // Under 25: 6 clients, 3 engaged; 25 and over: 20 clients, 15 engaged; every age recorded. The 3
  // is under 5, so the under-25s' share is a range ("under 67% (of 6)": at most 4 of 6 is 66.7%).
  // But 25 and over "75% (15 of 20)" beside all clients "69% (18 of 26)" gives 18 − 15 = 3 back,
  // because the two bands cover everyone. One of the two must be hidden as well.
  test('a hidden band cannot be worked out from the other band and the total', () => {
    const { lines, text } = build([...under25, ...over25], bands);
    expect(lines).toEqual([]);
    expect(text('engaged[age-band=under-25]')).toBe('under 67% (of 6)');
    expect([text('engaged[age-band=25-and-over]'), text('engaged')]).not.toEqual(['75% (15 of 20)', '69% (18 of 26)']);
  });

  // The same, with 5 more engaged clients whose age is not recorded: 23 of 31 engaged (74.2%). A
  // reader learns that 31 − 6 − 20 = 5 have no recorded age and that 23 − 15 = 8 engaged are under
  // 25 or have none, so 3 or 4 (at most 5 and 4 of each): not one value. Both shares stay in view.
  test('where some ages are not recorded, the unknown number without one stands between them', () => {
    const { lines, text } = build([...under25, ...over25, ...many(5, { age: null, engaged: true, area: 'A' })], bands);
    expect(lines).toEqual([]);
    expect(text('engaged[age-band=under-25]')).toBe('under 67% (of 6)');
    expect([text('engaged[age-band=25-and-over]'), text('engaged')]).toEqual(['75% (15 of 20)', '74% (23 of 31)']);
  });
});

describe('published aggregates with a base under the threshold are protected like counts', () => {
  const withIndicators = (text: string) =>
    text
      .replace('  contacts:\n', '  indicators:\n    file: published.csv\n  contacts:\n')
      .replace(
        'indicators:\n  - id: engaged\n',
        'indicators:\n  - id: engaged\n  - id: said-helped\n    label: Said it helped\n    definition: Share of clients asked who said mentoring helped.\n  - id: said-unhelpful\n    label: Said it did not help\n    definition: Share of clients asked who said mentoring did not help.\n  - id: kept-in-touch\n    label: Kept in touch\n    definition: Share of clients who kept in touch.\n',
      );
  const clients = many(20, { age: 30, engaged: true, area: 'A' });

  // 14.3% of 7 is 1 person (0.143 × 7 = 1.0); 85.7% of 7 is 6, with 1 left out; 60% of 40 is 24,
  // with 16 left out: only the last is safe to show.
  test('a share of a base of 7 with no numerator, and one with 1 person left out, are not shown', () => {
    const published = 'indicator,group,numerator,denominator,value,unit,bound\nsaid-unhelpful,,,7,14.3,percent,\nsaid-helped,,,7,85.7,percent,\nkept-in-touch,,,40,60,percent,\n';
    const { lines, shown, text } = build(clients, withIndicators, { 'data/demo/published.csv': published });
    expect(lines).toEqual([]);
    expect(text('said-unhelpful')).toBe('not shown');
    expect(text('said-helped')).toBe('not shown');
    expect(text('kept-in-touch')).toBe('60%');
    // The counts behind them stay inside the data step.
    expect(shown.get('said-unhelpful')?.privacy).toEqual({ kind: 'published' });
  });

  // A numerator of 3 given without a base is 3 people.
  test('a share whose numerator is under the threshold is not shown', () => {
    const published = 'indicator,group,numerator,denominator,value,unit,bound\nsaid-unhelpful,,3,,12,percent,\nsaid-helped,,,,80,percent,\nkept-in-touch,,,,60,percent,\n';
    const { lines, text } = build(clients, withIndicators, { 'data/demo/published.csv': published });
    expect(lines).toEqual([]);
    expect(text('said-unhelpful')).toBe('not shown');
    expect(text('said-helped')).toBe('80%');
  });
});

describe('published counts whose groups add up to their total', () => {
  const withIndicators = (text: string) =>
    text
      .replace('  contacts:\n', '  indicators:\n    file: published.csv\n  contacts:\n')
      .replace('indicators:\n  - id: engaged\n', 'indicators:\n  - id: engaged\n  - id: referrals\n    label: Referrals\n    definition: People referred, as published.\n');
  const clients = many(20, { age: 30, engaged: true, area: 'A' });

  // Referrals 160: women 3, men 157. The 3 is under 5, so hidden; but 3 + 157 = 160, so a reader
  // sees the groups add up and 160 − 157 gives it back. One more must be hidden.
  test('a hidden group cannot be worked out from the others and the total', () => {
    const published = 'indicator,group,numerator,denominator,value,unit,bound\nreferrals,,160,,,count,\nreferrals,Women,3,,,count,\nreferrals,Men,157,,,count,\n';
    const { lines, text } = build(clients, withIndicators, { 'data/demo/published.csv': published });
    expect(lines).toEqual([]);
    expect(text('referrals[group=women]')).toBe('fewer than 5');
    expect([text('referrals'), text('referrals[group=men]')]).not.toEqual(['160', '157']);
  });

  // Referrals 160: women 3, men 150: 153, not 160, so the groups leave people out (or overlap),
  // and 160 − 150 = 10 says nothing exact about the women.
  test('groups that do not add up are no sum', () => {
    const published = 'indicator,group,numerator,denominator,value,unit,bound\nreferrals,,160,,,count,\nreferrals,Women,3,,,count,\nreferrals,Men,150,,,count,\n';
    const { lines, text } = build(clients, withIndicators, { 'data/demo/published.csv': published });
    expect(lines).toEqual([]);
    expect([text('referrals'), text('referrals[group=women]'), text('referrals[group=men]')]).toEqual(['160', 'fewer than 5', '150']);
  });
});

describe('published shares whose groups add up to their total', () => {
  const withIndicators = (text: string) =>
    text
      .replace('  contacts:\n', '  indicators:\n    file: published.csv\n  contacts:\n')
      .replace('indicators:\n  - id: engaged\n', 'indicators:\n  - id: engaged\n  - id: kept\n    label: Kept in touch\n    definition: Clients who kept in touch, as published.\n');
  const clients = many(20, { age: 30, engaged: true, area: 'A' });

  // Kept in touch: 24 of 47; women 4 of 7, men 20 of 40. The women's 4 is under 5, so hidden; but
  // 7 + 40 = 47, so a reader sees the groups are the whole, and 24 − 20 gives the 4 back.
  test('a hidden group’s numerator cannot be worked out from the others and the total', () => {
    const published = 'indicator,group,numerator,denominator,value,unit,bound\nkept,,24,47,,percent,\nkept,Women,4,7,,percent,\nkept,Men,20,40,,percent,\n';
    const { lines, text } = build(clients, withIndicators, { 'data/demo/published.csv': published });
    expect(lines).toEqual([]);
    expect(text('kept[group=women]')).not.toBe('57% (4 of 7)');
    expect([text('kept'), text('kept[group=men]')]).not.toEqual(['51% (24 of 47)', '50% (20 of 40)']);
  });

  // Referrals 160: women 101, men 56. 160 − 101 − 56 = 3 people are in neither group (a gender not
  // recorded): a count of 3 that no figure shows, but every reader can work out.
  test('the people in no group are protected when they are few', () => {
    const published = 'indicator,group,numerator,denominator,value,unit,bound\nkept,,160,,,count,\nkept,Women,101,,,count,\nkept,Men,56,,,count,\n';
    const { lines, text } = build(clients, withIndicators, { 'data/demo/published.csv': published });
    expect(lines).toEqual([]);
    expect([text('kept'), text('kept[group=women]'), text('kept[group=men]')]).not.toEqual(['160', '101', '56']);
    expect(text('kept')).toBe('160');
  });
});

describe('the clients who started and the clients engaged', () => {
  // 40 clients referred, 37 engaged, each with a start: 30 on 3 February 2014 and 7 on 1 November
  // 2015, the data as of 31 December 2015. The 3 not engaged are under 5, so "engaged" is a range
  // ("90% or more (of 40)": 36 to 40). But only an engaged client has a start, so in every re-offending window
  // the eligible and the not yet eligible (30 and 7) add up to the 37 engaged, as do the clients
  // compared and left out: 40 − 37 gives the 3 back. 25 of the early starters and all the late
  // ones have an offence before their start, so 25 are compared, 5 have none before and 7 a
  // follow-up too short.
  const run = (everyEngagedStarted: boolean) => {
    const rows: string[] = [];
    const offences: string[] = [];
    for (let index = 0; index < 40; index++) {
      const id = `C${String(index + 1).padStart(3, '0')}`;
      const engaged = index < 37;
      const late = index >= 30 && engaged;
      // One engaged client with no start, when asked: engaged, but in no re-offending figure.
      const start = !engaged || (!everyEngagedStarted && index === 0) ? '' : late ? '01/11/2015' : '03/02/2014';
      rows.push(`${id},${start},,${engaged ? 'Yes' : 'No'},30,Male,A`);
      if (index < 25 || late) offences.push(`${id},10/06/2013,Theft,3,conviction`);
    }
    const manifest = demoManifestWith('      gender: Gender\n', '      gender: Gender\n      area: Area\n')
      .replace('period: { from: 2014-01-01, to: 2014-12-31 }', 'period: { from: 2014-01-01, to: 2015-12-31 }')
      .replace('as_of: 2014-12-31', 'as_of: 2015-12-31')
      .replace('published: 2015-03-01', 'published: 2016-03-01')
      .replace(
        '  contacts:\n',
        '  offences:\n    file: offences.csv\n    format:\n      date: DD/MM/YYYY\n    kinds: [conviction]\n    gravity: { min: 1, max: 8 }\n    before_years: 3\n    minimum_follow_up_months: 6\n  contacts:\n',
      );
    const effects = memoryEffects({
      ...DEMO_FILES,
      'data/demo/evaluation.yaml': manifest,
      'data/demo/clients.csv': `Client ref,Start,End,Engaged,Age,Gender,Area\n${rows.join('\n')}\n`,
      'data/demo/offences.csv': `client_id,date,offence_type,gravity,kind\n${offences.join('\n')}\n`,
    });
    const { result, problems } = buildEvaluation('demo', effects);
    const text = (id: string) => result?.figures.find((figure) => figure.id === id)?.text.inline;
    // The sums a reader can do: each window's two counts, and the three counts of the comparison.
    const startedShown =
      ['3', '6', '12'].some((months) => text(`reoffended-within-${months}-months`)?.match(/\(\d+ of \d+\)$/) && text(`not-yet-eligible-${months}-months`)?.match(/^\d+$/)) ||
      ['compared-before-after', 'excluded-no-offences-before', 'excluded-short-follow-up'].every((id) => text(id)?.match(/^\d+$/));
    return { lines: problems.map(formatProblem), text, startedShown };
  };

  test('the 3 not engaged cannot be worked out from the re-offending counts', () => {
    const { lines, text, startedShown } = run(true);
    expect(lines).toEqual([]);
    expect(text('engaged')).toBe('90% or more (of 40)');
    expect(startedShown).toBe(false);
  });

  test('where an engaged client has no start, the build still publishes', () => {
    const { lines, text } = run(false);
    expect(lines).toEqual([]);
    expect(text('engaged')).toBe('90% or more (of 40)');
  });

  // Manchester: 84 referred, 81 engaged ("over 95% (of 84)"); the 3-month window was 64 eligible
  // and 17 not yet, the comparison 50 compared, 8 with no offences before and 23 too short.
  test('in the Manchester example, the engaged are not given back by the re-offending section', () => {
    const manchester = exampleSiteData().site?.evaluations.find((evaluation) => evaluation.slug === 'manchester');
    const text = (id: string) => manchester?.figures.find((figure) => figure.id === id)?.text.inline;
    expect(text('engaged')).toBe('over 95% (of 84)');
    expect([text('reoffended-within-3-months'), text('not-yet-eligible-3-months')]).not.toEqual(['22% (14 of 64)', '17']);
    expect([text('compared-before-after'), text('excluded-no-offences-before'), text('excluded-short-follow-up')]).not.toEqual(['50', '8', '23']);
  });
});

describe('an attribute with one group', () => {
  // Eleven clients, threshold 3, all men, in areas A and B. Three have two scores in one domain,
  // and all three got worse (4 → 1, 3 → 1, 4 → 2): improved 0, maintained 0, deteriorated 3. The
  // only gender is "Male", so a reader knows its groups are everyone: the 3 men reviewed are the 3
  // reviewed, and "worse: not shown" (so 3 or more) pins deteriorated at 3 and the rest at 0.
  const people: ReadonlyArray<readonly [engaged: boolean, age: number | null, scores: readonly [number, number] | null, area: string]> = [
    [false, 66, [4, 1], 'B'],
    [false, 61, null, 'A'],
    [false, 69, null, 'A'],
    [false, 70, null, 'A'],
    [true, 43, [3, 1], 'A'],
    [false, null, null, 'A'],
    [true, 45, null, 'B'],
    [true, 17, [4, 2], 'B'],
    [true, 55, null, 'A'],
    [true, null, null, 'B'],
    [false, 23, null, 'A'],
  ];
  const id = (index: number) => `C${String(index + 1).padStart(3, '0')}`;
  const rows = people.map(([engaged, age, , area], index) => `${id(index)},03/02/2014,,${engaged ? 'Yes' : 'No'},${age ?? ''},Male,${area}`);
  const scores = people.flatMap(([, , pair], index) => (pair ? [`${id(index)},1,03/02/2014,Motivation,${pair[0]}`, `${id(index)},2,30/06/2014,Motivation,${pair[1]}`] : []));
  const manifest = demoManifestWith('      gender: Gender\n', '      gender: Gender\n      area: Area\n').replace('indicators:\n', 'privacy:\n  threshold: 3\nindicators:\n');
  const { result, problems } = buildEvaluation(
    'demo',
    memoryEffects({
      ...DEMO_FILES,
      'data/demo/evaluation.yaml': manifest,
      'data/demo/clients.csv': `Client ref,Start,End,Engaged,Age,Gender,Area\n${rows.join('\n')}\n`,
      'data/demo/assessments.csv': `client_id,review,date,domain,score\n${scores.join('\n')}\n`,
    }),
  );

  test('the one group is the whole: nothing hidden can be worked out from it', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    const figures = result?.figures ?? [];
    const { threshold, unpublishedCells, partitions, sums } = result?.disclosure ?? { threshold: 0, unpublishedCells: [], partitions: [], sums: [] };
    // What a reader knows, written out here rather than taken from evalsite: each count of men is the count of everyone.
    const men = figures.flatMap((figure) => {
      const { numerator, denominator } = figureCells(figure);
      const rest = figure.breakdowns.filter((part) => part.dimension !== 'gender');
      if (rest.length === figure.breakdowns.length) return [];
      const whole = figureCells({ ...figure, breakdowns: rest });
      return [
        [numerator, whole.numerator],
        [denominator, whole.denominator],
      ].flatMap(([part, total]) => (part && total ? [{ parts: [part], total }] : []));
    });
    const relations = [...figureRelations(figures, disclosureRules(TOPICS, partitions, { sums }), unpublishedCells), ...men];
    const view = readerView(figures, threshold, unpublishedCells);
    for (const { parts, total } of relations) for (const cell of [...parts, total]) if (!view.has(cell)) view.set(cell, { min: 0, max: 1000 });
    const cells = [...view].map(([cell, { min, max }]) => ({ id: cell, published: min === max ? { kind: 'exact' as const, value: min } : { kind: 'range' as const, min, max } }));
    const exposures = auditDisclosure({ cells, relations: relations.map(({ parts, total }) => ({ terms: parts.map((cell) => ({ cell, coefficient: 1 })), equals: { cell: total } })) });
    expect(pinnedSecrets(exposures, threshold, unpublishedCells).map((exposure) => exposure.id)).toEqual([]);
  });

  test('a one-group share of the cohort is shown: that everyone is a man is what the one group says', () => {
    expect(result?.figures.find((figure) => figure.id === 'cohort-share[gender=male]')?.text.inline).toBe('100% (11 of 11, small base)');
  });
});

describe('the number of records of each dataset', () => {
  // The demo: 3 clients (the referrals read "fewer than 5"), one with two scores in one domain, so
  // 2 assessment records. The methodology page lists each dataset's records: 3 clients would be
  // the hidden referrals.
  test('is a count: under the threshold it reads "fewer than 5"', () => {
    const { result, problems } = buildEvaluation('demo', memoryEffects(DEMO_FILES));
    expect(problems).toEqual([]);
    expect(result?.figures.find((figure) => figure.id === 'referred')?.text.inline).toBe('fewer than 5');
    expect(result?.datasets.map((dataset) => [dataset.kind, dataset.records])).toEqual([
      ['clients', 'fewer than 5'],
      ['contacts', 'fewer than 5'],
      ['assessments', 'fewer than 5'],
    ]);
  });

  // 20 clients, two feedback questions: 12 answered the first (shown), 3 the second ("fewer than
  // 5"). 15 feedback records less the 12 would give the 3 back.
  test('where it adds up figures that are not all shown, it is not shown', () => {
    const answers = [...Array.from({ length: 12 }, (_, index) => `C${String(index + 1).padStart(3, '0')},Helped?,Agree`), 'C001,Again?,Agree', 'C002,Again?,Agree', 'C003,Again?,Disagree'];
    const manifest = (text: string) => text.replace('  contacts:\n', '  feedback:\n    file: feedback.csv\n    responses: [Disagree, Agree]\n  contacts:\n');
    const { lines, shown } = build(many(20, { age: 30, engaged: true, area: 'A' }), manifest, { 'data/demo/feedback.csv': `client_id,question,response\n${answers.join('\n')}\n` });
    expect(lines).toEqual([]);
    expect(shown.get('responses[question=again]')?.text.inline).toBe('fewer than 5');
    const { result } = buildEvaluation(
      'demo',
      memoryEffects({
        ...DEMO_FILES,
        'data/demo/evaluation.yaml': manifest(demoManifestWith('      gender: Gender\n', '      gender: Gender\n      area: Area\n')),
        'data/demo/clients.csv': `Client ref,Start,End,Engaged,Age,Gender,Area\n${many(20, { age: 30, engaged: true, area: 'A' })
          .map((_, index) => `C${String(index + 1).padStart(3, '0')},03/02/2014,,Yes,30,Male,A`)
          .join('\n')}\n`,
        'data/demo/feedback.csv': `client_id,question,response\n${answers.join('\n')}\n`,
      }),
    );
    expect(result?.datasets.find((dataset) => dataset.kind === 'feedback')?.records).toBe('not shown');
    expect(result?.datasets.find((dataset) => dataset.kind === 'clients')?.records).toBe('20');
  });
});

describe('when no treatment exists', () => {
  // Seven clients, threshold 3: two in area A, three in area B, two with no area; six reviewed in
  // one domain (C004 has no scores). With outcome statuses by area and by gender over so few
  // people, whatever is hidden some count can still be worked out, so nothing is built. Without
  // the area breakdown the same data build.
  const clients = [
    'Client ref,Start,End,Engaged,Age,Gender,Area',
    'C001,03/02/2014,,Yes,32,Female,Area A',
    'C002,03/02/2014,,Yes,18,Male,Area A',
    'C003,03/02/2014,,Yes,21,Male,Area B',
    'C004,03/02/2014,,No,41,Male,Area B',
    'C005,03/02/2014,,Yes,51,Female,Area B',
    'C006,03/02/2014,,Yes,38,Male,',
    'C007,03/02/2014,,Yes,28,Female,',
  ].join('\n');
  const scores = { C001: [9, 4], C002: [3, 10], C003: [3, 3], C005: [2, 7], C006: [6, 6], C007: [5, 7] };
  const assessments = [
    'client_id,review,date,domain,score',
    ...Object.entries(scores).flatMap(([id, [first, last]]) => [`${id},1,03/02/2014,Motivation,${first}`, `${id},2,30/06/2014,Motivation,${last}`]),
  ].join('\n');
  const run = (attributes: string) => {
    const manifest = demoManifestWith('      gender: Gender\n', attributes).replace('indicators:\n', 'privacy:\n  threshold: 3\nindicators:\n');
    return buildEvaluation('demo', memoryEffects({ ...DEMO_FILES, 'data/demo/evaluation.yaml': manifest, 'data/demo/clients.csv': `${clients}\n`, 'data/demo/assessments.csv': `${assessments}\n` }));
  };

  test('the build stops with a located problem naming the figures, not the groups', () => {
    const { result, problems } = run('      gender: Gender\n      area: Area\n');
    expect(result).toBeUndefined();
    expect(problems.map((found) => found.code)).toEqual(['disclosure-not-achieved']);
    const [found] = problems;
    expect(found).toBeDefined();
    const line = found ? formatProblem(found) : '';
    expect(line).toMatch(/^data\/demo\/evaluation\.yaml:privacy — \d+ hidden counts that the published figures would still reveal \(in [^)]*reviewed by domain and area[^)]*\)/);
    expect(line).not.toMatch(/area a|area b|area-a|area-b|female|male\b/i);
  });

  test('without the area breakdown, the same data build', () => {
    expect(run('      gender: Gender\n').problems).toEqual([]);
  });
});
