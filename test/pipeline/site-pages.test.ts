import { describe, expect, test } from 'vitest';
import { buildSite } from '../../src/lib/pipeline/buildSite.ts';
import { formatProblem } from '../../src/lib/problems/problem.ts';
import { DEMO_FILES } from '../support/memoryProject.ts';
import { memoryEffects } from '../support/memoryEffects.ts';

describe('the site’s own pages', () => {
  test.each(['journey-kit', 'justice-data-lab', 'compare', 'guide', 'data', 'docs', 'test'])('an evaluation may not take the address of the site’s own page or folder /%s/', (slug) => {
    // The demo evaluation, moved into a folder named like one of the site's own pages, or a folder the preview never serves (it would 404 there).
    const files = Object.fromEntries(Object.entries(DEMO_FILES).map(([path, text]) => [path.replace('data/demo/', `data/${slug}/`), text]));
    const { site, problems } = buildSite([slug], memoryEffects(files));
    expect(site).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([`data/${slug} — a folder named "${slug}", which the site uses for its own page or folder — another name for this evaluation`]);
  });

  test('a site whose evaluations have no Justice Data Lab result has no page of them', () => {
    const { site, problems } = buildSite(['demo'], memoryEffects(DEMO_FILES));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(site?.justiceDataLab).toBeNull();
  });
});
