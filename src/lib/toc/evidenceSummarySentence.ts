import type { EvidenceSummary } from './bindEvidence.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The count above the diagram, in words. It names its two units, outcomes and comparisons of one
 * figure with one target, because the targets chart counts comparisons: without the unit, "5 met"
 * here and "11 met" there read as the same count disagreeing.
 */
export function evidenceSummarySentence(summary: EvidenceSummary): string {
  const { outcomes, measured, met, notMet, comparisons, comparisonsMet } = summary;
  const parts = [`${count(outcomes, 'outcome', 'outcomes')} in the diagram: ${measured} measured by a published figure, ${outcomes - measured} not measured.`];
  if (met + notMet > 0) {
    parts.push(`By outcome: ${met} of the ${measured} measured met their target in every comparison, ${notMet} missed it in at least one.`);
    parts.push(
      `By comparison (one figure against one target, the unit of the targets chart): ${comparisonsMet} of ${count(comparisons, 'comparison', 'comparisons')} met the target, ${comparisons - comparisonsMet} did not.`,
    );
  }
  const open = measured - met - notMet;
  if (open === 1) parts.push('1 measured outcome is not judged against a target: it has no target, or its figure is protected.');
  if (open > 1) parts.push(`${open} measured outcomes are not judged against a target: each has no target, or its figure is protected.`);
  return parts.join(' ');
}
