import { STUDY_DESIGNS, type StudyDesign } from '../manifest/studyDesigns.ts';

/** A level of the Maryland Scientific Methods Scale: 1 (weakest) to 5 (strongest). */
export type MarylandLevel = 1 | 2 | 3 | 4 | 5;

/**
 * How far an outcome figure can say what the service caused: its design, the Maryland scale level
 * rated from it, and both in plain words for a card, a table and figures.json.
 */
export interface EvidenceStrength {
  readonly design: StudyDesign;
  readonly level: MarylandLevel;
  /** The design in a few words, e.g. `Before and after, one group`. */
  readonly label: string;
  /** What the design can and cannot show, in one or two sentences. */
  readonly explanation: string;
}

/** Causal wording beside a figure is flagged below this level: a matched comparison is the least that can speak of what the service caused. */
export const CAUSAL_LEVEL = 3;

const DESIGN_WORDS: Readonly<Record<StudyDesign, { readonly label: string; readonly explanation: string }>> = {
  'before-after': {
    label: 'Before and after, one group',
    explanation: 'Before and after in one group of clients, with no comparison group: this shows change, not what the service caused.',
  },
  'after-only': {
    label: 'After starting, one group',
    explanation: 'Measured after clients started, in one group with no comparison group: this shows what happened, not what the service caused.',
  },
  comparison: {
    label: 'Comparison group, not matched',
    explanation: 'Compared with people who did not get the service, not chosen to be like the clients: differences between the two groups may explain some or all of the gap.',
  },
  'matched-comparison': {
    label: 'Matched comparison group',
    explanation: 'Compared with people matched to be like the clients on what was recorded about them: a fair test of what the service caused, though differences nobody recorded may remain.',
  },
  'difference-in-differences': {
    label: 'Difference in differences',
    explanation: 'The change in clients compared with the change in a similar group over the same time: a fair test of what the service caused, if both groups were on the same course before.',
  },
  'rich-matched-comparison': {
    label: 'Closely matched comparison group',
    explanation: 'Compared with people matched closely to the clients, including on their past: a strong test of what the service caused.',
  },
  'natural-experiment': {
    label: 'Natural experiment',
    explanation: 'Who got the service was settled by circumstance, not by choice or need: a strong test of what the service caused.',
  },
  randomised: {
    label: 'Randomised',
    explanation: 'Clients were allotted to the service or not by chance: the strongest test of what the service caused.',
  },
};

/**
 * The evidence strength of a design: its own level, or a lower one the evaluators rated it at
 * (the manifest's schema refuses a higher one), said so in the explanation.
 */
export function evidenceStrength(design: StudyDesign, rated?: MarylandLevel): EvidenceStrength {
  const own = STUDY_DESIGNS[design];
  const level = rated ?? own;
  const words = DESIGN_WORDS[design];
  const lowered = level < own ? ` The evaluators rated it level ${level}, below the design’s usual ${own}, for weaknesses in how it was carried out.` : '';
  return { design, level, label: words.label, explanation: `${words.explanation}${lowered}` };
}

/** `Evidence: level 1 of 5 (Maryland scale)`, the line a card and a table show before the explanation. */
export function evidenceLevelText(evidence: EvidenceStrength): string {
  return `Evidence: level ${evidence.level} of 5 (Maryland scale), ${evidence.label.charAt(0).toLowerCase()}${evidence.label.slice(1)}`;
}
