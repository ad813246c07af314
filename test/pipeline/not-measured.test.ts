import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem } from '../../src/lib/index.ts';
import { computedFiguresOf } from '../support/computedFigures.ts';
import { memoryEffects, type MemoryFile } from '../support/memoryEffects.ts';
import { DEMO_FILES, demoManifestWith } from '../support/memoryProject.ts';

// Issue 12, items 1 and 4: a figure whose defining inputs are absent is "not measured": it is not
// published, the evaluation records which figure and why (for the methodology page), and a
// figure computed by a documented fallback rule records the rule in its derivation.

/** The demo's data step: its problems as printed, its figures as computed (before disclosure control) and its result. */
function run(changes: Readonly<Record<string, MemoryFile | null>>) {
  const effects = memoryEffects({ ...DEMO_FILES, ...changes });
  const { result, problems } = buildEvaluation('demo', effects);
  const figures = problems.length === 0 ? computedFiguresOf(effects.readText, 'demo') : [];
  return { lines: problems.map(formatProblem), result, figures: new Map(figures.map((figure) => [figure.id, figure])) };
}

const COLUMNS = '    columns:\n      client_id: Client ref\n      start_date: Start\n      end_date: End\n      engaged: Engaged\n      age: Age\n';
const CONTACTS = '  contacts:\n    file: contacts.csv\n';
/** The demo manifest with the clients' column mapping replaced, and without its contacts dataset when `contacts` is false. */
function manifest(columns: string, { contacts = true, more = '' }: { contacts?: boolean; more?: string } = {}): string {
  const mapped = demoManifestWith(COLUMNS, `    columns:\n      client_id: Client ref\n${columns}`);
  const withContacts = contacts ? mapped : mapped.replace(CONTACTS, '');
  return `${withContacts}${more}`;
}

// The demo's clients, as-of 31 Dec 2014: C001 started 3 Feb and ended 30 Jun 2014, C002 started
// 10 Mar 2014 and is still open, C003 never started. Contacts: C001 on 3 Feb, C002 on 10 Mar.
const CLIENTS_WITHOUT_ENGAGED = 'Client ref,Start,End,Age,Gender\nC001,03/02/2014,30/06/2014,19,Male\nC002,10/03/2014,,31,Female\nC003,,,22,Male\n';

