/**
 * The designs an outcome figure can rest on, each with its level on the Maryland Scientific
 * Methods Scale (Sherman et al. 1997; the What Works Centre for Local Economic Growth's scoring
 * guide): how well the design can tell what the service caused from what would have happened
 * anyway. docs/metrics.md#evidence-strength explains each.
 */
export const STUDY_DESIGNS = {
  /** One group of clients, measured before and after starting; no comparison group. */
  'before-after': 1,
  /** One group of clients, measured only after starting; no comparison group. */
  'after-only': 1,
  /** Compared with a group who did not get the service, not matched to be alike. */
  comparison: 2,
  /** Compared with a group matched to be alike on recorded characteristics (a Justice Data Lab analysis is one). */
  'matched-comparison': 3,
  /** The clients' change compared with a similar group's change over the same time. */
  'difference-in-differences': 3,
  /** Matched on many characteristics, including past outcomes, so that little is left unaccounted for. */
  'rich-matched-comparison': 4,
  /** Who got the service was settled by circumstance, not by choice or need. */
  'natural-experiment': 4,
  /** Clients were allotted to the service or not at random. */
  randomised: 5,
} as const satisfies Record<string, 1 | 2 | 3 | 4 | 5>;

export type StudyDesign = keyof typeof STUDY_DESIGNS;
export const STUDY_DESIGN_NAMES = Object.keys(STUDY_DESIGNS) as [StudyDesign, ...StudyDesign[]];
