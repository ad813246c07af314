import { describe, expect, test } from 'vitest';
import { buildSite, type ProjectEffects } from '../../src/lib/index.ts';
import { generateEvaluation } from '../../scripts/bench/generateEvaluation.ts';
import { memoryEffects } from '../support/memoryEffects.ts';

/** The generated evaluation as a project in memory, under data/bench/. */
function project(clients: number, contacts = false): ProjectEffects {
  const generated = generateEvaluation({ clients, contacts });
  const files: Record<string, string> = { 'data/bench/evaluation.yaml': generated.manifest };
  for (const file of generated.files) files[`data/bench/${file.name}`] = `${[...file.lines()].join('\n')}\n`;
  return memoryEffects(files);
}

describe('the benchmark’s generated evaluation (scripts/bench/generateEvaluation.ts)', () => {
  test.each([false, true])('is valid against its manifest, with contacts: %s', (contacts) => {
    const built = buildSite(['bench'], project(300, contacts));
    expect(built.problems).toEqual([]);
    expect(built.site?.evaluations.map((evaluation) => evaluation.slug)).toEqual(['bench']);
    // Every client id is searched for in the built site.
    expect(new Set(built.tokens.map(({ token }) => token)).size).toBe(300);
  });

  test('is the same every time, and as many client rows as asked for', () => {
    const lines = (clients: number) => generateEvaluation({ clients }).files.map((file) => [...file.lines()]);
    const once = lines(50);
    expect(lines(50)).toEqual(once);
    expect(once[0]).toHaveLength(51);
    expect(once[0]?.[0]).toBe('client_id,referral_date,start_date,end_date,engaged,sessions,contact_hours,age,Gender');
  });

  test('refuses a number of clients that is not a whole number of at least 1', () => {
    expect(() => generateEvaluation({ clients: 0 })).toThrow(RangeError);
    expect(() => generateEvaluation({ clients: 2.5 })).toThrow(RangeError);
  });
});