describe('engagement', () => {
  test('no engaged column, no contacts and no start dates: engaged is not measured, and a summary or headline naming it says so and why', () => {
    const { lines, result } = run({
      'data/demo/evaluation.yaml': manifest('      age: Age\n', { contacts: false }),
      'data/demo/clients.csv': 'Client ref,Age,Gender\nC001,19,Male\nC002,31,Female\nC003,22,Male\n',
      'data/demo/contacts.csv': null,
    });
    expect(result).toBeUndefined();
    const why = 'there is no engaged column (or it is empty), and no contacts or start dates to work engagement out from';
    expect(lines).toEqual([
      `content/demo/summary.mdx:3:Indicator — indicator "engaged", which is not measured: ${why} — a figure this evaluation measures: supply the data it needs (docs/metrics.md says which), or take the figure out of the text`,
      `data/demo/evaluation.yaml:indicators[0].id — a headline or target on "engaged", which is not measured: ${why} — a figure this evaluation measures: supply the data it needs (docs/metrics.md says which), or remove the headline or target`,
    ]);
  });

  test('with the headline and the sentence taken out, the methodology view lists engaged and its length as not measured, with the columns they need', () => {
    const { lines, result, figures } = run({
      'data/demo/evaluation.yaml': manifest('      age: Age\n', { contacts: false }).replace('indicators:\n  - id: engaged\n    headline: true\n', ''),
      'data/demo/clients.csv': 'Client ref,Age,Gender\nC001,19,Male\nC002,31,Female\nC003,22,Male\n',
      'data/demo/contacts.csv': null,
      'content/demo/summary.mdx': '# Summary\n\nNo figures here.\n',
    });
    expect(lines).toEqual([]);
    // Referred is still counted (3 rows); no engagement share is computed at all.
    expect(figures.get('referred')?.value).toBe(3);
    expect([...figures.keys()].filter((id) => id.startsWith('engaged'))).toEqual([]);
    const records = new Map(result?.notMeasured.map((record) => [record.id, record]));
    expect(records.get('engaged')).toMatchObject({ label: 'Engaged with the service', needs: 'data/demo/clients.csv columns engaged, start_date' });
    expect(records.get('engaged-over-3-months')?.reason).toBe('There is no engaged column (or it is empty), and no contacts or start dates to work engagement out from.');
    expect(records.has('engaged-over-6-months')).toBe(true);
  });

  test('no engaged column but contacts: engaged is worked out by the documented rule "had at least one contact", recorded in its derivation', () => {
    const { lines, figures, result } = run({
      'data/demo/evaluation.yaml': manifest('      start_date: Start\n      end_date: End\n      age: Age\n'),
      'data/demo/clients.csv': CLIENTS_WITHOUT_ENGAGED,
    });
    expect(lines).toEqual([]);
    // C001 and C002 each have a contact, C003 none: 2 of 3.
    const engaged = figures.get('engaged');
    expect([engaged?.numerator, engaged?.denominator]).toEqual([2, 3]);
    expect(engaged?.derivation).toEqual({ inputs: [{ file: 'data/demo/contacts.csv', column: 'client_id' }], fallbacks: [{ rule: 'engaged-from-contacts', where: 'no-column' }] });
    // The public figure carries the same derivation: column and rule names, nothing from a cell.
    expect(result?.figures.find((figure) => figure.id === 'engaged')?.derivation).toEqual(engaged?.derivation);
  });

  test('an engaged column of blanks only: the headline warning says the column is empty, not that it is absent (the author can see it in the file)', () => {
    const { warnings } = buildEvaluation(
      'demo',
      memoryEffects({
        ...DEMO_FILES,
        'data/demo/evaluation.yaml': manifest('      start_date: Start\n      end_date: End\n      engaged: Engaged\n      age: Age\n', { contacts: false }),
        'data/demo/clients.csv': 'Client ref,Start,End,Engaged,Age,Gender\nC001,03/02/2014,30/06/2014,,19,Male\nC002,10/03/2014,,,31,Female\nC003,,,,22,Male\n',
        'data/demo/contacts.csv': null,
      }),
    );
    expect(warnings.filter((warning) => warning.code === 'headline-by-rule').map((warning) => warning.found)).toEqual([
      'the headline "engaged" is computed by the rule "engaged = has a start date", because there is no engaged column, or only blanks in it',
    ]);
  });

  test('blank engaged cells without contacts: the rule "has a start date" stands in for them alone, and the derivation says so', () => {
    // C003's engaged cell is blank and C003 has no start: not engaged. C001 and C002 say Yes: 2 of 3.
    const { lines, figures } = run({
      'data/demo/evaluation.yaml': manifest('      start_date: Start\n      end_date: End\n      engaged: Engaged\n      age: Age\n', { contacts: false }),
      'data/demo/clients.csv': 'Client ref,Start,End,Engaged,Age,Gender\nC001,03/02/2014,30/06/2014,Yes,19,Male\nC002,10/03/2014,,Yes,31,Female\nC003,,,,22,Male\n',
      'data/demo/contacts.csv': null,
    });
    expect(lines).toEqual([]);
    const engaged = figures.get('engaged');
    expect([engaged?.numerator, engaged?.denominator]).toEqual([2, 3]);
    expect(engaged?.derivation).toEqual({
      inputs: [
        { file: 'data/demo/clients.csv', column: 'engaged' },
        { file: 'data/demo/clients.csv', column: 'start_date' },
      ],
      fallbacks: [{ rule: 'engaged-from-start-date', where: 'blank-cells' }],
    });
  });

  test('blank engaged cells with no contacts and no start dates to tell by: engaged is not measured', () => {
    const { lines, figures, result } = run({
      'data/demo/evaluation.yaml': manifest('      engaged: Engaged\n      age: Age\n', { contacts: false }).replace('indicators:\n  - id: engaged\n    headline: true\n', ''),
      'data/demo/clients.csv': 'Client ref,Engaged,Age,Gender\nC001,Yes,19,Male\nC002,,31,Female\nC003,No,22,Male\n',
      'data/demo/contacts.csv': null,
      'content/demo/summary.mdx': '# Summary\n',
    });
    expect(lines).toEqual([]);
    // Before, C002's blank was read as "not engaged" (no start date): 1 of 3.
    expect(figures.has('engaged')).toBe(false);
    expect(result?.notMeasured.find((record) => record.id === 'engaged')).toMatchObject({
      reason: 'Some engaged cells are blank, and there are no contacts or start dates to tell whether those clients engaged.',
      needs: 'data/demo/clients.csv column start_date',
    });
  });

  test('an engaged column read as it is records that column and no rule', () => {
    const { figures } = run({});
    expect(figures.get('engaged')?.derivation).toEqual({ inputs: [{ file: 'data/demo/clients.csv', column: 'engaged' }], fallbacks: [] });
    expect(figures.get('referred')?.derivation).toEqual({ inputs: [{ file: 'data/demo/clients.csv', column: 'client_id' }], fallbacks: [] });
  });

  test('no end dates: the length of engagement is not measured (an ended engagement cannot be told from an open one)', () => {
    const { lines, figures, result } = run({
      'data/demo/evaluation.yaml': manifest('      start_date: Start\n      engaged: Engaged\n      age: Age\n'),
      'data/demo/clients.csv': 'Client ref,Start,Engaged,Age,Gender\nC001,03/02/2014,Yes,19,Male\nC002,10/03/2014,Yes,31,Female\nC003,,No,22,Male\n',
    });
    expect(lines).toEqual([]);
    // Before: C001 (3 Feb to the as-of date, had its end been dropped) counted as over six months.
    expect(figures.has('engaged-over-3-months')).toBe(false);
    expect(figures.has('engaged-over-6-months')).toBe(false);
    expect([figures.get('engaged')?.numerator, figures.get('engaged')?.denominator]).toEqual([2, 3]);
    const record = result?.notMeasured.find((found) => found.id === 'engaged-over-6-months');
    expect(record).toMatchObject({ reason: 'There are no end dates, so an engagement that ended cannot be told from one still open.', needs: 'data/demo/clients.csv column end_date' });
  });

  test('no ages: no age-band figure is published (every band would read as 0), each recorded as not measured', () => {
    const { lines, figures, result } = run({
      'data/demo/evaluation.yaml': manifest('      start_date: Start\n      end_date: End\n      engaged: Engaged\n'),
      'data/demo/clients.csv': 'Client ref,Start,End,Engaged,Gender\nC001,03/02/2014,30/06/2014,Yes,Male\nC002,10/03/2014,,Yes,Female\nC003,,,No,Male\n',
    });
    expect(lines).toEqual([]);
    expect([...figures.keys()].filter((id) => id.includes('age-band'))).toEqual([]);
    const ids = result?.notMeasured.filter((record) => record.id.includes('age-band')).map((record) => record.id);
    // The demo declares one band, under-25: its five figures.
    expect(ids).toEqual([
      'referred[age-band=under-25]',
      'engaged[age-band=under-25]',
      'engaged-over-3-months[age-band=under-25]',
      'engaged-over-6-months[age-band=under-25]',
      'cohort-share[age-band=under-25]',
    ]);
    expect(result?.notMeasured.find((record) => record.id === 'referred[age-band=under-25]')).toMatchObject({ label: 'Clients referred — Under 25', needs: 'data/demo/clients.csv column age' });
  });

  test('a <Chart> of engagement by age band, not drawn for want of ages, says it is not measured and why', () => {
    const { lines } = run({
      'data/demo/evaluation.yaml': manifest('      start_date: Start\n      end_date: End\n      engaged: Engaged\n'),
      'data/demo/clients.csv': 'Client ref,Start,End,Engaged,Gender\nC001,03/02/2014,30/06/2014,Yes,Male\nC002,10/03/2014,,Yes,Female\nC003,,,No,Male\n',
      'content/demo/summary.mdx': '# Summary\n\n<Chart kind="engagement-by-age-band" />\n',
    });
    expect(lines).toEqual([
      'content/demo/summary.mdx:3:Chart — the engagement-by-age-band chart, which is not drawn because its figures are not measured: no client has an age recorded, so nobody can be placed in an age band — a chart this evaluation draws: supply the data it needs (docs/metrics.md says which), or take the chart out of the text',
    ]);
  });
});

