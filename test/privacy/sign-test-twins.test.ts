import { describe, expect, test } from 'vitest';
import { buildEvaluation, type PublicFigure } from '../../src/lib/index.ts';
import { DEMO_FILES } from '../support/memoryProject.ts';
import { memoryEffects } from '../support/memoryEffects.ts';

/**
 * Twelve clients scored twice on Motivation, with no outcomes dataset and no minimum change, so
 * outcome status is worked out from the same scores as the sign test: 7 better (4 → 7), 2 worse
 * (7 → 4), 3 unchanged (5 → 5). The sign test's counts are then the statuses' counts, and must be
 * protected as the same cells:
 * - statuses: improved 7 of 12; maintained 3 and deteriorated 2 are under 5, improved and the two
 *   together (5) are not, so they are merged into "maintained or deteriorated" (5 of 12);
 * - so the sign test may show better (7) but neither worse nor no change, nor what they give back
 *   (pairs tested = better + worse, p).
 */
/** The demo evaluation with `better`, `worse` and `same` clients scored twice on Motivation (4 → 7, 7 → 4, 5 → 5). */
function scored(better: number, worse: number, same: number) {
  const ids = Array.from({ length: better + worse + same }, (_, index) => `C${String(index + 1).padStart(3, '0')}`);
  const scores = (id: string, index: number) => (index < better ? [4, 7] : index < better + worse ? [7, 4] : [5, 5]).map((score, review) => `${id},${review + 1},,Motivation,${score}`);
  return {
    ...DEMO_FILES,
    'data/demo/clients.csv': `Client ref,Start,End,Engaged,Age,Gender\n${ids.map((id) => `${id},03/02/2014,,Yes,30,Female`).join('\n')}\n`,
    'data/demo/contacts.csv': `client_id,date,minutes,type,location\n${ids.map((id) => `${id},03/02/2014,60,phone,`).join('\n')}\n`,
    'data/demo/assessments.csv': `client_id,review,date,domain,score\n${ids.flatMap(scores).join('\n')}\n`,
    'content/demo/summary.mdx': '# Summary\n',
  };
}

describe('sign-test counts that are the outcome statuses', () => {
  const { result, problems } = buildEvaluation('demo', memoryEffects(scored(7, 2, 3)));
  const shown = (id: string) => result?.figures.find((figure: PublicFigure) => figure.id === id)?.text.value;

  test('the statuses are merged as worked out by hand', () => {
    expect(problems).toEqual([]);
    expect(shown('improved[domain=motivation]')).toBe('58%');
    expect(shown('maintained-or-deteriorated[domain=motivation]')).toBe('42%');
    expect(shown('maintained[domain=motivation]')).toBe('merged');
    expect(shown('deteriorated[domain=motivation]')).toBe('merged');
  });

  test('the sign test shows better, and hides worse and no change with them', () => {
    expect(shown('sign-test-better[domain=motivation]')).toBe('7');
    expect(shown('sign-test-worse[domain=motivation]')).toBe('fewer than 5');
    expect(shown('sign-test-no-change[domain=motivation]')).toBe('fewer than 5');
    const table = result?.sections.find((section) => section.id === 'distance-travelled')?.tables[0];
    expect(table?.rows).toEqual([['Motivation', '7', 'fewer than 5', 'fewer than 5', 'not shown', 'not shown']]);
  });
});

/**
 * Twenty-three clients: 3 better (4 → 7), 10 worse (7 → 4), 10 unchanged (5 → 5). Statuses: improved
 * 3 is under 5, so it is shown only as a bound ("under 18%": at most 4 of 23 is 17.4%), and one more
 * of the two tied statuses must go; disclosure control hides deteriorated (the first of the two by
 * name). Were the sign test's counts cells of their own, it would hide "no change" instead (again
 * first by name) and show worse = 10, which is deteriorated: improved = 23 − 10 − 10 = 3 would be
 * back. As the same cells, worse is hidden with deteriorated and no change shown with maintained.
 */
describe('sign-test counts tied with statuses that disclosure control must choose between', () => {
  const { result, problems } = buildEvaluation('demo', memoryEffects(scored(3, 10, 10)));
  const shown = (id: string) => result?.figures.find((figure: PublicFigure) => figure.id === id)?.text.value;

  test('hide the same people whichever topic shows them', () => {
    expect(problems).toEqual([]);
    expect(shown('improved[domain=motivation]')).toBe('under 18%');
    expect(shown('maintained[domain=motivation]')).toBe('43%');
    expect(shown('deteriorated[domain=motivation]')).toBe('not shown');
    expect(shown('sign-test-better[domain=motivation]')).toBe('fewer than 5');
    expect(shown('sign-test-worse[domain=motivation]')).toBe('not shown');
    expect(shown('sign-test-no-change[domain=motivation]')).toBe('10');
  });
});
