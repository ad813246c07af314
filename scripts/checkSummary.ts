import { describeDerivation, evidenceLevelText, type EvaluationResult, type SiteData, type Warning } from '../src/lib/index.ts';

/**
 * What `check` prints after its result line: a block per evaluation with its datasets and their
 * records, the figures it publishes and how disclosure control protected them, each headline
 * figure with the text readers see and what it was computed from (a column, or a documented rule
 * standing in for an absent one; and an outcome's evidence level), the figures not measured with
 * why, and how many warnings name its files (they are listed after, by reportWarnings). Only
 * published text is printed: a dataset's records and every figure as the site gives them, so a
 * protected figure's true value, or a count of people under the threshold, never reaches the log.
 */
export function checkSummary(site: SiteData, warnings: readonly Warning[]): string {
  return site.evaluations.map((evaluation) => evaluationSummary(evaluation, warnings)).join('');
}

function evaluationSummary(evaluation: EvaluationResult, warnings: readonly Warning[]): string {
  const { slug } = evaluation;
  const lines = [`${slug}: ${evaluation.meta.title}`];
  // Records as the methodology page gives them: "fewer than 5" for a count of people under the threshold, "about 85" when rounded.
  const datasets = evaluation.datasets.map(
    (dataset) =>
      `${dataset.file.slice(dataset.file.lastIndexOf('/') + 1)} ${dataset.records === 'not shown' ? '(number of records not shown)' : `${dataset.records} record${dataset.records === '1' ? '' : 's'}`}`,
  );
  lines.push(`  Datasets: ${datasets.length > 0 ? datasets.join('; ') : 'none'}`);
  lines.push(`  Figures published: ${evaluation.figures.length}${protection(evaluation)}`);
  // The headline figures (the summary page's cards), in the manifest's order.
  const headlines = evaluation.headline.flatMap((id) => {
    const figure = evaluation.figures.find((candidate) => candidate.id === id);
    // An outcome headline says how strong its evidence is, as its card does (docs/metrics.md#evidence-strength).
    const evidence = figure?.evidence ? `  (${evidenceLevelText(figure.evidence)})` : '';
    return figure ? [`    ${id}  ${figure.text.inline}  ${describeDerivation(figure.derivation, figure.source)}${evidence}`] : [];
  });
  if (headlines.length > 0) lines.push('  Headline figures, and what each was computed from:', ...headlines);
  // Figures left out for the same reason (the nine dosage figures without a sessions column) share a line.
  const idsByReason = new Map<string, string[]>();
  for (const record of evaluation.notMeasured) idsByReason.set(record.reason, [...(idsByReason.get(record.reason) ?? []), record.id]);
  if (idsByReason.size > 0) lines.push('  Not measured (the methodology page says so):', ...[...idsByReason].map(([reason, ids]) => `    ${ids.join(', ')}  ${reason}`));
  const own = warnings.filter((warning) => warning.file.startsWith(`data/${slug}/`) || warning.file.startsWith(`content/${slug}/`)).length;
  lines.push(`  Warnings: ${own === 0 ? 'none' : `${own}, listed below`}`);
  return `\n${lines.join('\n')}\n`;
}

/** How disclosure control treated the published figures, as the methodology page counts them; empty when it changed none. */
function protection({ disclosure }: EvaluationResult): string {
  const parts = [
    [disclosure.suppressed, `shown as "fewer than ${disclosure.threshold}"`],
    [disclosure.bounded, 'shown as a range'],
    [disclosure.withheld, `not shown${disclosure.dominated > 0 ? ` (${disclosure.dominated} because one or two people make up most of a total)` : ''}`],
    [disclosure.collapsed, 'merged with a neighbouring category'],
  ] as const;
  const shown = parts.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}`);
  const secondary = disclosure.secondaryCells > 0 ? `; ${disclosure.secondaryCells} cell${disclosure.secondaryCells === 1 ? '' : 's'} protected only so that another cannot be worked out` : '';
  const rounded = disclosure.rounding > 1 ? `; counts rounded to the nearest ${disclosure.rounding}` : '';
  return shown.length === 0 && rounded === '' ? ', none protected' : `, protected for privacy: ${shown.length > 0 ? shown.join(', ') : 'none'}${secondary}${rounded}`;
}