const OFFENCES = 'client_id,date,offence_type\nC001,01/06/2013,Theft\nC001,01/05/2014,Theft\nC002,01/01/2013,Theft\n';
const WITH_OFFENCES = '  offences:\n    file: offences.csv\n';

describe('re-offending', () => {
  test('with no start dates, no re-offending figure is published (not "0 re-offenders"), and why is recorded', () => {
    const { lines, figures, result } = run({
      'data/demo/evaluation.yaml': manifest('      end_date: End\n      engaged: Engaged\n      age: Age\n', { contacts: false }).replace('  assessments:\n', `${WITH_OFFENCES}  assessments:\n`),
      'data/demo/clients.csv': 'Client ref,End,Engaged,Age,Gender\nC001,30/06/2014,Yes,19,Male\nC002,,Yes,31,Female\nC003,,No,22,Male\n',
      'data/demo/contacts.csv': null,
      'data/demo/offences.csv': OFFENCES,
    });
    expect(lines).toEqual([]);
    expect(figures.has('reoffenders')).toBe(false);
    expect(figures.has('compared-before-after')).toBe(false);
    expect(figures.has('not-yet-eligible-3-months')).toBe(false);
    expect(result?.notMeasured.find((record) => record.id === 'reoffenders')).toMatchObject({
      everyBreakdown: true,
      reason: 'No client who engaged has a start date, so no offence can be placed before or after starting.',
      needs: 'data/demo/clients.csv column start_date',
    });
  });

  test('with no gravity, the seriousness figures are recorded as not measured, naming the gravity column; a window nobody has reached likewise', () => {
    const { lines, result, figures } = run({ 'data/demo/evaluation.yaml': demoManifestWith('  assessments:\n', `${WITH_OFFENCES}  assessments:\n`), 'data/demo/offences.csv': OFFENCES });
    expect(lines).toEqual([]);
    const records = new Map(result?.notMeasured.map((record) => [record.id, record]));
    expect(records.get('reduced-frequency-and-seriousness')?.needs).toBe('data/demo/offences.csv column gravity');
    expect(records.has('reduced-frequency-and-seriousness[engagement=over-6-months]')).toBe(true);
    // As of 31 Dec 2014 neither C001 (3 Feb) nor C002 (10 Mar) has had 12 months.
    expect(records.get('reoffended-within-12-months')?.reason).toBe('No client had been followed up for 12 months by the data as-of date.');
    // The rate reads the offence dates and the clients' own engaged and start columns.
    expect(figures.get('reoffended-within-3-months')?.derivation.inputs).toEqual([
      { file: 'data/demo/offences.csv', column: 'client_id' },
      { file: 'data/demo/offences.csv', column: 'date' },
      { file: 'data/demo/clients.csv', column: 'engaged' },
      { file: 'data/demo/clients.csv', column: 'start_date' },
    ]);
  });

  test('counted_kinds with no kind recorded counts no offence: nothing is published (not "0 re-offenders"), and the kind column is named', () => {
    const { lines, figures, result } = run({
      'data/demo/evaluation.yaml': demoManifestWith('  assessments:\n', `${WITH_OFFENCES}    counted_kinds: [conviction]\n  assessments:\n`),
      'data/demo/offences.csv': OFFENCES,
    });
    expect(lines).toEqual([]);
    expect(figures.has('reoffenders')).toBe(false);
    expect(figures.has('reoffended-within-3-months')).toBe(false);
    expect(result?.notMeasured.find((record) => record.id === 'reoffenders')?.needs).toBe('data/demo/offences.csv column kind');
  });

  test('offences that all fall before every start are a warning: an export of the years before mentoring only would read as everyone reducing', () => {
    const warningsOf = (offences: string) => {
      const { warnings } = buildEvaluation(
        'demo',
        memoryEffects({ ...DEMO_FILES, 'data/demo/evaluation.yaml': demoManifestWith('  assessments:\n', `${WITH_OFFENCES}  assessments:\n`), 'data/demo/offences.csv': offences }),
      );
      return warnings.filter((warning) => warning.code === 'offences-none-after-start').map(formatProblem);
    };
    // C001 started 3 Feb 2014 and C002 10 Mar 2014: both offences are before.
    expect(warningsOf('client_id,date,offence_type\nC001,01/06/2013,Theft\nC002,01/01/2013,Theft\n')).toEqual([
      "data/demo/offences.csv — no counted offence on or after any client's start, so every client compared reads as offending less — offences up to the data as-of date: if the export stops at each start, export the offences since as well; if nobody offended again, keep the file as it is (docs/metrics.md#re-offending)",
    ]);
    // One offence after C001's start: no warning.
    expect(warningsOf(OFFENCES)).toEqual([]);
  });

  test('costs where no offence has a unit cost are not published as £0', () => {
    // Every offence is "Theft", which cost_groups leaves out: nothing is costed.
    const { lines, figures, result } = run({
      'data/demo/evaluation.yaml': demoManifestWith('  assessments:\n', `${WITH_OFFENCES}    cost_groups:\n      Burglary: other criminal damage\n  assessments:\n`),
      'data/demo/offences.csv': OFFENCES,
    });
    expect(lines).toEqual([]);
    expect(figures.has('cost-per-client-year-before')).toBe(false);
    expect(figures.has('cost-difference-per-client-year')).toBe(false);
    expect(result?.notMeasured.find((record) => record.id === 'cost-per-client-year-after')?.reason).toBe('None of the compared clients’ offences has a unit cost, so nothing could be costed.');
  });
});

