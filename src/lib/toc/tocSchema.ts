import { z } from 'zod';
import { SLUG_PATTERN } from '../text/slug.ts';

const Slug = z.string().regex(SLUG_PATTERN, 'a lowercase id of letters, digits and single hyphens');
const Text = z.string().trim().min(1, 'some text');

/**
 * What a column holds. Outcome columns are where evidence belongs: an outcome box with no
 * indicator is marked "not measured". Client-group, input, activity and output boxes are not
 * outcomes.
 */
export const COLUMN_KINDS = [
  'client-group',
  'inputs',
  'activities',
  'outputs',
  'short-term-outcomes',
  'medium-term-outcomes',
  'long-term-outcomes',
  'outcomes',
  'impact',
  'key-successes',
  'other',
] as const;
export const OUTCOME_KINDS: ReadonlySet<string> = new Set(['short-term-outcomes', 'medium-term-outcomes', 'long-term-outcomes', 'outcomes', 'impact', 'key-successes']);

export const TocNodeSchema = z.strictObject({
  id: Slug,
  /** The box's words. Figures never go here: they come from `evidence`, so privacy rules apply. */
  label: Text,
  /** A sentence or two shown under the label in the text version. */
  description: Text.optional(),
  /** Indicator ids that evidence this box (see docs/indicators.md). Default: none. */
  evidence: z.array(Text).default([]),
  /**
   * The id of one of the evaluation's own targets (manifest `targets`) that this box is: its
   * measuring figures become the evidence and its result the box's. Default: none.
   */
  target: Slug.optional(),
  /** Assumptions this box rests on. Default: none. */
  assumptions: z.array(Text).default([]),
});
export type TocNode = z.output<typeof TocNodeSchema>;

export const TocColumnSchema = z.strictObject({
  id: Slug,
  /** The column heading, e.g. "Short-term outcomes" or "Why?". */
  label: Text,
  kind: z.enum(COLUMN_KINDS),
  nodes: z.array(TocNodeSchema).min(1, 'at least one box'),
});
export type TocColumn = z.output<typeof TocColumnSchema>;

export const TocLinkSchema = z.strictObject({
  from: Slug,
  to: Slug,
  /** Why the first leads to the second. */
  rationale: Text.optional(),
  /** Assumptions this link rests on. Default: none. */
  assumptions: z.array(Text).default([]),
});
export type TocLink = z.output<typeof TocLinkSchema>;

/** A band of context that runs under the whole diagram (e.g. the criminal-justice context). */
export const TocContextSchema = z.strictObject({
  label: Text,
  items: z.array(Text).min(1, 'at least one item'),
});

/** A theory of change: `content/<evaluation>/theory-of-change.yaml` (docs/theory-of-change.md). */
export const TheoryOfChangeSchema = z.strictObject({
  title: Text,
  /** Columns from left to right. */
  columns: z.array(TocColumnSchema).min(1, 'at least one column'),
  links: z.array(TocLinkSchema).default([]),
  contexts: z.array(TocContextSchema).default([]),
  /** Whether a chain of links may lead back to where it started. Default: false. */
  allow_cycles: z.boolean().default(false),
  /** Say so when the links are the site's own illustration, not the source's. Default: false. */
  illustrative_links: z.boolean().default(false),
  /** Where the diagram comes from, named on the page. */
  source: Text.optional(),
});
export type TheoryOfChange = z.output<typeof TheoryOfChangeSchema>;
