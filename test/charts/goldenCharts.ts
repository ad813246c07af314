/** The named charts that have golden SVG files (test/output/<name>.svg) and agreement tests. */
import { engagementByAgeBandChart } from '../../src/lib/topics/engagement/engagementByAgeBandChart.ts';
import { outcomeStatusChart } from '../../src/lib/topics/outcomeStatus/outcomeStatusChart.ts';
import type { ChartResult } from '../../src/lib/charts/chartResult.ts';
import { applyDisclosureControl } from '../../src/lib/disclosure/applyDisclosureControl.ts';
import type { PublishedFigure } from '../../src/lib/figures/publishedFigure.ts';
import { beforeAfterChart } from '../../src/lib/topics/reoffending/beforeAfterChart.ts';
import { cohortChart } from '../../src/lib/topics/engagement/cohortChart.ts';
import { distanceTravelledChart } from '../../src/lib/topics/distanceTravelled/distanceTravelledChart.ts';
import { firstVsLatestChart } from '../../src/lib/topics/distanceTravelled/firstVsLatestChart.ts';
import { likertChart } from '../../src/lib/topics/feedback/likertChart.ts';
import { reoffendingChart } from '../../src/lib/topics/reoffending/reoffendingChart.ts';
import { provenRateChart } from '../../src/lib/topics/provenReoffending/provenRateChart.ts';
import { reoffendingBySessionsChart } from '../../src/lib/topics/dosage/reoffendingBySessionsChart.ts';
import { targetsChart } from '../../src/lib/topics/targets/targetsChart.ts';
import { totalStatusChart } from '../../src/lib/topics/distanceTravelled/totalStatusChart.ts';
import {
  ageBandFigures,
  assessmentFigures,
  cohortFixture,
  CONTEXT,
  jdlSiteFixture,
  feedbackFixture,
  provenFixture,
  reoffendingBySessionsFixture,
  reoffendingFigures,
  RESPONSES,
  SCALE,
  statusFigures,
  targetsFixture,
  totalStatusFixture,
} from './chartFixtures.ts';
import { disclosureRules, TOPICS } from '../../src/lib/topics/index.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';
import { siteJusticeDataLab } from '../../src/lib/pipeline/siteJusticeDataLab.ts';

function protect(figures: PublishedFigure[]): PublishedFigure[] {
  // The fixtures' services and genders are client attributes: they partition the cohort.
  return applyDisclosureControl(figures, { threshold: 5, rules: disclosureRules(TOPICS, ['service', 'gender']) }).figures;
}

function required(chart: ChartResult | undefined): ChartResult {
  if (!chart) throw new Error('no chart');
  return chart;
}

function exampleChart(slug: string, id: string): ChartResult {
  const { site } = exampleSiteData();
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
  'proven-reoffending': () => required(provenRateChart(provenFixture(), CONTEXT)),
  targets: () => required(targetsChart(targetsFixture(), statusFigures(), CONTEXT)),
  cohort: () => required(cohortChart(cohortFixture(), 'gender', CONTEXT)),
  likert: () => required(likertChart(feedbackFixture(), RESPONSES, CONTEXT)),
  // The same charts after disclosure control (threshold 5): protected values must be neither
  // drawn nor described, and what is drawn must still agree with the table.
  'outcome-status-protected': () => required(outcomeStatusChart(protect(statusFigures()), CONTEXT)),
  'reoffending-protected': () => required(reoffendingChart(protect(reoffendingFigures()), CONTEXT)),
  'proven-reoffending-protected': () => required(provenRateChart(protect(provenFixture()), CONTEXT)),
  // The illustrative adults-only example's proven re-offending: one bar, adults, 7 of 13.
  'needs-inventory-proven-reoffending': () => exampleChart('needs-inventory', 'chart-proven-reoffending-rate'),
  'likert-protected': () => required(likertChart(protect(feedbackFixture()), RESPONSES, CONTEXT)),
  'manchester-first-vs-latest': () => exampleChart('manchester', 'chart-assessment-mean-first-vs-latest'),
  // A 0–2 inventory, lower is better: labels to two decimal places, four reviews in three columns of panels.
  'needs-inventory-distance-travelled': () => exampleChart('needs-inventory', 'chart-assessment-mean-by-domain-and-review'),
  // The total need across twelve areas, 0 to 24, lower is better: a falling line is an improvement.
  'needs-inventory-total-score': () => exampleChart('needs-inventory', 'chart-total-score-by-review'),
  'tayside-targets': () => exampleChart('tayside', 'chart-targets'),
  // Sessions by month: January 2022 (2 clients seen) hidden and February held back with it, both labelled at zero.
  // The change in a total score, one bar as outcome status draws it: 17% left of zero, 58% right, 25% in the no-change column.
  'total-score-change': () => required(totalStatusChart(totalStatusFixture(), 'Resettlement needs inventory', CONTEXT)),
  'needs-inventory-dosage-by-month': () => exampleChart('needs-inventory', 'chart-dosage-by-month'),
  // Four questions drawn as "did not agree" (merged) against agree and strongly agree; one not drawn.
  'manchester-likert': () => exampleChart('manchester', 'chart-response-share-by-question'),
  // Clients by band of sessions attended: one colour, counts written at the bars' ends.
  'manchester-clients-by-sessions': () => exampleChart('manchester', 'chart-clients-by-sessions'),
  // Justice Data Lab forest plot: three results of the rate, one interval crossing zero, a zero line, in the report's order.
  'jdl-forest-rate': () => exampleChart('jdl-mentoring', 'chart-jdl-forest-rate'),
  // The site-wide forest plot of two evaluations' rates (chartFixtures.ts, jdlSiteFixture): rows labelled by evaluation and analysis.
  'jdl-forest-site-rate': () => required(siteJusticeDataLab(jdlSiteFixture(), CONTEXT)?.charts[0]),
  // Re-offending within 12 months by band of sessions: one colour, "42% (5 of 12)" at the bars' ends.
  'reoffending-by-sessions': () => required(reoffendingBySessionsChart(reoffendingBySessionsFixture(), CONTEXT)),
};