describe('distance travelled and outcome status', () => {
  test('a domain scored only once records its change and its derived statuses as not measured', () => {
    const { lines, result } = run({ 'data/demo/assessments.csv': 'client_id,review,date,domain,score\nC001,1,03/02/2014,Motivation,4\nC002,1,10/03/2014,Motivation,7\n' });
    expect(lines).toEqual([]);
    const records = new Map(result?.notMeasured.map((record) => [record.id, record]));
    expect(records.get('score-change-mean[domain=motivation]')?.reason).toBe('Nobody in this domain was assessed at two reviews, so no change can be measured.');
    expect(records.get('improved[domain=motivation]')?.label).toBe('Improved — Motivation');
  });

  test('a theory of change citing a change not measured as evidence says so and why', () => {
    const toc =
      'title: How it works\ncolumns:\n  - id: what\n    label: What\n    kind: activities\n    nodes:\n      - id: meet\n        label: Meetings\n        evidence:\n          - "score-change-mean[domain=motivation]"\nlinks: []\n';
    const { lines } = run({
      'data/demo/assessments.csv': 'client_id,review,date,domain,score\nC001,1,03/02/2014,Motivation,4\nC002,1,10/03/2014,Motivation,7\n',
      'content/demo/theory-of-change.yaml': toc,
    });
    expect(lines).toEqual([
      'content/demo/theory-of-change.yaml:10:columns[0].nodes[0].evidence[0] — indicator "score-change-mean[domain=motivation]", which is not measured: nobody in this domain was assessed at two reviews, so no change can be measured — evidence this evaluation measures: supply the data it needs (docs/metrics.md says which), or take the id out of evidence',
    ]);
  });

  test('statuses worked out from scores record the documented rule', () => {
    const { figures } = run({});
    expect(figures.get('improved[domain=motivation]')?.derivation).toEqual({
      inputs: ['domain', 'review', 'score'].map((column) => ({ file: 'data/demo/assessments.csv', column })),
      fallbacks: [{ rule: 'status-from-scores', where: 'no-column' }],
    });
  });
});

