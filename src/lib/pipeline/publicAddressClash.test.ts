import { expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { publicAddressClashes } from './publicAddressClash.ts';

const SITE_FOLDERS = new Set(['journey-kit', 'justice-data-lab', 'compare', 'search', 'portfolio']);
const clashes = (files: string[]) => publicAddressClashes(files, ['manchester', 'ni'], SITE_FOLDERS).map((found) => found.file);

test('a public/ file inside an evaluation’s folder, a site folder, or at a top-level name the site writes, is refused', () => {
  // A reviewer's cases: an author's chart CSV that Astro let win over the figures' own, and a PDF the build replaced.
  expect(clashes(['public/ni/charts/chart-clients-by-sessions.csv', 'public/ni/ni.pdf', 'public/compare/x.css', 'public/figures.json', 'public/share.png'])).toEqual([
    // By folder, once, never by the author's own file name.
    'public/ni',
    'public/compare',
    'public/figures.json',
    'public/share.png',
  ]);
});

test('the author’s own folders and names are left alone, and public/pagefind/ has its own problem', () => {
  expect(
    clashes(['public/images/logo.png', 'public/images/journeys/keys.svg', 'public/files/report.pdf', 'public/robots.txt', 'public/manchester.pdf', 'public/pagefind/notes.txt', 'public/nimbus/a.png']),
  ).toEqual([]);
  expect(publicAddressClashes(['public/ni/ni.pdf'], ['ni'], SITE_FOLDERS).map(formatProblem)[0]).toMatch(/^public\/ni — files at addresses the site writes itself/);
  // The author's own file name could hold anything (a client id): never printed.
  expect(publicAddressClashes(['public/ni/CLI0004.pdf'], ['ni'], SITE_FOLDERS).map(formatProblem).join('\n')).not.toContain('CLI0004');
});
