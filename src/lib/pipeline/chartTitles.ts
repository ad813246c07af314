import type { ChartResult } from '../charts/chartResult.ts';
import { formatFigure } from '../figures/formatFigure.ts';
import { notMeasuredFor } from '../figures/notMeasured.ts';
import { causalWording, NOT_IMPROVED_WORDS } from '../narrative/causalWording.ts';
import { segmentsAsParagraph } from '../narrative/segmentsAsParagraph.ts';
import { keyFindingText } from '../narrative/keyFindingText.ts';
import { problem, type Problem } from '../problems/problem.ts';
import type { KeyFindingInputs } from './keyFindings.ts';

/**
 * The message titles the author wrote (manifest `chart_titles`, by chart id), each with its
 * figures written in as a sentence reads them: a figure shown as it is by its value ("61%"), a
 * protected one by its phrase ("under 27%", "a number (too small to publish)"). Checked as a key
 * finding is: a typed number, a brace left open, an unknown or unmeasured figure are errors; a
 * protected figure and causal wording a figure cannot bear are warnings. Messages name the chart
 * and figure by id, never the author's words. Whether each id is a chart is known only once the
 * charts are drawn: `unknownChartTitles`.
 */
export function chartTitles(settings: Readonly<Record<string, string>>, inputs: KeyFindingInputs): { titles: Map<string, string>; problems: Problem[] } {
  const { manifestFile: file, figures, notMeasured, evidence, protectedFigures, verdicts = new Map() } = inputs;
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const problems: Problem[] = [];
  const titles = new Map<string, string>();
  for (const [chart, text] of Object.entries(settings)) {
    const place = { file, column: `chart_titles.${chart}` };
    const { segments, faults } = keyFindingText(text);
    if (faults.includes('digit')) problems.push(problem('chart-title-number', place));
    if (faults.includes('unclosed-brace') || faults.includes('empty-braces')) problems.push(problem('chart-title-braces', place));
    let complete = faults.length === 0;
    const words = segments.map((segment) => {
      if (segment.kind === 'text') return segment.text;
      const figure = byId.get(segment.id);
      if (figure === undefined) {
        const unmeasured = notMeasuredFor(segment.id, notMeasured);
        problems.push(
          unmeasured
            ? problem('chart-title-not-measured', place, { id: segment.id, reason: unmeasured.reason })
            : problem('chart-title-unknown-indicator', place, { id: segment.id, published: byId.size }),
        );
        complete = false;
        return '';
      }
      const hidden = protectedFigures.get(segment.id);
      if (hidden) problems.push(problem('chart-title-protected', place, { id: segment.id, reads: hidden.reads }));
      // A title is short: a figure shown as computed by its value alone; a protected one by the phrase that stands for it.
      const formatted = formatFigure(figure);
      return figure.disclosure === null ? formatted.value : `${formatted.prose.value}${formatted.prose.rest}`;
    });
    const block = segmentsAsParagraph(segments);
    for (const found of causalWording(block, evidence, verdicts)) {
      problems.push(
        found.verdict === null
          ? problem('chart-title-causal-wording', place, { phrase: found.phrase, id: found.id, level: found.evidence.level, design: found.evidence.label, suggestion: found.suggestion })
          : problem('chart-title-causal-wording-not-significant', place, { phrase: found.phrase, id: found.id, result: NOT_IMPROVED_WORDS[found.verdict], suggestion: found.suggestion }),
      );
    }
    if (complete) titles.set(chart, words.join('').trim());
  }
  return { titles, problems };
}

/** A title under `chart_titles` for an id that is none of the evaluation's charts: an error naming the charts it may be. */
export function unknownChartTitles(settings: Readonly<Record<string, string>>, charts: readonly ChartResult[], manifestFile: string): Problem[] {
  const ids = charts.map((chart) => chart.id);
  return Object.keys(settings)
    .filter((id) => !ids.includes(id))
    .map((id) => problem('chart-title-unknown-chart', { file: manifestFile, column: `chart_titles.${id}` }, { id, charts: ids }));
}
