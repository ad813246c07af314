import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem } from '../../src/lib/index.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { DEMO_FILES } from '../support/memoryProject.ts';

// Issue 14, item 1: a summary leads with three or four headline cards. More is allowed, with a
// warning located at the first card over four, so the author can choose which to keep.

const HEADLINE = '  - id: engaged\n    headline: true\n';
/** The demo manifest with `ids` as headlines (after the demo's own "engaged"). */
function withHeadlines(ids: readonly string[]): string {
  const manifest = DEMO_FILES['data/demo/evaluation.yaml'] ?? '';
  return manifest.replace(HEADLINE, HEADLINE + ids.map((id) => `  - id: ${id}\n    headline: true\n`).join(''));
}

function warningsFor(ids: readonly string[]): string[] {
  const { warnings, problems } = buildEvaluation('demo', memoryEffects({ ...DEMO_FILES, 'data/demo/evaluation.yaml': withHeadlines(ids) }));
  expect(problems).toEqual([]);
  return warnings.filter((warning) => warning.code === 'headline-too-many').map(formatProblem);
}

describe('how many headline cards a summary leads with', () => {
  test('four headlines: no warning', () => {
    expect(warningsFor(['referred', 'engaged-over-3-months', 'engaged-over-6-months'])).toEqual([]);
  });

  test('five headlines: one warning, at the fifth, counting all five', () => {
    // Headlines are indicators[0] (engaged) to indicators[4]: the fifth is indicators[4].
    const lines = warningsFor(['referred', 'engaged-over-3-months', 'engaged-over-6-months', 'cohort-share[gender=male]']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^data\/demo\/evaluation\.yaml:indicators\[4\]\.headline — 5 headline figures: /);
  });
});
