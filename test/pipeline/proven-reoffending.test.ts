import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem } from '../../src/lib/index.ts';
import { computedFigures, computedFiguresOf } from '../support/computedFigures.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';
import { PROJECT_ROOT } from '../support/projectCopy.ts';
import { memoryEffects, type MemoryFile } from '../support/memoryEffects.ts';
import { DEMO_FILES, demoManifestWith } from '../support/memoryProject.ts';

// Issue 13, item 1: the MoJ-style proven re-offending measure, opted into in the manifest, with
// its inputs checked (located, never a value) and "not measured" when proven dates are absent.

function run(changes: Readonly<Record<string, MemoryFile | null>>) {
  const effects = memoryEffects({ ...DEMO_FILES, ...changes });
  const { result, problems } = buildEvaluation('demo', effects);
  const figures = problems.length === 0 ? computedFiguresOf(effects.readText, 'demo') : [];
  return { lines: problems.map(formatProblem), result, figures: new Map(figures.map((figure) => [figure.id, figure])) };
}

const OFFENCES = '  offences:\n    file: offences.csv\n';
/** The demo manifest with an offences dataset, and the proven measure asked for unless `proven` is false. */
function manifest({ proven = true }: { proven?: boolean } = {}): string {
  return `${demoManifestWith('scales:\n', `${OFFENCES}scales:\n`)}${proven ? 'reoffending:\n  proven: true\n' : ''}`;
}

// As-of 31 Dec 2014. C001: index 30 Jun 2013, so 18 months later is 30 Dec 2014, on or before
// as-of: eligible; aged 17, a juvenile. C002: index 1 Jul 2013, 18 months later is 1 Jan 2015,
// after as-of: not yet eligible. C003: no index event.
const CLIENTS =
  'Client ref,Start,End,Engaged,Age,Gender,index_date,index_event,age_at_index\n' +
  'C001,03/02/2014,30/06/2014,Yes,19,Male,30/06/2013,release,17\n' +
  'C002,10/03/2014,,Yes,31,Female,01/07/2013,Court order,30\n' +
  'C003,,,No,22,Male,,,\n';
// C001's offence of 1 Aug 2013, proven 1 Oct 2013, is 32 days after the index date (1 + 31): counted.
// C002's is not yet followed; its offence after the start is not proven.
const OFFENCE_ROWS = 'client_id,date,offence_type,proven_date\nC001,01/08/2013,Theft,01/10/2013\nC002,01/11/2014,Theft,\n';

describe('the proven measure, opted in', () => {
  test('juvenile C001 re-offended once, 32 days after the index date; C002 is not yet eligible and C003 has no index event', () => {
    const { lines, figures, result } = run({ 'data/demo/evaluation.yaml': manifest(), 'data/demo/clients.csv': CLIENTS, 'data/demo/offences.csv': OFFENCE_ROWS });
    expect(lines).toEqual([]);
    const value = (id: string) => figures.get(id)?.value;
    expect(value('proven-index-events')).toBe(2);
    expect(value('proven-no-index-event')).toBe(1);
    expect(value('proven-eligible')).toBe(1);
    expect(value('proven-not-yet-eligible')).toBe(1);
    expect(value('proven-cohort-juveniles')).toBe(1);
    expect(value('proven-cohort-adults')).toBe(0);
    expect(value('proven-reoffending-rate-juveniles')).toBe(100);
    expect(value('proven-reoffences-per-100-juveniles')).toBe(100);
    expect(value('proven-days-to-first-reoffence-juveniles')).toBe(32);
    // No adult is eligible: no adult rate at all, never one rate of everyone.
    expect(figures.has('proven-reoffending-rate-adults')).toBe(false);
    expect(figures.get('proven-reoffending-rate-juveniles')?.derivation.inputs.map((input) => input.column)).toEqual(['index_date', 'index_event', 'age_at_index', 'client_id', 'date', 'proven_date']);
    expect(result?.notMeasured.filter((record) => record.metric.startsWith('proven-'))).toEqual([]);
  });

  test('not asked for: no proven figure, whatever the columns hold', () => {
    const { lines, figures } = run({ 'data/demo/evaluation.yaml': manifest({ proven: false }), 'data/demo/clients.csv': CLIENTS, 'data/demo/offences.csv': OFFENCE_ROWS });
    expect(lines).toEqual([]);
    expect([...figures.keys()].filter((id) => id.startsWith('proven-'))).toEqual([]);
  });

  test('no proven dates: every proven figure is not measured, never computed as nobody re-offending', () => {
    const { lines, figures, result } = run({
      'data/demo/evaluation.yaml': manifest(),
      'data/demo/clients.csv': CLIENTS,
      'data/demo/offences.csv': 'client_id,date,offence_type\nC001,01/08/2013,Theft\nC002,01/11/2014,Theft\n',
    });
    expect(lines).toEqual([]);
    expect([...figures.keys()].filter((id) => id.startsWith('proven-'))).toEqual([]);
    const record = result?.notMeasured.find((entry) => entry.id === 'proven-reoffending-rate-adults');
    expect(record?.reason).toBe('No offence has a proven date (the date of its conviction or caution), so no offence can be counted as proven.');
  });

  test('a manifest setting that is not true or false is refused', () => {
    const { lines } = run({ 'data/demo/evaluation.yaml': manifest().replace('proven: true', 'proven: often') });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^data\/demo\/evaluation\.yaml:\d+:reoffending\.proven — /);
  });
});

