import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { NARRATIVE_ONLY } from '../support/exampleSite.ts';
import { copyProject } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';
import { temporaryProjects } from '../support/temporaryProjects.ts';

const project = temporaryProjects('evalsite-site-settings-');
const manifest = NARRATIVE_ONLY['data/narrative-only/evaluation.yaml'] ?? '';

describe('site.yaml whose brand colours fail WCAG AA contrast', () => {
  test('build prints every pair with its colours and ratio, with any other problem, exits 1 and builds nothing', async () => {
    // #777777 on white is 4.478:1, below 4.5 (siteColours.test.ts works it out); #aaaaaa on white is 2.32:1.
    const root = project({
      'data/narrative-only/evaluation.yaml': manifest,
      'site.yaml': "organisation: Example Trust\ncolours:\n  link: '#777777'\n  accent: '#aaaaaa'\nlicence: CC-BY-5.0\n",
    });
    const run = await runCliInProcess(['build', '--root', root]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('evalsite: 5 problems found; nothing was built.');
    expect(run.stderr).toContain('site.yaml:3:colours.link — link text #777777 on the background #ffffff: a contrast of 4.47:1 — a contrast of at least 4.5:1 (WCAG AA, for text)');
    expect(run.stderr).toContain('site.yaml:3:colours.link — link text #777777 on panels (a tint of the background) #f3f5f8: a contrast of ');
    expect(run.stderr).toContain('site.yaml:4:colours.accent — accent text (headline figures, figures in sentences) #aaaaaa on the background #ffffff: a contrast of 2.32:1 — ');
    expect(run.stderr).toContain('site.yaml:4:colours.accent — accent text (headline figures, figures in sentences) #aaaaaa on panels');
    expect(run.stderr).toContain('site.yaml:5:licence — a value that is not allowed — one of "OGL-UK-3.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0"');
    expect(run.stderr).toContain('docs/errors.md#the-site-settings-siteyaml');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});

describe('site.yaml with a base path and no --base', () => {
  const root = copyProject();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('the site is built under site.yaml’s base path, with canonical addresses on its url', async () => {
    writeFileSync(join(root, 'site.yaml'), 'organisation: Example Trust\nurl: https://example.github.io/\nbase_path: /reports/\nlicence: OGL-UK-3.0\nauthor_guide: true\n');
    const run = await runCliInProcess(['build'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const html = readFileSync(join(root, 'dist/tayside/index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://example.github.io/reports/tayside/">');
    expect(html).toMatch(/<link rel="stylesheet" href="\/reports\/_astro\//);
    expect(html).toContain('<a class="site-name" href="/reports/">Example Trust</a>');
    expect(html).toContain('<a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>');
    expect(readFileSync(join(root, 'dist/robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.github.io/reports/sitemap.xml\n');
    // The author guide is under the base path too, its links between docs with it.
    const guide = readFileSync(join(root, 'dist/guide/errors/index.html'), 'utf8');
    expect(guide).toContain('<a href="/reports/guide/privacy/');
    expect(html).toContain('<a href="/reports/guide/">author guide</a>');
    expect(readFileSync(join(root, 'dist/sitemap.xml'), 'utf8')).toContain('<loc>https://example.github.io/reports/guide/errors/</loc>');
  });
});

describe('site.yaml with author_guide: false', () => {
  test('the site has no author guide, no link to it and no guide page in its sitemap', async () => {
    const root = project({ 'data/narrative-only/evaluation.yaml': manifest, 'site.yaml': 'organisation: Example Trust\nurl: https://example.org/\nauthor_guide: false\n' });
    const run = await runCliInProcess(['build', '--root', root]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(root, 'dist/narrative-only/index.html'))).toBe(true);
    expect(existsSync(join(root, 'dist/guide'))).toBe(false);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).not.toContain('/guide/');
    expect(readFileSync(join(root, 'dist/sitemap.xml'), 'utf8')).not.toContain('/guide/');
  });
});
