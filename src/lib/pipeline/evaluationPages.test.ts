import { expect, test } from 'vitest';
import { evaluationPages } from './evaluationPages.ts';

test('an evaluation with every kind of page lists them in reading order, each under its slug', () => {
  expect(evaluationPages('manchester', { findings: true, theoryOfChange: true, stories: true })).toEqual([
    { page: 'summary', label: 'Summary', path: 'manchester/' },
    { page: 'findings', label: 'Findings', path: 'manchester/findings/' },
    { page: 'theory-of-change', label: 'How it works', path: 'manchester/theory-of-change/' },
    { page: 'stories', label: 'Stories', path: 'manchester/journeys/' },
    { page: 'methodology', label: 'Methods', path: 'manchester/methodology/' },
    { page: 'downloads', label: 'Downloads', path: 'manchester/downloads/' },
    { page: 'report', label: 'Report', path: 'manchester/report/' },
  ]);
});

test('pages an evaluation does not have are left out, never linked empty; summary, methods, downloads and the report always stay', () => {
  expect(evaluationPages('knowsley', { findings: false, theoryOfChange: false, stories: true }).map((link) => link.page)).toEqual(['summary', 'stories', 'methodology', 'downloads', 'report']);
  expect(evaluationPages('x', { findings: true, theoryOfChange: false, stories: false }).map((link) => link.page)).toEqual(['summary', 'findings', 'methodology', 'downloads', 'report']);
});

test('the conclusions page (findings and recommendations as items) follows the findings, and only when the evaluation has items', () => {
  expect(evaluationPages('tayside', { findings: true, conclusions: true, theoryOfChange: true, stories: false }).slice(0, 3)).toEqual([
    { page: 'summary', label: 'Summary', path: 'tayside/' },
    { page: 'findings', label: 'Findings', path: 'tayside/findings/' },
    { page: 'conclusions', label: 'Conclusions', path: 'tayside/conclusions/' },
  ]);
  expect(evaluationPages('tayside', { findings: true, conclusions: false, theoryOfChange: true, stories: false }).map((link) => link.page)).not.toContain('conclusions');
});
