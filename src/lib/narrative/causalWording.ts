import { visit } from 'unist-util-visit';
import { CAUSAL_LEVEL, type EvidenceStrength } from '../figures/evidenceStrength.ts';

/** Words for the service, after "because of the", "thanks to the", "due to the", "because the". */
const SERVICE = String.raw`(?:the\s+|this\s+|our\s+)?(?:service|programme|program|mentoring|mentors?|project|intervention|support|scheme)`;
const OFFENDING = String.raw`(?:re[-\u2010\u2011]?offending|offending|crime|reconvictions?)`;
/** What a verb of reducing may take before the offending: "reduced the rate of re-offending", "cut their offending". */
const OFFENDING_OBJECT = String.raw`(?:(?:the|their|its|our)\s+)?(?:(?:rates?|levels?|frequency)\s+of\s+)?${OFFENDING}`;
/** Before "causes" or "results", a word that makes it a noun: "the results in the table", "the causes of offending". */
const NOUN_BEFORE = String.raw`(?<!\b(?:the|these|those|its|their|our|main|underlying)\s+)`;

/**
 * Wording that says the service caused a change, each with evalsite's own suggested wording for
 * what a figure with no comparison can say. Matched whole words, in any case, across line breaks.
 */
const CAUSAL_PHRASES: ReadonlyArray<{ readonly pattern: RegExp; readonly suggestion: string }> = [
  {
    pattern: new RegExp(String.raw`\b(?:reduc(?:e|ed|es|ing)|cuts?|lowered|prevent(?:ed|s|ing)?|decreas(?:e|ed|es|ing))\s+${OFFENDING_OBJECT}\b`, 'giu'),
    suggestion: '"re-offending was lower after starting the service" or "…fell after starting the service"',
  },
  {
    pattern: new RegExp(String.raw`\b(?:because\s+of|thanks\s+to|due\s+to|owing\s+to|attributable\s+to)\s+${SERVICE}\b|\bbecause\s+(?:the|this|our)\s+${SERVICE}\b|\bas\s+a\s+result\s+of\b`, 'giu'),
    suggestion: '"after starting the service"',
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:led\s+to|leads?\s+to|caused|resulted\s+in|brought\s+about)\b|${NOUN_BEFORE}\b(?:causes(?!\s+of\b)|results\s+in(?!\s+(?:the|this|these|table|chart|figure|section)\b))\b`,
      'giu',
    ),
    suggestion: '"was followed by", or "…was lower after starting the service"',
  },
];

interface TextNode {
  readonly type: string;
  readonly name?: string | null;
  readonly value?: string;
  readonly attributes?: ReadonlyArray<{ readonly type: string; readonly name?: string; readonly value?: unknown }>;
  readonly position?: { readonly start: { readonly line: number } };
}

/** A causal phrase beside a figure that cannot bear it: where, the phrase, the figure and what to say instead. */
export interface CausalWording {
  readonly line: number | undefined;
  /** The phrase as matched, in lower case with single spaces: only words of `CAUSAL_PHRASES`, nothing else of the author's. */
  readonly phrase: string;
  readonly suggestion: string;
  readonly id: string;
  readonly evidence: EvidenceStrength;
}

/**
 * Causal wording in one block of the summary (a paragraph, heading or table cell) that also holds
 * an `<Indicator>` of a figure whose evidence is below level 3 of the Maryland scale: a
 * before-and-after change in one group cannot say what the service caused, so a sentence beside it
 * should not either. The block is the unit, so a phrase in the sentence before the figure's counts.
 */
export function causalWording(block: unknown, evidence: ReadonlyMap<string, EvidenceStrength>): CausalWording[] {
  const segments: Array<{ readonly start: number; readonly value: string; readonly line: number | undefined }> = [];
  let text = '';
  let weak: { id: string; evidence: EvidenceStrength } | undefined;
  visit(block as Parameters<typeof visit>[0], (node) => {
    const element = node as TextNode;
    if (element.type === 'text' && element.value !== undefined) {
      segments.push({ start: text.length, value: element.value, line: element.position?.start.line });
      text += element.value;
    } else if (element.type === 'mdxJsxTextElement' && element.name === 'Indicator' && weak === undefined) {
      const id = element.attributes?.find((attribute) => attribute.name === 'id')?.value;
      const strength = typeof id === 'string' ? evidence.get(id) : undefined;
      if (typeof id === 'string' && strength && strength.level < CAUSAL_LEVEL) weak = { id, evidence: strength };
    }
  });
  if (!weak) return [];
  const figure = weak;
  // In the order the block reads.
  return CAUSAL_PHRASES.flatMap(({ pattern, suggestion }) => [...text.matchAll(pattern)].map((match) => ({ match, suggestion })))
    .sort((a, b) => a.match.index - b.match.index)
    .map(({ match, suggestion }) => ({
      line: lineAt(segments, match.index),
      phrase: match[0]
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/[\u2010\u2011]/g, '-'),
      suggestion,
      id: figure.id,
      evidence: figure.evidence,
    }));
}

/** The line of the text at `offset` of the block's joined text. */
function lineAt(segments: ReadonlyArray<{ readonly start: number; readonly value: string; readonly line: number | undefined }>, offset: number): number | undefined {
  const segment = segments.findLast((candidate) => candidate.start <= offset);
  if (segment?.line === undefined) return undefined;
  return segment.line + (segment.value.slice(0, offset - segment.start).match(/\n/g)?.length ?? 0);
}
