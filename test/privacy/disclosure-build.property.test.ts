import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem } from '../../src/lib/index.ts';
import { auditDisclosure } from '../../src/lib/disclosure/disclosureAudit.ts';
import { figureRelations } from '../../src/lib/disclosure/figureRelations.ts';
import { disclosureRules, TOPICS } from '../../src/lib/topics/index.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { DEMO_FILES, demoManifestWith } from '../support/memoryProject.ts';
import { pinnedSecrets, readerView } from '../support/readerView.ts';

/**
 * The whole data step on random evaluations: a client attribute with 2 to 6 groups of 0 to 30
 * people (some with it blank), a gender that is sometimes everyone's, a second attribute with
 * blanks, random engagement and starts (early, late, none), ages and age bands (covering everyone,
 * overlapping, leaving a gap, one band for all), scores in two domains, answers to two feedback
 * questions, offences before and after starting, and published counts and shares by group (adding
 * up to their total or not), under a random threshold. Whatever the table, the build either
 * publishes figures that an independent audit of what the pages show (test/support/readerView.ts)
 * finds no hidden count pinned in, or stops with a located problem from disclosure control that
 * names no group. It never throws. DISCLOSURE_SEED and DISCLOSURE_RUNS run other and more cases
 * (six seeds of 250 passed when it was written).
 */

const RESPONSES = ['Disagree', 'Neutral', 'Agree', 'Strongly agree'];
// Group labels that would be easy to spot in a message.
const GROUPS = ['Quokka', 'Narwhal', 'Axolotl', 'Pangolin', 'Okapi', 'Tapir'];
const AREAS = ['Wombat', 'Dugong', ''];
const QUESTIONS = ['Did mentoring help?', 'Would you recommend it?'];
const DOMAINS = ['Motivation', 'Housing'];

const clientShape = fc.record({
  engaged: fc.boolean(),
  // Engaged clients start early, late (not yet followed up for long) or with no start recorded.
  start: fc.constantFrom('early', 'early', 'early', 'late', 'none'),
  offendedBefore: fc.boolean(),
  reoffended: fc.boolean(),
  age: fc.option(fc.integer({ min: 17, max: 70 }), { freq: 8 }),
  female: fc.boolean(),
  area: fc.integer({ min: 0, max: AREAS.length - 1 }),
  scores: fc.array(fc.option(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 })), { freq: 2 }), { minLength: 2, maxLength: 2 }),
  answers: fc.array(fc.option(fc.integer({ min: 0, max: RESPONSES.length - 1 }), { freq: 2 }), { minLength: 2, maxLength: 2 }),
});

/** A row of a published indicators dataset: a count or a share, for everyone or a group. */
const aggregateShape = fc.record({
  total: fc.integer({ min: 0, max: 60 }),
  groups: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 3 }),
  percent: fc.boolean(),
  // Where a share, its numerator as a fraction of its base, and whether the row gives the numerator or only the value.
  share: fc.integer({ min: 0, max: 10 }),
  numeratorGiven: fc.boolean(),
});

const evaluations = fc.record({
  threshold: fc.constantFrom(3, 5, 7, 10),
  groups: fc.array(fc.array(clientShape, { maxLength: 30 }), { minLength: 2, maxLength: 6 }),
  blanks: fc.array(clientShape, { maxLength: 4 }),
  bands: fc.constantFrom('none', 'split', 'overlap', 'gap', 'everyone'),
  // Everyone a man (an attribute with one group), or men and women.
  oneGender: fc.boolean(),
  areas: fc.boolean(),
  offences: fc.boolean(),
  aggregates: fc.option(fc.array(aggregateShape, { minLength: 1, maxLength: 3 }), { freq: 2 }),
});

type Evaluation = typeof evaluations extends fc.Arbitrary<infer T> ? T : never;

