import { visit } from 'unist-util-visit';
import { withoutInvisibleCharacters } from '../text/invisibleCharacters.ts';
import { CAUSAL_LEVEL, type EvidenceStrength } from '../figures/evidenceStrength.ts';
import type { JdlVerdict } from '../topics/justiceDataLab/jdlResult.ts';

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
const CAUSAL_PHRASES: ReadonlyArray<{ readonly pattern: RegExp; readonly suggestion: string; readonly reduction?: true }> = [
  {
    pattern: new RegExp(String.raw`\b(?:reduc(?:e|ed|es|ing)|cuts?|lowered|prevent(?:ed|s|ing)?|decreas(?:e|ed|es|ing))\s+${OFFENDING_OBJECT}\b`, 'giu'),
    // Says the service made offending fewer: wrong beside a result that went the other way, too.
    reduction: true,
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
  /**
   * Null when the figure's evidence is below level 3; otherwise the Justice Data Lab verdict that
   * makes the wording wrong though the design is strong enough: not significant, or for the worse.
   */
  readonly verdict: Exclude<JdlVerdict, 'better'> | null;
}

/** A Justice Data Lab result that is not a significant improvement, as the warning names it. */
export const NOT_IMPROVED_WORDS: Readonly<Record<Exclude<JdlVerdict, 'better'>, string>> = {
  inconclusive: 'not statistically significant',
  worse: 'a statistically significant difference for the worse',
};

/** What a sentence beside a Justice Data Lab result that is not a significant improvement may say instead. */
const VERDICT_SUGGESTIONS: Readonly<Record<Exclude<JdlVerdict, 'better'>, string>> = {
  inconclusive: '"the difference was not statistically significant: more people would need to take part to tell which way the programme affects re-offending"',
  worse: '"the Justice Data Lab found a statistically significant difference for the worse"',
};

/**
 * Causal wording in one block of the summary (a paragraph, heading or table cell) that also holds
 * an `<Indicator>` of a figure whose evidence is below level 3 of the Maryland scale: a
 * before-and-after change in one group cannot say what the service caused, so a sentence beside it
 * should not either. The block is the unit, so a phrase in the sentence before the figure's counts.
 * A Justice Data Lab result rests on a matched comparison (level 3), but one that is not a
 * significant improvement (its `verdicts` entry) cannot bear it either: beside a result that is not
 * significant, no causal wording; beside a significant change for the worse, no wording of a reduction.
 */
export function causalWording(block: unknown, evidence: ReadonlyMap<string, EvidenceStrength>, verdicts: ReadonlyMap<string, JdlVerdict> = new Map()): CausalWording[] {
  const segments: Array<{ readonly start: number; readonly value: string; readonly line: number | undefined }> = [];
  let text = '';
  let weak: { id: string; evidence: EvidenceStrength; verdict: Exclude<JdlVerdict, 'better'> | null } | undefined;
  visit(block as Parameters<typeof visit>[0], (node) => {
    const element = node as TextNode;
    if (element.type === 'text' && element.value !== undefined) {
      // Read as a reader sees it: a soft hyphen or zero-width space inside "re\u00adduced" hides nothing.
      const value = withoutInvisibleCharacters(element.value);
      segments.push({ start: text.length, value, line: element.position?.start.line });
      text += value;
    } else if (element.type === 'mdxJsxTextElement' && element.name === 'Indicator' && weak === undefined) {
      const id = element.attributes?.find((attribute) => attribute.name === 'id')?.value;
      const strength = typeof id === 'string' ? evidence.get(id) : undefined;
      const verdict = typeof id === 'string' ? verdicts.get(id) : undefined;
      if (typeof id === 'string' && strength && strength.level < CAUSAL_LEVEL) weak = { id, evidence: strength, verdict: null };
      else if (typeof id === 'string' && strength && verdict !== undefined && verdict !== 'better') weak = { id, evidence: strength, verdict };
    }
  });
  if (!weak) return [];
  const figure = weak;
  // Beside a significant change for the worse, only a claimed reduction reads wrong.
  const phrases = CAUSAL_PHRASES.filter((phrase) => figure.verdict !== 'worse' || phrase.reduction === true);
  // In the order the block reads.
  return phrases
    .flatMap(({ pattern, suggestion }) => [...text.matchAll(pattern)].map((match) => ({ match, suggestion: figure.verdict === null ? suggestion : VERDICT_SUGGESTIONS[figure.verdict] })))
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
      verdict: figure.verdict,
    }));
}

/** The line of the text at `offset` of the block's joined text. */
function lineAt(segments: ReadonlyArray<{ readonly start: number; readonly value: string; readonly line: number | undefined }>, offset: number): number | undefined {
  const segment = segments.findLast((candidate) => candidate.start <= offset);
  if (segment?.line === undefined) return undefined;
  return segment.line + (segment.value.slice(0, offset - segment.start).match(/\n/g)?.length ?? 0);
}
