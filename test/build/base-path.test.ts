import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, type CliRun } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// Where links point is decided in the Astro step, so this is a real build of its own (run
// in-process: the command line's own code, as scripts/evalsite.ts runs it).
let root: string;
let run: CliRun;

beforeAll(async () => {
  root = copyProject();
  run = await runCliInProcess(['build', '--base', '/evaluations'], { cwd: root });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('evalsite build --base /evaluations', () => {
  test('every site link, stylesheet and font sits under the base path', () => {
    expect(run.status).toBe(0);
    const html = readFileSync(join(root, 'dist/manchester/index.html'), 'utf8');
    const links = [...html.matchAll(/(?:href|src)="([^"#][^"]*)"/g)].map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThan(4);
    // The site's own links, by path or (canonical, share image) by full address on its url (site.yaml); others are other sites' (a licence).
    const own = links.filter((link) => !/^https?:/.test(link) || link.startsWith('https://evaluations.example.org/'));
    expect(own.filter((link) => !link.startsWith('/evaluations/') && !link.startsWith('https://evaluations.example.org/evaluations/'))).toEqual([]);
    expect(html).toContain('<link rel="canonical" href="https://evaluations.example.org/evaluations/manchester/">');
    expect(html).toContain('<meta property="og:image" content="https://evaluations.example.org/evaluations/manchester/share.png">');
    const sitemap = readFileSync(join(root, 'dist/sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://evaluations.example.org/evaluations/manchester/findings/</loc>');
    expect([...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].filter((match) => !match[1]?.startsWith('https://evaluations.example.org/evaluations/'))).toEqual([]);
    const css = readdirSync(join(root, 'dist/_astro')).filter((file) => file.endsWith('.css'));
    const fontUrls = css.flatMap((file) => [...readFileSync(join(root, 'dist/_astro', file), 'utf8').matchAll(/url\(([^)]+)\)/g)].map((match) => match[1] ?? ''));
    expect(fontUrls.length).toBeGreaterThan(0);
    expect(fontUrls.filter((url) => !url.startsWith('/evaluations/_astro/'))).toEqual([]);
  });

  test('the header’s search box sends its words to the search page under the base path, which finds the index and links results there', () => {
    const summary = readFileSync(join(root, 'dist/manchester/index.html'), 'utf8');
    expect(summary).toContain('action="/evaluations/search/" method="get"');
    const search = readFileSync(join(root, 'dist/search/index.html'), 'utf8');
    // Pagefind's result addresses are the pages' paths in the site folder; the base is put before them in the browser.
    expect(search).toContain('data-bundle="/evaluations/pagefind/pagefind.js" data-base="/evaluations/"');
    expect(readdirSync(join(root, 'dist/pagefind'))).toContain('pagefind.js');
  });

  test('a base path that is not a plain path is refused with the usage', async () => {
    const refused = await runCliInProcess(['build', '--base', 'https://example.org/x', '--root', root]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--base  the path the site is published under');
  });
});