const BANDS = {
  none: '',
  // Two bands that cover every recorded age.
  split: '  - { id: under-30, label: Under 30, max: 29 }\n  - { id: 30-and-over, label: 30 and over, min: 30 }\n',
  overlap: '  - { id: under-30, label: Under 30, max: 29 }\n  - { id: 25-to-40, label: 25 to 40, min: 25, max: 40 }\n  - { id: 41-and-over, label: 41 and over, min: 41 }\n',
  // Bands that leave the 30- to 39-year-olds out.
  gap: '  - { id: under-30, label: Under 30, max: 29 }\n  - { id: 40-and-over, label: 40 and over, min: 40 }\n',
  // One band holding everyone with an age.
  everyone: '  - { id: 16-and-over, label: 16 and over, min: 16 }\n',
} as const;

function files(evaluation: Evaluation): Record<string, string> {
  const people = [
    ...evaluation.groups.flatMap((members, index) => members.map((member) => ({ ...member, group: GROUPS[index] ?? '' }))),
    ...evaluation.blanks.map((member) => ({ ...member, group: '' })),
  ];
  // At least the two clients the demo's contacts name (C001, C002).
  const filler = {
    engaged: true,
    start: 'early' as const,
    offendedBefore: false,
    reoffended: false,
    age: 30,
    female: false,
    area: 0,
    scores: [null, null],
    answers: [null, null],
    group: GROUPS[0] ?? '',
  };
  while (people.length < 2) people.push(filler);
  const id = (index: number) => `C${String(index + 1).padStart(3, '0')}`;
  const startOf = (person: (typeof people)[number]) => (!person.engaged || person.start === 'none' ? '' : person.start === 'late' ? '01/11/2014' : '03/02/2014');
  const clients = people.map(
    (person, index) =>
      `${id(index)},${startOf(person)},,${person.engaged ? 'Yes' : 'No'},${person.age ?? ''},${person.female && !evaluation.oneGender ? 'Female' : 'Male'},${person.group},${evaluation.areas ? (AREAS[person.area] ?? '') : ''}`,
  );
  const scores = people.flatMap((person, index) =>
    person.scores.flatMap((pair, domain) => (pair ? [`${id(index)},1,03/02/2014,${DOMAINS[domain]},${pair[0]}`, `${id(index)},2,30/06/2014,${DOMAINS[domain]},${pair[1]}`] : [])),
  );
  const answers = people.flatMap((person, index) => person.answers.flatMap((answer, question) => (answer === null ? [] : [`${id(index)},${QUESTIONS[question]},${RESPONSES[answer]}`])));
  const offences = people.flatMap((person, index) => [
    ...(person.offendedBefore ? [`${id(index)},10/06/2013,Theft,3,conviction`] : []),
    ...(person.reoffended && startOf(person) !== '' ? [`${id(index)},20/11/2014,Theft,3,conviction`] : []),
  ]);
  const aggregates = (evaluation.aggregates ?? []).flatMap((row, index) => {
    const name = `published-${index + 1}`;
    const line = (group: string, base: number) => {
      if (!row.percent) return `${name},${group},${base},,,count,`;
      const numerator = Math.round((base * row.share) / 10);
      const value = base === 0 ? 0 : (100 * numerator) / base;
      return row.numeratorGiven ? `${name},${group},${numerator},${base},,percent,` : `${name},${group},,${base},${value.toFixed(1)},percent,`;
    };
    // Groups that add up to the total, or leave some out (a total larger than their sum). A share needs a base of 1 or more.
    const sizes = row.groups.map((size) => (row.percent ? Math.max(1, size) : size));
    const total = Math.max(
      row.total,
      row.percent ? 1 : 0,
      sizes.reduce((sum, size) => sum + size, 0),
    );
    return [line('', total), ...sizes.map((size, group) => line(GROUPS[group] ?? '', size))];
  });
  const definitions = (evaluation.aggregates ?? []).map((_, index) => `  - id: published-${index + 1}\n    label: Published ${index + 1}\n    definition: A figure as published elsewhere.\n`).join('');
  const manifest = demoManifestWith('      gender: Gender\n', `      gender: Gender\n      group: Group\n${evaluation.areas ? '      area: Area\n' : ''}`)
    .replace('  - { id: under-25, label: Under 25, max: 24 }\n', BANDS[evaluation.bands])
    .replace('age_bands:\n', evaluation.bands === 'none' ? '' : 'age_bands:\n')
    .replace('indicators:\n', `privacy:\n  threshold: ${evaluation.threshold}\nindicators:\n${definitions}`)
    .replace('as_of: 2014-12-31', 'as_of: 2014-12-31')
    .replace('  contacts:\n', answers.length > 0 ? `  feedback:\n    file: feedback.csv\n    responses: [${RESPONSES.join(', ')}]\n  contacts:\n` : '  contacts:\n')
    .replace(
      '  contacts:\n',
      evaluation.offences && offences.length > 0
        ? '  offences:\n    file: offences.csv\n    format:\n      date: DD/MM/YYYY\n    kinds: [conviction]\n    gravity: { min: 1, max: 8 }\n    before_years: 3\n    minimum_follow_up_months: 3\n  contacts:\n'
        : '  contacts:\n',
    )
    .replace('  contacts:\n', aggregates.length > 0 ? '  indicators:\n    file: published.csv\n  contacts:\n' : '  contacts:\n')
    .replace('  assessments:\n    file: assessments.csv\n    scale: wellbeing\n', scores.length > 0 ? '  assessments:\n    file: assessments.csv\n    scale: wellbeing\n' : '');
  return {
    ...DEMO_FILES,
    'data/demo/evaluation.yaml': manifest,
    'data/demo/clients.csv': `Client ref,Start,End,Engaged,Age,Gender,Group,Area\n${clients.join('\n')}\n`,
    'data/demo/assessments.csv': `client_id,review,date,domain,score\n${scores.join('\n')}\n`,
    'data/demo/feedback.csv': `client_id,question,response\n${answers.join('\n')}\n`,
    'data/demo/offences.csv': `client_id,date,offence_type,gravity,kind\n${offences.join('\n')}\n`,
    'data/demo/published.csv': `indicator,group,numerator,denominator,value,unit,bound\n${aggregates.join('\n')}\n`,
  };
}