describe('the proven measure’s inputs are checked, located, never quoting a value', () => {
  test('an unknown event, ages out of range, an incomplete index event, dates after as-of and a proven date before its offence', () => {
    const { lines } = run({
      'data/demo/evaluation.yaml': manifest(),
      'data/demo/clients.csv':
        'Client ref,Start,End,Engaged,Age,Gender,index_date,index_event,age_at_index\n' +
        'C001,03/02/2014,30/06/2014,Yes,19,Male,30/06/2013,parole,9\n' +
        'C002,10/03/2014,,Yes,31,Female,01/07/2013,,\n' +
        'C003,,,No,22,Male,05/01/2015,caution,121\n',
      'data/demo/offences.csv': 'client_id,date,days_from_start,offence_type,proven_date\nC001,01/08/2013,,Theft,01/07/2013\nC002,,10,Theft,01/04/2014\nC002,01/11/2014,,Theft,01/02/2015\n',
    });
    expect(lines).toEqual([
      'data/demo/clients.csv:2:age_at_index — an age at the index date under 10 — an age at the index date in whole years from 10 to 120 (under 10 is below the age of criminal responsibility)',
      'data/demo/clients.csv:2:index_event — an index event not in the list — one of release, court-order, caution: the event the proven re-offending follow-up starts from (docs/datasets.md#clients)',
      'data/demo/clients.csv:3:index_event — an index event with no index_event and no age_at_index — index_date, index_event, age_at_index filled in together, or all blank for a client with no index event',
      'data/demo/clients.csv:4:age_at_index — an age at the index date over 120 — an age at the index date in whole years from 10 to 120 (under 10 is below the age of criminal responsibility)',
      'data/demo/clients.csv:4:index_date — an index date after the data as-of date — an index date on or before as_of (2014-12-31)',
      'data/demo/offences.csv:2:proven_date — a proven date before the offence date — a proven date (conviction or caution) on or after the date the offence was committed (date)',
      'data/demo/offences.csv:3:proven_date — a proven date with no offence date — the date the offence was committed (date) beside its proven date: the proven measure counts offences by the day they were committed',
      'data/demo/offences.csv:4:proven_date — a proven date after the data as-of date — a proven date on or before as_of (2014-12-31); leave it blank while the offence is not yet proven',
    ]);
  });
});