describe('case studies', () => {
  test('contacts with no minutes give no hours of contact (not 0 hours)', () => {
    const { lines, figures, result } = run({
      'data/demo/evaluation.yaml': `${DEMO_FILES['data/demo/evaluation.yaml'] ?? ''}privacy:\n  case_studies:\n    - { pseudonym: Sam, consent: CONSENT-1, client_id: C001 }\n`,
      'data/demo/contacts.csv': 'client_id,date\nC001,03/02/2014\nC002,10/03/2014\n',
    });
    expect(lines).toEqual([]);
    // C001 has one contact: one session.
    expect(figures.get('case-sessions[case=sam]')?.value).toBe(1);
    expect(figures.has('case-contact-hours[case=sam]')).toBe(false);
    expect(result?.notMeasured.find((record) => record.id === 'case-contact-hours[case=sam]')).toMatchObject({
      reason: 'The contacts dataset records no minutes (its minutes column is absent or empty).',
      needs: 'data/demo/contacts.csv columns client_id, minutes',
    });
  });
});

describe('dosage (docs/metrics.md#dosage)', () => {
  // The demo's contacts: C001 one of 60 minutes, C002 one of 45, C003 none. Over the 3 clients:
  // sessions 0 1 1 → total 2, median 1; hours 0 0.75 1 → total 1.75, median 0.75. The middle half
  // needs 4 × 5 = 20 clients: not published, and the findings say so.
  test('from contacts: totals and medians over every client, no quartiles for 3 clients, and a limitation saying why', () => {
    const { lines, figures, result } = run({});
    expect(lines).toEqual([]);
    expect(figures.get('sessions-total')?.value).toBe(2);
    // Every band of sessions holds fewer than 5 of the 3 clients: no median of sessions (it could say how many are in a band).
    expect(figures.has('sessions-median')).toBe(false);
    expect(figures.get('contact-hours-total')?.value).toBeCloseTo(1.75, 10);
    expect(figures.get('contact-hours-median')?.value).toBeCloseTo(0.75, 10);
    expect(figures.has('sessions-lower-quartile')).toBe(false);
    expect(result?.limitations).toContain(
      'The middle half of sessions and hours per client is not published: it needs at least 20 clients, so that a quarter of them, and never fewer than 5, lie at or beyond each end of it.',
    );
    expect(result?.limitations).toContain(
      'The median and middle half of sessions per client are not published: a band of sessions has fewer than 5 clients, and a median or quartile falling between two bands would say how many are in it.',
    );
    // The section's table says so rather than leaving the cell blank (3 clients: the rest is "not shown").
    expect(result?.sections.find((section) => section.id === 'how-much-support')?.tables[0]?.rows[0]).toEqual(['Sessions', 'not shown', 'not published', 'not published']);
    // Published: 3 clients are under the threshold, so the median of hours is not shown.
    expect(result?.figures.find((figure) => figure.id === 'contact-hours-median')?.text.value).toBe('not shown');
  });

  test('a contact with no minutes: hours are not measured (never counted as none), sessions still are', () => {
    const { lines, figures, result } = run({ 'data/demo/contacts.csv': 'client_id,date,minutes,type,location\nC001,03/02/2014,60,face to face,cafe\nC002,10/03/2014,,phone,\n' });
    expect(lines).toEqual([]);
    expect(figures.has('contact-hours-total')).toBe(false);
    expect(figures.get('sessions-total')?.value).toBe(2);
    expect(result?.notMeasured.find((record) => record.id === 'contact-hours-total')).toMatchObject({
      reason: 'Some contacts have no minutes recorded, so a total or median of hours would count them as none.',
      needs: 'data/demo/contacts.csv column minutes',
    });
  });
});
