import { describe, expect, test } from 'vitest';
import { buildEvaluation } from '../../src/lib/index.ts';
import { projectEffects } from '../../scripts/io/projectEffects.ts';
import { chartDocument } from '../../scripts/io/chartDocument.ts';
import { PROJECT_ROOT } from '../support/projectCopy.ts';

// Issue 13, item 6: the Manchester example under the OpenSAFELY-style preset, through the whole
// data step: every count of people shown is rounded, the audit still finds nothing to pin, and
// nothing exact is handed to the pages.
function manchesterUnder(policy: string) {
  const effects = projectEffects(PROJECT_ROOT, chartDocument());
  const manifestFile = 'data/manchester/evaluation.yaml';
  const original = effects.readText(manifestFile);
  if (typeof original !== 'string' || !original.includes('  policy: suppress-below-5\n')) throw new Error('the Manchester manifest no longer names its policy');
  return buildEvaluation('manchester', {
    ...effects,
    readText: (file) => (file === manifestFile ? original.replace('  policy: suppress-below-5\n', `  policy: ${policy}\n`) : effects.readText(file)),
  });
}

describe('Manchester under suppress-1-7-round-5', () => {
  const { result, problems } = manchesterUnder('suppress-1-7-round-5');

  test('builds: the audit proves no hidden count can be pinned from the rounded figures', () => {
    expect(problems.filter((problem) => !('severity' in problem))).toEqual([]);
    expect(result?.disclosure).toMatchObject({ rounding: 5, threshold: 8, exposed: [], auditFailed: false });
  });

  test('the 84 referrals read about 85, and 41 of 84 engaged over 3 months reads about 47% (about 40 of 85)', () => {
    // 84 → 85; 41 → 40; 40 / 85 = 47.06%, so 47% (the exact 41 / 84 is 49%).
    const figure = (id: string) => result?.figures.find((candidate) => candidate.id === id);
    expect(figure('referred')?.text.value).toBe('about 85');
    expect(figure('engaged-over-3-months')).toMatchObject({ value: (100 * 40) / 85, numerator: 40, denominator: 85, interval: null });
    expect(figure('engaged-over-3-months')?.text.inline).toBe('about 47% (about 40 of 85)');
    expect(figure('engaged-over-3-months')?.card.protection).toBe('Counts rounded to the nearest 5; the percentage is worked out from the rounded counts.');
    expect(result?.datasets.find((dataset) => dataset.kind === 'clients')?.records).toBe('about 85');
  });

  test('every count and base the pages are given is a multiple of 5', () => {
    for (const figure of result?.figures ?? []) {
      if (figure.privacy.kind === 'published' || figure.privacy.kind === 'consented') continue;
      const counts = [figure.numerator, figure.denominator, figure.unit === 'count' && figure.privacy.kind === 'count' ? figure.value : null].filter((count): count is number => count !== null);
      for (const count of counts) expect(count % 5, `${figure.id}: ${count}`).toBe(0);
    }
  });
});

describe('Manchester under suppress-below-10-round-10', () => {
  test('builds with nothing pinned, the referrals reading about 80 (84 to the nearest 10)', () => {
    const { result } = manchesterUnder('suppress-below-10-round-10');
    expect(result?.disclosure).toMatchObject({ rounding: 10, threshold: 10, exposed: [], auditFailed: false });
    expect(result?.figures.find((figure) => figure.id === 'referred')?.text.value).toBe('about 80');
  });
});
