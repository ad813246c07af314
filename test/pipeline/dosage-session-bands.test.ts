import { describe, expect, test } from 'vitest';
import { DEMO_FILES, runDemo } from '../support/memoryProject.ts';

const MANIFEST = 'data/demo/evaluation.yaml';
// The demo manifest is 36 lines long, so `dosage:` is line 37, `session_bands:` 38 and the bands 39 onwards.
const withBands = (...bands: string[]) => `${DEMO_FILES[MANIFEST] ?? ''}dosage:\n  session_bands:\n${bands.map((band) => `    - ${band}\n`).join('')}`;

// Ten clients (the bands need twice the threshold of 5); sessions are their contacts: C001 none (did
// not engage), C002 1, C003 2, C004 3, C005 5; C006 to C010 none (did not engage).
const CLIENTS = `Client ref,Start,End,Engaged,Age,Gender\nC001,,,No,19,Male\nC002,03/02/2014,,Yes,31,Female\nC003,03/02/2014,,Yes,22,Male\nC004,03/02/2014,,Yes,40,Female\nC005,03/02/2014,,Yes,28,Male\n${['C006', 'C007', 'C008', 'C009', 'C010'].map((id) => `${id},,,No,30,Female\n`).join('')}`;
const CONTACT_COUNTS = { C002: 1, C003: 2, C004: 3, C005: 5 };
const CONTACTS = `client_id,date,minutes,type,location\n${Object.entries(CONTACT_COUNTS)
  .flatMap(([client, count]) => Array.from({ length: count }, (_unused, day) => `${client},${String(day + 10)}/03/2014,30,phone,`))
  .join('\n')}\n`;
const DATA = { 'data/demo/clients.csv': CLIENTS, 'data/demo/contacts.csv': CONTACTS };

describe('bands of sessions declared in the manifest (dosage.session_bands)', () => {
  test('three declared bands count the clients by hand: none 6 (C001, C006 to C010), 1 to 2 2 (C002, C003), 3 and over 2 (C004, C005)', () => {
    const { lines, figures } = runDemo({
      ...DATA,
      [MANIFEST]: withBands(
        '{ id: none, label: No sessions, min: 0, max: 0 }',
        '{ id: one-or-two, label: 1 or 2 sessions, min: 1, max: 2 }',
        '{ id: three-and-over, label: 3 or more sessions, min: 3 }',
      ),
    });
    expect(lines).toEqual([]);
    expect(figures.get('clients-by-sessions[sessions=none]')?.numerator).toBe(6);
    expect(figures.get('clients-by-sessions[sessions=one-or-two]')?.numerator).toBe(2);
    expect(figures.get('clients-by-sessions[sessions=three-and-over]')?.numerator).toBe(2);
    // The default bands are not counted as well.
    expect(figures.has('clients-by-sessions[sessions=0-5]')).toBe(false);
  });

  test('a gap between bands is an error at the band that starts too late', () => {
    const { lines } = runDemo({ ...DATA, [MANIFEST]: withBands('{ id: few, label: Few, min: 0, max: 2 }', '{ id: many, label: Many, min: 4 }') });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('data/demo/evaluation.yaml:40');
    expect(lines[0]).toContain('dosage.session_bands[1].min');
    expect(lines[0]).toContain('no gap');
  });

  test('overlapping bands are an error at the band that starts too early', () => {
    const { lines } = runDemo({ ...DATA, [MANIFEST]: withBands('{ id: few, label: Few, min: 0, max: 5 }', '{ id: some, label: Some, min: 6, max: 9 }', '{ id: many, label: Many, min: 8 }') });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('data/demo/evaluation.yaml:41');
    expect(lines[0]).toContain('dosage.session_bands[2].min');
    expect(lines[0]).toContain('do not overlap');
  });

  test('a first band that does not start at 0 is an error: clients with fewer sessions would be in no band', () => {
    const { lines } = runDemo({ ...DATA, [MANIFEST]: withBands('{ id: some, label: Some, min: 1, max: 5 }', '{ id: many, label: Many, min: 6 }') });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('data/demo/evaluation.yaml:39');
    expect(lines[0]).toContain('dosage.session_bands[0].min');
    expect(lines[0]).toContain('start at 0');
  });

  test('a last band with a max is an error: a client with more sessions would be in no band', () => {
    const { lines } = runDemo({ ...DATA, [MANIFEST]: withBands('{ id: few, label: Few, min: 0, max: 5 }', '{ id: many, label: Many, min: 6, max: 50 }') });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('data/demo/evaluation.yaml:40:dosage.session_bands[1].max');
    expect(lines[0]).toContain('no max on the last band');
  });

  test('an open-ended band before the last, and an id that is not a slug, are errors too, both in one run', () => {
    const { lines } = runDemo({ ...DATA, [MANIFEST]: withBands('{ id: Few Sessions, label: Few, min: 0 }', '{ id: many, label: Many, min: 6 }') });
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toContain('dosage.session_bands[0].id');
    expect(lines.join('\n')).toContain('dosage.session_bands[0] — a value that does not fit — a max on every band but the last');
  });
});
