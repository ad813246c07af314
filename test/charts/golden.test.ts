import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../../src/lib/index.ts';
import { engagementByAgeBandChart } from '../../src/lib/charts/engagementByAgeBand.ts';
import { outcomeStatusChart } from '../../src/lib/charts/outcomeStatusChart.ts';
import type { ChartResult } from '../../src/lib/charts/chartResult.ts';
import { chartDocument } from '../../scripts/io/chartDocument.ts';
import { evaluationSlugs, projectReader } from '../../scripts/io/projectFiles.ts';
import { PROJECT_ROOT } from '../support/projectCopy.ts';
import { beforeAfterChart } from '../../src/lib/charts/beforeAfterChart.ts';
import { cohortChart } from '../../src/lib/charts/cohortChart.ts';
import { distanceTravelledChart } from '../../src/lib/charts/distanceTravelledChart.ts';
import { firstVsLatestChart } from '../../src/lib/charts/firstVsLatestChart.ts';
import { likertChart } from '../../src/lib/charts/likertChart.ts';
import { reoffendingChart } from '../../src/lib/charts/reoffendingChart.ts';
import { targetsChart } from '../../src/lib/charts/targetsChart.ts';
import { ageBandFigures, assessmentFigures, cohortFixture, CONTEXT, feedbackFixture, reoffendingFigures, RESPONSES, SCALE, statusFigures, targetsFixture } from './chartFixtures.ts';

/**
 * Golden SVG files, in the manner of Plot's test/plots: each named chart is compared with
 * test/output/<name>.svg after normalising floats to three decimals. A mismatch writes
 * <name>-changed.svg (git-ignored) for review. A missing golden file is written locally but is an
 * error in CI, where CI=true.
 */
function required(chart: ChartResult | undefined): ChartResult {
  if (!chart) throw new Error('no chart');
  return chart;
}

function exampleChart(slug: string, id: string): ChartResult {
  const { site } = buildSite(evaluationSlugs(PROJECT_ROOT), projectReader(PROJECT_ROOT), { document: chartDocument() });
  return required(site?.evaluations.find((evaluation) => evaluation.slug === slug)?.charts.find((chart) => chart.id === id));
}

export const GOLDEN_CHARTS: Record<string, () => ChartResult> = {
  'manchester-engagement-by-age-band': () => exampleChart('manchester', 'chart-engaged-by-age-band'),
  'single-band-engagement': () => required(engagementByAgeBandChart(ageBandFigures(), [{ id: 'under-25', label: 'Under 25', max: 24 }], CONTEXT)),
  'outcome-status': () => required(outcomeStatusChart(statusFigures(), CONTEXT)),
  'outcome-status-by-service': () => required(outcomeStatusChart(statusFigures(), CONTEXT, { group: 'service' })),
  'distance-travelled': () => required(distanceTravelledChart(assessmentFigures(), SCALE, CONTEXT)),
  'first-vs-latest': () => required(firstVsLatestChart(assessmentFigures(), SCALE, CONTEXT)),
  'before-after': () => required(beforeAfterChart(reoffendingFigures(), CONTEXT)),
  reoffending: () => required(reoffendingChart(reoffendingFigures(), CONTEXT)),
  targets: () => required(targetsChart(targetsFixture(), statusFigures(), CONTEXT)),
  cohort: () => required(cohortChart(cohortFixture(), 'gender', CONTEXT)),
  likert: () => required(likertChart(feedbackFixture(), RESPONSES, CONTEXT)),
  'manchester-first-vs-latest': () => exampleChart('manchester', 'chart-assessment-mean-first-vs-latest'),
  'tayside-targets': () => exampleChart('tayside', 'chart-targets'),
};

function normalise(svg: string): string {
  return `${svg.replace(/\d+\.\d+/g, (number) => String(Number(Number(number).toFixed(3)))).replace(/></g, '>\n<')}\n`;
}

describe('golden SVG charts', () => {
  test.each(Object.keys(GOLDEN_CHARTS))('%s matches test/output/%s.svg', (name) => {
    const render = GOLDEN_CHARTS[name];
    if (!render) throw new Error(`no chart ${name}`);
    const actual = normalise(render().svg);
    const golden = new URL(`../output/${name}.svg`, import.meta.url);
    const changed = new URL(`../output/${name}-changed.svg`, import.meta.url);
    if (!existsSync(golden)) {
      if (process.env['CI']) throw new Error(`missing golden file test/output/${name}.svg: generate it locally and review it`);
      writeFileSync(golden, actual);
    }
    const expected = readFileSync(golden, 'utf8');
    if (actual === expected) {
      rmSync(changed, { force: true });
    } else {
      writeFileSync(changed, actual);
    }
    expect(actual).toBe(expected);
  });

  test('the bars are as long as their figures: 75%, 50% and 25% of a 0–100 axis', () => {
    const svg = normalise(GOLDEN_CHARTS['single-band-engagement']?.().svg ?? '');
    const widths = [...svg.matchAll(/<rect[^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(3);
    const [engaged = 0, three = 0, six = 0] = widths;
    expect(three / engaged).toBeCloseTo(50 / 75, 2);
    expect(six / engaged).toBeCloseTo(25 / 75, 2);
    expect(svg).toContain('>75%<');
  });
});
