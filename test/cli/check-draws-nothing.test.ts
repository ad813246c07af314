import { describe, expect, test } from 'vitest';
import { buildSite, type SiteData } from '../../src/lib/index.ts';
import { projectEffects } from '../../scripts/io/projectEffects.ts';
import { evaluationSlugs } from '../../scripts/io/projectFiles.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';
import { PROJECT_ROOT } from '../support/projectCopy.ts';
import { DEMO_FILES } from '../support/memoryProject.ts';
import { memoryEffects } from '../support/memoryEffects.ts';

// Issue 16, item 3: `check` is quick because it draws nothing (no document to draw into: no chart
// drawings, downloads or legend swatches), and it weakens nothing: without a document the data
// step finds the same problems and warnings and computes the same site, drawings apart, so a
// check that passes means the build's data step passes.

const DRAWINGS = new Set(['svg', 'svgNarrow', 'downloadSvg', 'swatch', 'kit']);
/** The site data with every chart drawing, and the journey kit's gallery (pictures only), left out. */
const undrawn = (site: SiteData | undefined): unknown => JSON.parse(JSON.stringify(site, (key, value: unknown) => (DRAWINGS.has(key) ? undefined : value)));

describe('the data step without a document', () => {
  test('on the examples: the same problems, warnings, tokens and site, but no chart drawn', () => {
    const drawn = exampleSiteData();
    const checked = buildSite(evaluationSlugs(PROJECT_ROOT), projectEffects(PROJECT_ROOT, null));
    expect(checked.problems).toEqual(drawn.problems);
    expect(checked.warnings).toEqual(drawn.warnings);
    expect(checked.tokens).toEqual(drawn.tokens);
    expect(undrawn(checked.site)).toEqual(undrawn(drawn.site));
    const charts = [...(checked.site?.evaluations ?? []).flatMap((evaluation) => evaluation.charts), ...(checked.site?.justiceDataLab?.charts ?? [])];
    // The examples draw charts in a build (dozens of them), none in a check.
    expect(charts.length).toBeGreaterThan(20);
    expect(charts.filter((chart) => chart.svg !== '' || chart.svgNarrow !== '' || chart.downloadSvg !== '' || chart.legend.some((item) => item.swatch !== ''))).toEqual([]);
    // Nor the journey kit's gallery page, which is pictures only.
    expect(checked.site?.kit).toEqual({ scenes: [], expressions: [], poses: [], skins: [], balloons: [] });
    expect(drawn.site?.kit.scenes.length).toBeGreaterThan(0);
    // …and the build's are drawn.
    expect((drawn.site?.evaluations ?? []).flatMap((evaluation) => evaluation.charts).every((chart) => chart.svg.startsWith('<svg'))).toBe(true);
  });

  test('on a broken evaluation: the same problems', () => {
    // A bad date, a summary naming a figure that does not exist, and a chart it cannot place.
    const files = {
      ...DEMO_FILES,
      'data/demo/clients.csv': 'Client ref,Start,End,Engaged,Age,Gender\nC001,31/02/2014,30/06/2014,Yes,19,Male\nC002,10/03/2014,,Yes,31,Female\nC003,,,No,22,Male\n',
      'content/demo/summary.mdx': '# Summary\n\n<Indicator id="no-such-figure" /> engaged.\n\n<Chart kind="no-such-chart" />\n',
    };
    const drawn = buildSite(['demo'], memoryEffects(files));
    const checked = buildSite(['demo'], { ...memoryEffects(files), document: null });
    expect(drawn.problems.length).toBeGreaterThan(0);
    expect(checked.problems).toEqual(drawn.problems);
    expect(checked.warnings).toEqual(drawn.warnings);
  });
});
