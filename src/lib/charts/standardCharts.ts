import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { Manifest } from '../manifest/manifestSchema.ts';
import type { ChartContext } from './chartContext.ts';
import type { ChartResult } from './chartResult.ts';
import { engagementByAgeBandChart } from './engagementByAgeBand.ts';
import { outcomeStatusChart } from './outcomeStatusChart.ts';

/**
 * The charts every evaluation gets from the figures it publishes: each kind whose figures exist,
 * once overall and once per breakdown dimension where the kind supports one.
 */
export function standardCharts(figures: readonly PublishedFigure[], manifest: Manifest, context: ChartContext): ChartResult[] {
  const attributes = Object.keys(manifest.datasets.clients?.attributes ?? {});
  const charts = [
    engagementByAgeBandChart(figures, manifest.age_bands, context),
    outcomeStatusChart(figures, context),
    ...attributes.map((group) => outcomeStatusChart(figures, context, { group })),
  ];
  return charts.filter((chart): chart is ChartResult => chart !== undefined);
}