describe('disclosure control on random evaluations, through the whole data step', () => {
  test('publishes with no hidden count pinned, or stops with a located problem naming no group; never throws', () => {
    let published = 0;
    const runs = Number(process.env.DISCLOSURE_RUNS ?? 50);
    fc.assert(
      fc.property(evaluations, (evaluation) => {
        const { result, problems } = buildEvaluation('demo', memoryEffects(files(evaluation)));
        if (!result) {
          expect(problems.length).toBeGreaterThan(0);
          for (const found of problems) {
            expect(['disclosure-not-achieved', 'disclosure-audit-unfinished'], formatProblem(found)).toContain(found.code);
            expect(found).toMatchObject({ file: 'data/demo/evaluation.yaml', column: 'privacy' });
            for (const group of [...GROUPS, ...AREAS.filter(Boolean)]) expect(formatProblem(found).toLowerCase()).not.toContain(group.toLowerCase());
          }
          return;
        }
        published += 1;
        const { threshold, unpublishedCells, partitions, sums } = result.disclosure;
        const view = readerView(result.figures, threshold, unpublishedCells);
        const cells = [...view].map(([id, { min, max }]) => ({ id, published: min === max ? { kind: 'exact' as const, value: min } : { kind: 'range' as const, min, max } }));
        const relations = figureRelations(result.figures, disclosureRules(TOPICS, partitions, { sums }), unpublishedCells);
        const exposures = auditDisclosure({ cells, relations: relations.map(({ parts, total }) => ({ terms: parts.map((cell) => ({ cell, coefficient: 1 })), equals: { cell: total } })) });
        expect(pinnedSecrets(exposures, threshold, unpublishedCells)).toEqual([]);
      }),
      { seed: Number(process.env.DISCLOSURE_SEED ?? 20261206), numRuns: runs },
    );
    // The property says something only if most random evaluations publish.
    expect(published).toBeGreaterThan(0.7 * runs);
  });
});