// The illustrative needs-inventory example (data/needs-inventory/README.md), as-of 31 Mar 2023,
// worked by hand from offences.csv and clients.csv:
//   Eligible (index + 18 months ≤ 2023-03-31): N001–N013, all adults (ages 18–52): cohort 13.
//   Not yet eligible: N014 (index 2021-12-06), N015 (2022-05-20): 2. No index event: N016–N018: 3.
//   Counted re-offences, with days from the index date to the first:
//     N001 2 (first 2021-03-01: 15 Jan → 1 Mar = 16 + 28 + 1 = 45 days)
//     N002 1 (1 Jun: 10 Mar → 1 Jun = 21 + 30 + 31 + 1 = 83)
//     N003 3 (first on the index date: 0)
//     N005 1 (15 Jun 2022, proven 20 Dec 2022, before 30 Dec: 30 Jun 2021 → 15 Jun 2022 = 365 − 15 = 350)
//     N007 1 (1 Oct 2020: 30), N008 1 (1 Mar 2022: 30 Sep → 1 Mar = 31 + 30 + 31 + 31 + 28 + 1 = 152),
//     N012 1 (8 Oct: 8 Aug → 8 Oct = 31 + 30 = 61)
//   Not counted: N004 (proven 1 Jun 2022, on or after 20 May 2022), N006 (before the index),
//   N007's second (not proven), N011 (committed after the 12 months).
//   7 re-offenders of 13 = 53.8% → 54%; 10 re-offences ÷ 7 = 1.43 → 1.4; 10 ÷ 13 × 100 = 76.92 → 76.9;
//   mean days (45 + 83 + 0 + 350 + 30 + 152 + 61) ÷ 7 = 721 ÷ 7 = 103.0.
describe('the needs-inventory example’s illustrative proven re-offending', () => {
  const figures = new Map(computedFigures(PROJECT_ROOT, 'needs-inventory').map((figure) => [figure.id, figure]));
  const evaluation = exampleSiteData().site?.evaluations.find((candidate) => candidate.slug === 'needs-inventory');
  const shown = (id: string) => evaluation?.figures.find((figure) => figure.id === id)?.text.value;

  test('the computed figures match the hand count', () => {
    expect(figures.get('proven-index-events')?.value).toBe(15);
    expect(figures.get('proven-no-index-event')?.value).toBe(3);
    expect(figures.get('proven-not-yet-eligible')?.value).toBe(2);
    expect(figures.get('proven-cohort-adults')?.value).toBe(13);
    expect(figures.get('proven-cohort-juveniles')?.value).toBe(0);
    expect(figures.get('proven-reoffenders-adults')?.value).toBe(7);
    expect(figures.get('proven-reoffences-per-reoffender-adults')?.value).toBeCloseTo(10 / 7, 10);
    expect(figures.get('proven-reoffences-per-100-adults')?.value).toBeCloseTo(1000 / 13, 10);
    expect(figures.get('proven-days-to-first-reoffence-adults')?.value).toBeCloseTo(103, 10);
  });

  test('the page shows the adult figures, as-of design and all, and protects the small counts', () => {
    expect(shown('proven-reoffending-rate-adults')).toBe('54%');
    expect(shown('proven-reoffences-per-reoffender-adults')).toBe('1.4');
    expect(shown('proven-reoffences-per-100-adults')).toBe('76.9');
    expect(shown('proven-days-to-first-reoffence-adults')).toBe('103.0');
    expect(shown('proven-cohort-juveniles')).toBe('fewer than 5');
    expect(shown('proven-not-yet-eligible')).toBe('fewer than 5');
    expect(evaluation?.figures.find((figure) => figure.id === 'proven-reoffending-rate-adults')?.evidence).toMatchObject({ design: 'after-only', level: 1 });
    const section = evaluation?.sections.find((candidate) => candidate.id === 'proven-reoffending');
    expect(section?.title).toBe('Proven re-offending (Ministry of Justice definition)');
  });
});

