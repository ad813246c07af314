import { describe, expect, test } from 'vitest';
import { buildEvaluation } from '../../src/lib/index.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { DEMO_FILES, demoManifestWith } from '../support/memoryProject.ts';

/** The demo with `n` clients, each with `sessions` sessions in the clients file (no contacts). */
function tinyService(n: number, sessions: number) {
  const rows = Array.from({ length: n }, (_, index) => `C${String(index + 1).padStart(3, '0')},03/02/2014,30/06/2014,Yes,30,${index % 2 ? 'Male' : 'Female'},${sessions}`).join('\n');
  const manifest = demoManifestWith('      age: Age\n', '      age: Age\n      sessions: Sessions\n').replace('  contacts:\n    file: contacts.csv\n', '');
  const effects = memoryEffects({
    ...DEMO_FILES,
    'data/demo/evaluation.yaml': manifest,
    'data/demo/clients.csv': `Client ref,Start,End,Engaged,Age,Gender,Sessions\n${rows}\n`,
    'data/demo/contacts.csv': null,
  });
  return buildEvaluation('demo', effects);
}

/**
 * Five clients (the threshold of suppress-below-5), all with 25 sessions: bands 0, 0 and 5. The two
 * empty bands are hidden ("fewer than 5"); the band of 5 must be hidden too, or the referred 5 less
 * it gives 0 and 0 back; but hidden it is "not shown", which a reader knows means 5 or more, so it
 * is 5, and the others are pinned at 0 all the same. No suppression can protect them: before this
 * rule the build failed with disclosure-not-achieved. The bands now need 2 × 5 = 10 clients.
 */
describe('a tiny service whose clients all fall in one band of sessions', () => {
  test('five clients in one band: the build succeeds, the bands are not published, and a limitation says why', () => {
    const { problems, result: evaluation } = tinyService(5, 25);
    expect(problems).toEqual([]);
    expect(evaluation?.figures.some((figure) => figure.id.startsWith('clients-by-sessions'))).toBe(false);
    expect(evaluation?.limitations).toContain(
      'The clients by band of sessions are not published: they need at least 10 clients, as with fewer nearly every band would be too small to show, and a band holding everyone could not be protected.',
    );
    expect(evaluation?.charts.some((chart) => chart.id === 'chart-clients-by-sessions')).toBe(false);
  });

  test('nine clients, just under the bands’ minimum: not published either; ten: published, and protected', () => {
    expect(tinyService(9, 3).result?.figures.some((figure) => figure.id.startsWith('clients-by-sessions'))).toBe(false);
    const ten = tinyService(10, 3);
    expect(ten.problems).toEqual([]);
    // Bands 10, 0 and 0: the empty two are "fewer than 5", and the 10 is hidden so that 10 less it cannot give them back.
    const shown = (id: string) => ten.result?.figures.find((figure) => figure.id === id)?.text.value;
    expect(shown('clients-by-sessions[sessions=6-20]')).toBe('fewer than 5');
    expect(shown('clients-by-sessions[sessions=0-5]')).not.toBe('10');
  });
});
