import type { Manifest } from '../manifest/manifestSchema.ts';
import type { KeyFindingSegment } from '../narrative/keyFindingText.ts';
import { problem, type Problem } from '../problems/problem.ts';
import { outcomeTheme, type OutcomeTheme } from '../taxonomy/outcomeThemes.ts';
import { keyFindings, type KeyFindingInputs } from './keyFindings.ts';

/**
 * A finding or recommendation as an addressable item (docs/manifest.md#findings-and-recommendations):
 * its anchor comes from the id the author chose, never from its words or its place in the list,
 * so a link to it keeps working when the text is revised or items are added.
 */
export interface EvaluationItem {
  readonly kind: 'finding' | 'recommendation';
  readonly id: string;
  /** Its anchor on the evaluation's conclusions page: `finding-<id>` or `recommendation-<id>`. */
  readonly anchor: string;
  readonly theme: OutcomeTheme;
  /** Its words and figures by id, laid out as key findings are (a protected figure reads as its phrase). */
  readonly segments: readonly KeyFindingSegment[];
  /** The figures it names, in order, each once. */
  readonly figures: readonly string[];
  /** For a recommendation, the findings it rests on, by id; empty for a finding. */
  readonly findings: readonly string[];
}

/**
 * The manifest's findings and recommendations, checked as key findings are (figures in braces,
 * no typed numbers, protected figures and causal wording warned about), each located in its own
 * list. A recommendation may rest on findings instead of figures; one that names neither is a
 * warning, and one naming a finding that does not exist an error.
 */
export function evaluationItems(manifest: Pick<Manifest, 'findings' | 'recommendations'>, inputs: Omit<KeyFindingInputs, 'field'>): { items: EvaluationItem[]; problems: Problem[] } {
  const file = inputs.manifestFile;
  const found = keyFindings(manifest.findings, { ...inputs, field: 'findings' });
  const made = keyFindings(manifest.recommendations, { ...inputs, field: 'recommendations' });
  const findingIds = manifest.findings.map((item) => item.id);
  const problems: Problem[] = [...found.problems];
  // A recommendation is judged by the findings and figures it rests on, below, not by the key findings' rule.
  problems.push(...made.problems.filter((candidate) => candidate.code !== 'key-finding-without-figure'));
  const figuresOf = (segments: readonly KeyFindingSegment[]) => [...new Set(segments.flatMap((segment) => (segment.kind === 'figure' ? [segment.id] : [])))];
  const findings = manifest.findings.map((item, index): EvaluationItem => {
    const segments = found.findings[index]?.segments ?? [];
    return { kind: 'finding', id: item.id, anchor: `finding-${item.id}`, theme: outcomeTheme(item.theme), segments, figures: figuresOf(segments), findings: [] };
  });
  const recommendations = manifest.recommendations.map((item, index): EvaluationItem => {
    const segments = made.findings[index]?.segments ?? [];
    item.findings.forEach((id, place) => {
      if (!findingIds.includes(id)) problems.push(problem('item-finding-unknown', { file, column: `recommendations[${index}].findings[${place}]` }, { id, findings: findingIds }));
    });
    const figures = figuresOf(segments);
    if (figures.length === 0 && item.findings.length === 0) problems.push(problem('recommendation-without-evidence', { file, column: `recommendations[${index}]` }));
    return { kind: 'recommendation', id: item.id, anchor: `recommendation-${item.id}`, theme: outcomeTheme(item.theme), segments, figures, findings: item.findings };
  });
  return { items: [...findings, ...recommendations], problems };
}
