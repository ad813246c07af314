import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { IndicatorSetting } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';

/** What the evaluation's pages show as findings: figures by id, and metrics whose every figure a table gives. */
export interface ShownFigures {
  /** Headline and findings cards, `<Indicator>` and `<IndicatorCard>` in the summary, key findings, findings and recommendations, the theory of change's evidence, targets' measures, and the figures charts draw. */
  readonly ids: ReadonlySet<string>;
  /** The metrics a chart's table gives, or a findings section's own table (tables name figures by their rows, not their ids). */
  readonly metrics: ReadonlySet<string>;
}

/**
 * An entry of the manifest's `indicators` that no page shows: the author named the figure (to
 * label it, say) but nothing puts it before a reader. Precisely: an entry with neither `headline`
 * nor `target` whose figure (or, for a metric's id alone, every one of its broken-down figures) is
 * in no card, sentence, key finding, finding, recommendation, theory-of-change box or target,
 * drawn in no chart, and of a metric no chart's or section's table gives. Such a figure is still
 * in figures.json, the downloads and the methodology page's list of every figure, but that is not
 * a finding a reader meets. An id no figure has is an error of its own (checkIndicatorSettings).
 */
export function unusedIndicators(manifestFile: string, settings: readonly IndicatorSetting[], figures: readonly PublishedFigure[], shown: ShownFigures): Problem[] {
  return settings.flatMap((setting, index): Problem[] => {
    if (setting.headline || setting.target) return [];
    const exact = figures.filter((figure) => figure.id === setting.id);
    const own = exact.length > 0 ? exact : figures.filter((figure) => figure.id.startsWith(`${setting.id}[`));
    if (own.length === 0 || own.some((figure) => shown.ids.has(figure.id) || shown.metrics.has(figure.metric))) return [];
    return [problem('indicator-not-shown', { file: manifestFile, column: `indicators[${index}].id` }, { id: setting.id })];
  });
}
