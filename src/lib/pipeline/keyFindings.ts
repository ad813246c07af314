import type { PublishedFigure } from '../figures/publishedFigure.ts';
import { notMeasuredFor, type NotMeasured } from '../figures/notMeasured.ts';
import type { EvidenceStrength } from '../figures/evidenceStrength.ts';
import { problem, type Problem } from '../problems/problem.ts';
import { keyFindingText, type KeyFindingSegment } from '../narrative/keyFindingText.ts';
import { causalWording, NOT_IMPROVED_WORDS } from '../narrative/causalWording.ts';
import { segmentsAsParagraph } from '../narrative/segmentsAsParagraph.ts';
import type { JdlVerdict } from '../topics/justiceDataLab/jdlResult.ts';
import type { ProtectedInline } from '../narrative/protectedInline.ts';

/** A key finding as the summary page lays it out: words, and figures by id that the page writes as a sentence reads them. */
export interface KeyFinding {
  readonly segments: readonly KeyFindingSegment[];
}

export interface KeyFindingInputs {
  readonly manifestFile: string;
  readonly figures: readonly PublishedFigure[];
  readonly notMeasured: readonly NotMeasured[];
  readonly evidence: ReadonlyMap<string, EvidenceStrength>;
  readonly protectedFigures: ReadonlyMap<string, ProtectedInline>;
  /** Each Justice Data Lab result's verdict, by its figure's id: causal wording beside one that is not a significant improvement is a warning. */
  readonly verdicts?: ReadonlyMap<string, JdlVerdict>;
  /** The manifest list the texts come from, for locating problems: `key_findings` (default), `findings` or `recommendations` (evaluationItems.ts). */
  readonly field?: string;
}

/**
 * The manifest's key findings, each tied to the figures it names in braces, so that its numbers
 * come from the data and are protected like every other figure. A number typed into the words, a
 * figure that is not published or not measured, or a brace left open is an error; a finding with
 * no figure, a figure that will read as protected, and causal wording beside a figure that cannot
 * bear it are warnings. Messages name the finding by its place and the figure by its id, never
 * the author's words.
 */
export function keyFindings(settings: ReadonlyArray<{ readonly text: string }>, inputs: KeyFindingInputs): { findings: KeyFinding[]; problems: Problem[] } {
  const { manifestFile: file, figures, notMeasured, evidence, protectedFigures, verdicts = new Map<string, JdlVerdict>(), field = 'key_findings' } = inputs;
  const published = new Set(figures.map((figure) => figure.id));
  const problems: Problem[] = [];
  const findings = settings.map((setting, index) => {
    const place = { file, column: `${field}[${index}].text` };
    const { segments, faults } = keyFindingText(setting.text);
    if (faults.includes('digit')) problems.push(problem('key-finding-number', place));
    if (faults.includes('unclosed-brace') || faults.includes('empty-braces')) problems.push(problem('key-finding-braces', place));
    const ids = segments.flatMap((segment) => (segment.kind === 'figure' ? [segment.id] : []));
    if (ids.length === 0 && faults.length === 0) problems.push(problem('key-finding-without-figure', place));
    for (const id of new Set(ids)) {
      const unmeasured = notMeasuredFor(id, notMeasured);
      if (!published.has(id)) {
        problems.push(unmeasured ? problem('key-finding-not-measured', place, { id, reason: unmeasured.reason }) : problem('key-finding-unknown-indicator', place, { id, published: published.size }));
        continue;
      }
      const hidden = protectedFigures.get(id);
      if (hidden) problems.push(problem('key-finding-protected', place, { id, reads: hidden.reads }));
    }
    const block = segmentsAsParagraph(segments);
    for (const found of causalWording(block, evidence, verdicts)) {
      problems.push(
        found.verdict === null
          ? problem('key-finding-causal-wording', place, { phrase: found.phrase, id: found.id, level: found.evidence.level, design: found.evidence.label, suggestion: found.suggestion })
          : problem('key-finding-causal-wording-not-significant', place, { phrase: found.phrase, id: found.id, result: NOT_IMPROVED_WORDS[found.verdict], suggestion: found.suggestion }),
      );
    }
    return { segments };
  });
  return { findings, problems };
}
