// site.yaml's `font` is followed by everything the data step draws: chart and diagram SVGs name
// the family, and labels are wrapped with its metrics (docs/site-settings.md#font).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../../src/lib/index.ts';
import { siteFontMetrics } from '../../scripts/io/siteFontMetrics.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { PROJECT_ROOT } from '../support/projectCopy.ts';

/** Manchester's files from the example project (charts, theory of change, journeys), with a site.yaml of our own. */
function manchester(siteYaml: string | null): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['data/manchester', 'content/manchester']) {
    for (const entry of readdirSync(join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files[relative(PROJECT_ROOT, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    }
  }
  if (siteYaml !== null) files['site.yaml'] = siteYaml;
  return files;
}

const SERIF = "'Source Serif 4', Georgia, serif";
const serifEffects = memoryEffects(manchester('organisation: Example Trust\nfont: source-serif-4\n'));
const serif = buildSite(['manchester'], serifEffects);
const plain = buildSite(['manchester'], memoryEffects(manchester(null)));
const evaluationOf = (site: typeof serif) => site.site?.evaluations[0];

describe('a site whose site.yaml chooses Source Serif 4', () => {
  test('builds, and its settings and the effects’ metrics are that typeface’s', () => {
    expect(serif.problems).toEqual([]);
    expect(serif.site?.settings).toMatchObject({ font: 'source-serif-4', fontFamily: SERIF, fontName: 'Source Serif 4' });
    expect(serifEffects.fonts.family).toBe(SERIF);
    expect(serifEffects.fonts.regular).toBe(siteFontMetrics(400, 'source-serif-4'));
    expect(serifEffects.fonts.bold).toBe(siteFontMetrics(700, 'source-serif-4'));
  });

  test('every chart, its narrow form, its download and the theory of change name the family, never the default one', () => {
    const evaluation = evaluationOf(serif);
    const drawings = [...(evaluation?.charts ?? []).flatMap((chart) => [chart.svg, chart.svgNarrow, chart.downloadSvg]), evaluation?.theoryOfChange?.svg.svg ?? ''].filter((svg) => svg !== '');
    expect(drawings.length).toBeGreaterThan(10);
    for (const svg of drawings) {
      expect(svg).toMatch(/font-family(="|:\s*)(&#39;|'|&apos;)Source Serif 4/);
      expect(svg).not.toContain('Atkinson');
    }
  });

  test('labels are laid out with its metrics: with the family names set aside, the theory of change is drawn differently from the default typeface’s', () => {
    const withoutFamily = (svg: string | undefined) => (svg ?? '').replace(/font-family="[^"]*"/g, '');
    const serifDiagram = withoutFamily(evaluationOf(serif)?.theoryOfChange?.svg.svg);
    expect(serifDiagram).not.toBe('');
    expect(serifDiagram).not.toBe(withoutFamily(evaluationOf(plain)?.theoryOfChange?.svg.svg));
  });
});
