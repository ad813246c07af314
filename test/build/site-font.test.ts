import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT, type CliRun } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';
import { temporaryProjects } from '../support/temporaryProjects.ts';

// site.yaml's `font` decides which typeface's files Astro publishes (astro.config.mjs's
// @evalsite-font), so this is a real build of its own: one small evaluation, in Source Serif 4.
const project = temporaryProjects();
let root: string;
let run: CliRun;

beforeAll(async () => {
  root = project({ 'site.yaml': 'organisation: Example Trust\nfont: source-serif-4\n' });
  for (const folder of ['data/peer-support', 'content/peer-support']) cpSync(join(PROJECT_ROOT, folder), join(root, folder), { recursive: true });
  run = await runCliInProcess(['build', '--root', root]);
});
afterAll(() => rmSync(join(root, 'dist'), { recursive: true, force: true }));

describe('a site whose site.yaml chooses Source Serif 4', () => {
  test('builds', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('its pages load that typeface alone: every font file and @font-face is Source Serif 4’s, regular and bold, Latin and Latin Extended', () => {
    const assets = readdirSync(join(root, 'dist/_astro'));
    const fonts = assets.filter((file) => /\.woff2?$/.test(file));
    expect(fonts.map((file) => file.replace(/\.[^.]+\.woff2?$/, '')).sort()).toEqual(
      ['latin-400', 'latin-700', 'latin-ext-400', 'latin-ext-700'].flatMap((face) => [`source-serif-4-${face}-normal`, `source-serif-4-${face}-normal`]).sort(),
    );
    const css = assets
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(join(root, 'dist/_astro', file), 'utf8'))
      .join('\n');
    const families = [...css.matchAll(/@font-face\s*\{[^}]*font-family:\s*([^;]+);/g)].map((match) => match[1]?.trim().replace(/^["']|["']$/g, ''));
    expect(families).toHaveLength(4);
    expect(new Set(families)).toEqual(new Set(['Source Serif 4']));
    expect(css).not.toContain('Atkinson');
    const page = readFileSync(join(root, 'dist/peer-support/index.html'), 'utf8');
    expect(page).toContain("font-family:'Source Serif 4', Georgia, serif}");
    expect(page).not.toContain('Atkinson');
  });

  test('its charts name it, on the page and in the downloads, and are drawn as PNGs', () => {
    const findings = readFileSync(join(root, 'dist/peer-support/findings/index.html'), 'utf8');
    expect(findings).toMatch(/<svg[^>]*style="font-family:'Source Serif 4', Georgia, serif;[^>]*class="evalsite-chart"/);
    expect(findings).not.toContain('Atkinson');
    const charts = readdirSync(join(root, 'dist/peer-support/charts'));
    const svgs = charts.filter((file) => file.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) expect(readFileSync(join(root, 'dist/peer-support/charts', svg), 'utf8')).toContain('Source Serif 4');
    expect(charts.filter((file) => file.endsWith('.png'))).toHaveLength(svgs.length);
  });
});
