import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { Manifest } from '../manifest/manifestSchema.ts';
import type { OutcomeTargetResult } from '../topics/targets/outcomeTargets.ts';
import { beforeAfterChart } from '../topics/reoffending/beforeAfterChart.ts';
import type { ChartContext } from './chartContext.ts';
import type { ChartResult } from './chartResult.ts';
import { cohortChart } from '../topics/engagement/cohortChart.ts';
import { distanceTravelledChart } from '../topics/distanceTravelled/distanceTravelledChart.ts';
import { engagementByAgeBandChart } from '../topics/engagement/engagementByAgeBandChart.ts';
import { firstVsLatestChart } from '../topics/distanceTravelled/firstVsLatestChart.ts';
import { likertChart } from '../topics/feedback/likertChart.ts';
import { outcomeStatusChart } from '../topics/outcomeStatus/outcomeStatusChart.ts';
import { reoffendingChart } from '../topics/reoffending/reoffendingChart.ts';
import { targetsChart } from '../topics/targets/targetsChart.ts';

/**
 * The charts every evaluation gets from the figures it publishes: each kind whose figures exist,
 * once overall and once per breakdown dimension where the kind supports one. A kind without its
 * figures is simply absent.
 */
export function standardCharts(figures: readonly PublishedFigure[], manifest: Manifest, targets: readonly OutcomeTargetResult[], context: ChartContext): ChartResult[] {
  const attributes = Object.keys(manifest.datasets.clients?.attributes ?? {});
  const assessed = manifest.datasets.assessments;
  const scale = assessed ? manifest.scales[assessed.scale] : undefined;
  const responses = manifest.datasets.feedback?.responses;
  const charts = [
    ...attributes.map((dimension) => cohortChart(figures, dimension, context)),
    engagementByAgeBandChart(figures, manifest.age_bands, context),
    outcomeStatusChart(figures, context),
    ...attributes.map((group) => outcomeStatusChart(figures, context, { group })),
    scale && distanceTravelledChart(figures, scale, context),
    scale && firstVsLatestChart(figures, scale, context),
    reoffendingChart(figures, context),
    beforeAfterChart(figures, context),
    responses && likertChart(figures, responses, context),
    targetsChart(targets, figures, context),
  ];
  return charts.filter((chart): chart is ChartResult => chart !== undefined && chart !== null);
}
