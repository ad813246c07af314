import { describe, expect, test } from 'vitest';
import { buildSite } from '../../src/lib/pipeline/buildSite.ts';
import { formatProblem } from '../../src/lib/problems/problem.ts';
import { DEMO_FILES } from '../support/memoryProject.ts';
import { memoryEffects } from '../support/memoryEffects.ts';

describe('the site’s own pages', () => {
  test('an evaluation may not take the address of the journey kit gallery', () => {
    // The demo evaluation, moved into a folder named like the site's own /journey-kit/ page.
    const files = Object.fromEntries(Object.entries(DEMO_FILES).map(([path, text]) => [path.replace('data/demo/', 'data/journey-kit/'), text]));
    const { site, problems } = buildSite(['journey-kit'], memoryEffects(files));
    expect(site).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual(['data/journey-kit — a folder named "journey-kit", which the site uses for its own page — another name for this evaluation']);
  });
});