// Issue 13, item 1, for a service that works with adults only (reoffending.age_groups: [adults]).
// 35 clients, as-of 31 Dec 2014: C001–C023 have an index event on 1 Jan 2013 (+ 18 months = 1 Jul
// 2014 ≤ as-of: eligible), aged 30; C024–C030 on 1 Oct 2013 (+ 18 months = 1 Apr 2015: not yet
// eligible); C031–C035 have none. C001–C009 each have one offence on 1 Mar 2013, proven 1 May 2013
// (59 days after the index: 31 + 28). So 9 of 23 = 39.13% → 39%, 9 ÷ 9 = 1.0 per re-offender,
// 9 ÷ 23 × 100 = 39.13 → 39.1 per 100, mean 59.0 days.
function adultService(ageOf: (n: number) => number = () => 30): Record<string, string> {
  const ids = Array.from({ length: 35 }, (_, index) => index + 1);
  const ref = (n: number) => `C${String(n).padStart(3, '0')}`;
  const index = (n: number) => (n <= 23 ? `01/01/2013,release,${ageOf(n)}` : n <= 30 ? `01/10/2013,court-order,${ageOf(n)}` : ',,');
  return {
    'data/demo/clients.csv': `Client ref,Start,End,Engaged,Age,Gender,index_date,index_event,age_at_index\n${ids.map((n) => `${ref(n)},03/02/2014,,Yes,30,${n % 2 === 0 ? 'Male' : 'Female'},${index(n)}`).join('\n')}\n`,
    'data/demo/offences.csv': `client_id,date,offence_type,proven_date\n${ids
      .filter((n) => n <= 9)
      .map((n) => `${ref(n)},01/03/2013,Theft,01/05/2013`)
      .join('\n')}\n`,
  };
}
const adultsOnly = (groups = '[adults]') => manifest().replace('proven: true\n', `proven: true\n  age_groups: ${groups}\n`);

describe('a service for adults only', () => {
  test('publishes its adult figures; the juvenile ones are not applicable, neither computed nor published', () => {
    const run1 = run({ 'data/demo/evaluation.yaml': adultsOnly(), ...adultService() });
    expect(run1.lines).toEqual([]);
    const evaluation = run1.result;
    const shown = (id: string) => evaluation?.figures.find((figure) => figure.id === id)?.text.value;
    expect(shown('proven-eligible')).toBe('23');
    expect(shown('proven-cohort-adults')).toBe('23');
    expect(shown('proven-reoffending-rate-adults')).toBe('39%');
    expect(shown('proven-reoffences-per-100-adults')).toBe('39.1');
    expect(shown('proven-days-to-first-reoffence-adults')).toBe('59.0');
    expect(evaluation?.figures.filter((figure) => figure.id.endsWith('-juveniles'))).toEqual([]);
    expect(evaluation?.notMeasured.filter((record) => record.id.startsWith('proven-'))).toEqual([]);
    expect(evaluation?.notApplicable.map((record) => record.id)).toEqual([
      'proven-cohort-juveniles',
      'proven-reoffenders-juveniles',
      'proven-reoffending-rate-juveniles',
      'proven-reoffences-per-reoffender-juveniles',
      'proven-reoffences-per-100-juveniles',
      'proven-days-to-first-reoffence-juveniles',
    ]);
    expect(evaluation?.notApplicable[0]?.reason).toBe('Not applicable: the service works with adults only.');
  });

  test('declared both (the default), the same service loses its adult rate to a juvenile cohort of 0', () => {
    const { lines, result } = run({ 'data/demo/evaluation.yaml': manifest(), ...adultService() });
    expect(lines).toEqual([]);
    expect(result?.figures.find((figure) => figure.id === 'proven-cohort-juveniles')?.text.value).toBe('fewer than 5');
    expect(result?.figures.find((figure) => figure.id === 'proven-reoffending-rate-adults')?.text.value).toBe('not shown');
    expect(result?.notApplicable).toEqual([]);
  });

  test('a 16-year-old at the index date is a located error that never quotes the age', () => {
    // C005 is 16 at the index date: row 6 of the file (the header is row 1).
    const { lines } = run({ 'data/demo/evaluation.yaml': adultsOnly(), ...adultService((n) => (n === 5 ? 16 : 30)) });
    expect(lines).toEqual([
      'data/demo/clients.csv:6:age_at_index — an age at the index date under 18 (a juvenile) — an age at the index date of 18 or over: reoffending.age_groups in evaluation.yaml says the service works with adults only (correct the age, or add the group to age_groups)',
    ]);
    expect(lines.join('\n')).not.toMatch(/16/);
  });

  test('an 18-year-old in a service for juveniles only is the same error, the other way round', () => {
    const { lines } = run({ 'data/demo/evaluation.yaml': adultsOnly('[juveniles]'), ...adultService((n) => (n === 1 ? 18 : 15)) });
    expect(lines).toEqual([
      'data/demo/clients.csv:2:age_at_index — an age at the index date of 18 or over (an adult) — an age at the index date from 10 to 17: reoffending.age_groups in evaluation.yaml says the service works with juveniles only (correct the age, or add the group to age_groups)',
    ]);
  });

  test('age_groups must name adults or juveniles, at least one, each once', () => {
    for (const groups of ['[children]', '[]', '[adults, adults]']) {
      const { lines } = run({ 'data/demo/evaluation.yaml': adultsOnly(groups), ...adultService() });
      expect(lines, groups).toHaveLength(1);
      expect(lines[0], groups).toMatch(/^data\/demo\/evaluation\.yaml:\d+:reoffending\.age_groups(\[0\])? — /);
    }
  });
});

