import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem } from '../../src/lib/index.ts';
import { computedFiguresOf } from '../support/computedFigures.ts';
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