// Issue 13, item 1: "The methodology page quotes each definition and its source".
describe('each re-offending measure’s definition and source, for the methodology page', () => {
  const evaluation = exampleSiteData().site?.evaluations.find((candidate) => candidate.slug === 'needs-inventory');

  test('the needs-inventory example has both measures, in the findings page’s order, each with its source named', () => {
    const definitions = evaluation?.measureDefinitions ?? [];
    expect(definitions.map((definition) => definition.id)).toEqual(['definition-reoffending-recorded', 'definition-proven-reoffending']);
    const [service, proven] = definitions;
    // The service's measure is evalsite's own: no quotation, its source the offence file.
    expect(service?.quotation).toBeNull();
    expect(service?.source.title).toContain('data/needs-inventory/offences.csv');
    expect(service?.paragraphs.join(' ')).toContain('from the day they started with the service, for 3, 6 and 12 calendar months');
    expect(service?.paragraphs.join(' ')).toContain('no waiting period');
    // The proven measure quotes the Ministry once, and names its guide.
    expect(proven?.quotation?.text).toContain('within a further six month waiting period');
    expect(proven?.source.title).toMatch(/^Ministry of Justice, Guide to Proven Reoffending Statistics/);
    expect(proven?.paragraphs.join(' ')).toContain('at least 18 months before');
    expect(proven?.paragraphs.join(' ')).toContain('Adults (18 or over at the index date) and juveniles (10 to 17) are reported separately');
  });

  test('each re-offending figure’s card and section link to its definition; no other figure does', () => {
    const linkOf = (id: string) => evaluation?.figures.find((figure) => figure.id === id)?.card.definition?.id ?? null;
    expect(linkOf('proven-reoffending-rate-adults')).toBe('definition-proven-reoffending');
    expect(linkOf('proven-cohort-juveniles')).toBe('definition-proven-reoffending');
    expect(linkOf('reoffended-within-12-months')).toBe('definition-reoffending-recorded');
    expect(linkOf('engaged')).toBeNull();
    const sectionLink = (id: string) => evaluation?.sections.find((section) => section.id === id)?.definition?.id ?? null;
    expect(sectionLink('reoffending')).toBe('definition-reoffending-recorded');
    expect(sectionLink('proven-reoffending')).toBe('definition-proven-reoffending');
    expect(sectionLink('engagement')).toBeNull();
  });

  test('an adult-only service’s definition says only adults are reported; without an offences file there is nothing to define', () => {
    const adults = run({ 'data/demo/evaluation.yaml': adultsOnly(), ...adultService() }).result;
    expect(adults?.measureDefinitions.find((definition) => definition.id === 'definition-proven-reoffending')?.paragraphs).toContain(
      'The Ministry reports adults (18 or over at the index date) and juveniles (10 to 17) separately; this service works with adults only, so only adults are reported.',
    );
    expect(run({}).result?.measureDefinitions).toEqual([]);
  });
});

// Issue 13, item 1: "the page may show the latest national rate for the matching group only as
// context, never as a comparison, and says so".
describe('a national rate, as context only', () => {
  const withContext = (entries: string) => adultsOnly().replace('age_groups: [adults]\n', `age_groups: [adults]\n  national_context:\n${entries}`);
  const ADULTS_2022 = '    - group: adults\n      rate: 25.3\n      period: October to December 2022\n      source: { title: "Proven reoffending statistics: October to December 2022" }\n';

  test('is one sentence beside the adult rate in the proven section, and in no figure, table or chart', () => {
    const { lines, result } = run({ 'data/demo/evaluation.yaml': withContext(ADULTS_2022), ...adultService() });
    expect(lines).toEqual([]);
    const section = result?.sections.find((candidate) => candidate.id === 'proven-reoffending');
    expect(section?.cards).toContain('proven-reoffending-rate-adults');
    expect(section?.caveat?.paragraphs.at(-1)).toBe(
      'For context, not comparison: the national proven re-offending rate for adults was 25.3% in October to December 2022 (Proven reoffending statistics: October to December 2022); it is for everyone cautioned, convicted or released from custody in England and Wales, not a group like this service’s clients, so the gap between the two rates says nothing about what the service did.',
    );
    expect(section?.tables).toEqual([]);
    // The section's one chart draws the service's adult rate alone: one bar, and no 25.3 anywhere in it.
    expect(section?.charts).toEqual(['chart-proven-reoffending-rate']);
    const chart = result?.charts.find((candidate) => candidate.id === 'chart-proven-reoffending-rate');
    expect(chart?.table.rows).toEqual([['Adults, 18 or over', '39% (9 of 23)']]);
    expect(`${chart?.svg ?? ''}${chart?.csv ?? ''}${chart?.description ?? ''}`).not.toContain('25.3');
    expect(result?.figures.some((figure) => figure.value === 25.3)).toBe(false);
  });

  test('is left out when the service’s own rate for that group is not shown: there is nothing to set it beside (second review F7)', () => {
    // Only 3 of the 23 eligible adults re-offended (fewer than 5): the adult rate is protected.
    const few = {
      ...adultService(),
      'data/demo/offences.csv': 'client_id,date,offence_type,proven_date\nC001,01/03/2013,Theft,01/05/2013\nC002,01/03/2013,Theft,01/05/2013\nC003,01/03/2013,Theft,01/05/2013\n',
    };
    const { result } = run({ 'data/demo/evaluation.yaml': withContext(ADULTS_2022), ...few });
    expect(result?.figures.find((figure) => figure.id === 'proven-reoffending-rate-adults')?.disclosure).not.toBeNull();
    const section = result?.sections.find((candidate) => candidate.id === 'proven-reoffending');
    expect((section?.caveat?.paragraphs ?? []).join(' ')).not.toContain('national proven re-offending rate');
  });

  test('is refused for a group the service does not work with, twice for one group, without the proven measure, or over 100%', () => {
    const juveniles = ADULTS_2022.replace('group: adults', 'group: juveniles');
    expect(run({ 'data/demo/evaluation.yaml': withContext(juveniles), ...adultService() }).lines).toEqual([
      expect.stringMatching(/^data\/demo\/evaluation\.yaml:\d+:reoffending\.national_context\[0\]\.group — .* — an age group the service works with \(age_groups\)$/),
    ]);
    expect(run({ 'data/demo/evaluation.yaml': withContext(ADULTS_2022 + ADULTS_2022), ...adultService() }).lines).toEqual([
      expect.stringMatching(/^data\/demo\/evaluation\.yaml:\d+:reoffending\.national_context\[1\]\.group — .* — one national rate per age group$/),
    ]);
    expect(run({ 'data/demo/evaluation.yaml': withContext(ADULTS_2022).replace('proven: true', 'proven: false'), ...adultService() }).lines).toEqual([
      expect.stringMatching(/^data\/demo\/evaluation\.yaml:\d+:reoffending\.national_context\[0\] — .* — proven: true, since a national rate is context for the proven measure only$/),
    ]);
    expect(run({ 'data/demo/evaluation.yaml': withContext(ADULTS_2022.replace('25.3', '253')), ...adultService() }).lines).toEqual([
      expect.stringMatching(/^data\/demo\/evaluation\.yaml:\d+:reoffending\.national_context\[0\]\.rate — .* — a percentage from 0 to 100$/),
    ]);
  });
});
