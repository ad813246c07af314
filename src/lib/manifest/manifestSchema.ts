import { z } from 'zod';
import { SLUG_PATTERN } from '../text/slug.ts';
import { STUDY_DESIGN_NAMES, STUDY_DESIGNS } from './studyDesigns.ts';
import { THEME_IDS } from '../taxonomy/outcomeThemes.ts';
import { CLIENT_GROUP_IDS } from '../taxonomy/clientGroups.ts';

/**
 * The evaluation manifest (`data/<evaluation>/evaluation.yaml`). Every object is strict:
 * an unknown key is an error, because it is nearly always a typo. Documented in
 * docs/manifest.md with a complete example.
 */

const Slug = z.string().regex(SLUG_PATTERN, 'a lowercase id of letters, digits and single hyphens');
const IsoDate = z.iso.date('a date written YYYY-MM-DD');
const NonEmpty = z.string().trim().min(1, 'some text');

/** Where a dataset's rows come from; shown beside every figure computed from them. */
export const ProvenanceSchema = z.enum(['real', 'synthetic-reconstruction', 'illustrative']);
export type Provenance = z.output<typeof ProvenanceSchema>;

/** A published document the evaluation's figures come from or reproduce. */
/** A web address a page may link to: http or https only, never javascript: or data: (an author's text must not run). */
const WebAddress = z.url({ protocol: /^https?$/, error: 'a web address starting http:// or https://' });

export const SourceSchema = z.strictObject({
  title: NonEmpty,
  /** Who published it. */
  publisher: NonEmpty.optional(),
  /** Year of publication. */
  year: z.int().min(1900).max(2100).optional(),
  url: WebAddress.optional(),
});

export const DatasetFormatSchema = z.strictObject({
  /** Field delimiter. Default: sniffed from the header line. */
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  /** Decimal mark. Default `.`; a file that writes 6,5 must declare `,`. */
  decimal: z.enum(['.', ',']).default('.'),
  /** How dates are written. Default `DD/MM/YYYY` (ISO dates are always accepted too). */
  date: z.enum(['DD/MM/YYYY', 'YYYY-MM-DD', 'MM/DD/YYYY']).default('DD/MM/YYYY'),
});
export type DatasetFormat = z.output<typeof DatasetFormatSchema>;

const datasetBase = {
  /** CSV file or Excel workbook (.xlsx) name, relative to the evaluation's data folder. */
  file: z.string().regex(/^[^/\\]+\.(csv|xlsx)$/i, 'a .csv or .xlsx file name in the same folder as the manifest'),
  /** For an .xlsx workbook, the sheet holding the dataset, as its tab shows it (required then; never for a CSV file). */
  sheet: NonEmpty.optional(),
  /** Default: the evaluation's `provenance`. */
  provenance: ProvenanceSchema.optional(),
  format: DatasetFormatSchema.default({ decimal: '.', date: 'DD/MM/YYYY' }),
  /** Canonical column name → the header as written in the file. Default: the canonical name. */
  columns: z.record(z.string(), NonEmpty).default({}),
};

export const ClientsDatasetSchema = z.strictObject({
  ...datasetBase,
  /**
   * Who the rows are: everyone `referred` (default; engagement figures are computed), or only the
   * clients `reviewed` for outcomes (no engagement figures: the file says nothing about the rest).
   */
  cohort: z.enum(['referred', 'reviewed']).default('referred'),
  /** Attribute id (used in indicator ids) → the header as written in the file. */
  attributes: z.record(Slug, NonEmpty).default({}),
});

export const AssessmentsDatasetSchema = z.strictObject({
  ...datasetBase,
  /** Id of the scale in `scales` that every score is on. */
  scale: Slug,
});

export const OffencesDatasetSchema = z.strictObject({
  ...datasetBase,
  /** The offence kinds the file may use (e.g. conviction, caution, arrest). Default: any. */
  kinds: z.array(NonEmpty).min(1).optional(),
  /** The kinds that count as proven re-offending. Default: every kind. */
  counted_kinds: z.array(NonEmpty).min(1).optional(),
  /** Range of the gravity score. Default: any whole number. */
  gravity: z.strictObject({ min: z.int(), max: z.int() }).optional(),
  /** Years before the start that count as "before". Default: 3. */
  before_years: z.int('a whole number of years from 1 to 10').min(1, 'a whole number of years from 1 to 10').max(10, 'a whole number of years from 1 to 10').default(3),
  /** Shortest follow-up after the start, in months, for a before/after comparison. Default: 6. */
  minimum_follow_up_months: z.int('a whole number of months from 1 to 120').min(1, 'a whole number of months from 1 to 120').max(120, 'a whole number of months from 1 to 120').default(6),
  /** Offence type as written in the file → cost group in the unit-cost table. Default: none (no costs). */
  cost_groups: z.record(z.string(), NonEmpty).default({}),
  /**
   * A CSV of unit costs [offence_group, unit_cost_gbp, price_year, source] in the evaluation's
   * folder, replacing the built-in Home Office table. Default: the built-in table.
   */
  unit_costs: z
    .string()
    .regex(/^[^/\\]+\.csv$/i, 'a .csv file name in the same folder as the manifest')
    .optional(),
});

export const FeedbackDatasetSchema = z.strictObject({
  ...datasetBase,
  /** The response scale, in order from most negative to most positive. */
  responses: z.array(NonEmpty).min(2),
  /** The lowest response that counts as agreeing. Default: the responses above the middle. */
  agree_from: NonEmpty.optional(),
});

const PlainDatasetSchema = z.strictObject(datasetBase);

export const OutcomesDatasetSchema = z.strictObject({
  ...datasetBase,
  /**
   * A client attribute (e.g. `service`) whose groups were reported separately: statuses are then
   * published only within each group, never combined across them. Default: none.
   */
  split_by: Slug.optional(),
});

/** The report a `justice_data_lab` dataset copies its results from (docs/datasets.md#justice_data_lab). */
export const JusticeDataLabReportSchema = z.strictObject({
  /** The report's title as published. */
  title: NonEmpty,
  /** The day it was published. */
  published: IsoDate,
  /** Where it is published. Default: none (illustrative results have no report to link to). */
  url: WebAddress.optional(),
});

export const JusticeDataLabDatasetSchema = z.strictObject({
  ...datasetBase,
  report: JusticeDataLabReportSchema,
});

export const DatasetsSchema = z
  .strictObject({
    clients: ClientsDatasetSchema.optional(),
    contacts: PlainDatasetSchema.optional(),
    assessments: AssessmentsDatasetSchema.optional(),
    outcomes: OutcomesDatasetSchema.optional(),
    offences: OffencesDatasetSchema.optional(),
    feedback: FeedbackDatasetSchema.optional(),
    indicators: PlainDatasetSchema.optional(),
    /** Results of a Justice Data Lab analysis, as its report published them (aggregates only). */
    justice_data_lab: JusticeDataLabDatasetSchema.optional(),
  })
  .superRefine((datasets, context) => {
    // A workbook holds several sheets, so it must name one; a CSV file has none to name.
    for (const [kind, config] of Object.entries(datasets)) {
      if (config === undefined) continue;
      const workbook = isWorkbookFile(config.file);
      if (workbook && config.sheet === undefined)
        context.addIssue({ code: 'custom', path: [kind, 'file'], message: 'a sheet: for an .xlsx workbook, the sheet holding this dataset, as its tab shows it' });
      if (!workbook && config.sheet !== undefined) context.addIssue({ code: 'custom', path: [kind, 'sheet'], message: 'no sheet for a CSV file (sheet names the sheet of an .xlsx workbook)' });
    }
  });
/** Whether a dataset's file is an Excel workbook (read by src/lib/xlsx) rather than a CSV file. */
export function isWorkbookFile(file: string): boolean {
  return /\.xlsx$/i.test(file);
}
export type DatasetsConfig = z.output<typeof DatasetsSchema>;
export type DatasetKind = keyof DatasetsConfig;

export const ScaleSchema = z
  .strictObject({
    label: NonEmpty,
    min: z.number(),
    max: z.number(),
    /** Which end is better: `higher` (1–10 scales) or `lower` (0–2 needs inventories). */
    better: z.enum(['higher', 'lower']),
    /** The smallest change that counts as improved or deteriorated. Default: any change. */
    min_change: z.number('a number above 0').positive('a number above 0').optional(),
    /** Optional named stages, each from a score upwards. */
    stages: z.array(z.strictObject({ from: z.number(), label: NonEmpty })).optional(),
    /**
     * The scale's domains, as written in the assessments' domain column (capitals, spaces and
     * punctuation aside). When given, every domain scored must be one of them and each must be
     * scored at least once (datasets/checkDatasets.ts), so a total is over exactly these domains.
     * Default: whatever domains the file has.
     */
    domains: z.array(NonEmpty).min(1).optional(),
    /** Decimal places for this scale's means, medians and changes. Default: from the range (`scaleDecimals`): 2 up to a range of 2, 1 up to 10, 0 above. */
    decimals: z.int('a whole number of decimal places from 0 to 3').min(0, 'a whole number of decimal places from 0 to 3').max(3, 'a whole number of decimal places from 0 to 3').optional(),
    /**
     * A total score per client across every domain of the scale: the `sum` or the `mean` of the
     * domain scores at a review, only where every domain was scored then. `min_change`: the smallest
     * change in the total that counts as improved or deteriorated (default: any change). Default: no total.
     */
    total: z
      .strictObject({
        method: z.enum(['sum', 'mean']),
        min_change: z.number('a number above 0').positive('a number above 0').optional(),
      })
      .optional(),
  })
  .refine((scale) => scale.min < scale.max, { error: 'min to be below max', path: ['max'] });
export type Scale = z.output<typeof ScaleSchema>;

export const AgeBandSchema = z
  .strictObject({
    id: Slug,
    label: NonEmpty,
    /** Youngest age in the band, whole years at start. Default: no lower bound. */
    min: z.int().min(0).optional(),
    /** Oldest age in the band, inclusive. Default: no upper bound. */
    max: z.int().min(0).optional(),
  })
  .refine((band) => band.min !== undefined || band.max !== undefined, { error: 'a min, a max or both' })
  .refine((band) => band.min === undefined || band.max === undefined || band.min <= band.max, {
    error: 'min to be no more than max',
    path: ['max'],
  });
export type AgeBand = z.output<typeof AgeBandSchema>;

/** A band of sessions attended for the dosage figures: from `min` to `max` sessions, both included; no `max` on the last: and over. */
export const SessionBandSchema = z.strictObject({
  id: Slug,
  label: NonEmpty,
  min: z.int('a whole number of sessions, 0 or more').min(0, 'a whole number of sessions, 0 or more'),
  max: z.int('a whole number of sessions, 0 or more').min(0, 'a whole number of sessions, 0 or more').optional(),
});
export type SessionBandSetting = z.output<typeof SessionBandSchema>;

/**
 * The bands must cover every number of sessions exactly once, from 0 up, because the dosage topic
 * declares that they add up to the clients referred (disclosure control relies on it): each starts
 * one after the last ended, only the last is open-ended (and it must be), and ids differ.
 */
export const SessionBandsSchema = z
  .array(SessionBandSchema)
  .min(1, 'at least one band of sessions')
  .superRefine((bands, context) => {
    const seen = new Set<string>();
    for (const [index, band] of bands.entries()) {
      if (seen.has(band.id)) context.addIssue({ code: 'custom', message: 'a band id not used by another band', path: [index, 'id'] });
      seen.add(band.id);
      if (band.max !== undefined && band.max < band.min) context.addIssue({ code: 'custom', message: 'max to be no less than min', path: [index, 'max'] });
      const previous = bands[index - 1];
      if (!previous) {
        if (band.min !== 0) context.addIssue({ code: 'custom', message: 'the first band to start at 0 sessions, so that every client is in a band', path: [index, 'min'] });
      } else if (previous.max === undefined) {
        context.addIssue({ code: 'custom', message: 'a max on every band but the last (only the last may be open-ended)', path: [index - 1] });
      } else if (band.min <= previous.max) {
        context.addIssue({ code: 'custom', message: `bands that do not overlap: this band to start at ${previous.max + 1}, one after the band before ends`, path: [index, 'min'] });
      } else if (band.min > previous.max + 1) {
        context.addIssue({ code: 'custom', message: `bands with no gap: this band to start at ${previous.max + 1}, one after the band before ends`, path: [index, 'min'] });
      }
    }
    // A last band with a max would leave a client with more sessions in no band, and the bands would no longer add up.
    const last = bands.at(-1);
    if (last?.max !== undefined) context.addIssue({ code: 'custom', message: 'no max on the last band (it is "and over"), so that every client is in a band', path: [bands.length - 1, 'max'] });
  });

/** Settings of the dosage figures (docs/manifest.md#dosage). */
export const DosageSettingsSchema = z.strictObject({
  /** The bands of sessions attended. Default: the topic's own (src/lib/topics/dosage/sessionBands.ts). */
  session_bands: SessionBandsSchema.optional(),
});
export type DosageSettings = z.output<typeof DosageSettingsSchema>;

/**
 * A national proven re-offending rate the page may give beside the proven measure's rate for the
 * same age group, in words, as context and never as a comparison (docs/manifest.md#reoffending).
 */
export const NationalContextSchema = z.strictObject({
  /** The age group it is for: one the service works with. */
  group: z.enum(['adults', 'juveniles'], 'adults or juveniles'),
  /** The published rate, in per cent (25.3 for 25.3%). */
  rate: z.number('a percentage from 0 to 100, such as 25.3').min(0, 'a percentage from 0 to 100').max(100, 'a percentage from 0 to 100'),
  /** The period it is for, as its source names it ("October to December 2022"). */
  period: NonEmpty,
  /** The publication it is taken from. */
  source: z.strictObject({ title: NonEmpty, url: WebAddress.optional() }),
});
export type NationalContext = z.output<typeof NationalContextSchema>;

/** Which re-offending measures to publish beside the one recorded by the service (docs/metrics.md#proven-re-offending-moj-style). */
export const ReoffendingSettingsSchema = z
  .strictObject({
    /** Also publish the MoJ-style proven re-offending measure, from clients' index events and offences' proven dates. Default: false. */
    proven: z.boolean('true or false').default(false),
    /**
     * The age groups of the proven measure the service works with (by age at the index date): a
     * group it does not serve is not applicable, so none of its figures is computed. Default: both.
     */
    age_groups: z
      .array(z.enum(['adults', 'juveniles'], 'adults or juveniles'))
      .min(1, 'at least one of adults and juveniles')
      .refine((groups) => new Set(groups).size === groups.length, 'each of adults and juveniles at most once')
      .default(['adults', 'juveniles']),
    /** National rates shown beside the proven rates as context only, one per age group at most. Default: none. */
    national_context: z.array(NationalContextSchema).default([]),
  })
  .superRefine((settings, context) => {
    settings.national_context.forEach((entry, index) => {
      if (!settings.proven) context.addIssue({ code: 'custom', message: 'proven: true, since a national rate is context for the proven measure only', path: ['national_context', index] });
      else if (!settings.age_groups.includes(entry.group))
        context.addIssue({ code: 'custom', message: 'an age group the service works with (age_groups)', path: ['national_context', index, 'group'] });
      else if (settings.national_context.findIndex((other) => other.group === entry.group) !== index)
        context.addIssue({ code: 'custom', message: 'one national rate per age group', path: ['national_context', index, 'group'] });
    });
  });
export type ReoffendingSettings = z.output<typeof ReoffendingSettingsSchema>;
/** The two groups the MoJ reports proven re-offending for apart: adults (18 or over at the index date) and juveniles (10 to 17). */
export type AgeGroup = ReoffendingSettings['age_groups'][number];

export const TargetSchema = z
  .strictObject({
    /** Met when the value is at least this (in the indicator's unit: percent for shares). */
    at_least: z.number().optional(),
    /** Met when the value is at most this. */
    at_most: z.number().optional(),
  })
  .refine((target) => (target.at_least === undefined) !== (target.at_most === undefined), {
    error: 'exactly one of at_least or at_most',
  });
export type Target = z.output<typeof TargetSchema>;

export const IndicatorSettingSchema = z
  .strictObject({
    /** A published indicator id (see docs/indicators.md). */
    id: NonEmpty,
    /** Label for an indicator from an `indicators` dataset (built-in metrics have their own). */
    label: NonEmpty.optional(),
    /** What it counts, for an indicator from an `indicators` dataset. */
    definition: NonEmpty.optional(),
    /** Show as a card on the summary page. Default: false. */
    headline: z.boolean().default(false),
    target: TargetSchema.optional(),
    /** The design a published figure rests on (docs/metrics.md#evidence-strength). Default: not stated. */
    design: z.enum(STUDY_DESIGN_NAMES).optional(),
    /** Its Maryland scale level, where the evaluators rated it below the design's own (for drop-out, say). Default: the design's. */
    level: z.int().min(1, 'a level from 1 to 5').max(5, 'a level from 1 to 5').optional(),
  })
  .refine((setting) => setting.level === undefined || setting.design !== undefined, {
    error: 'a design beside the level (design: matched-comparison, say): the level is rated from it',
    path: ['level'],
  })
  .refine((setting) => setting.level === undefined || setting.design === undefined || setting.level <= STUDY_DESIGNS[setting.design], {
    error: 'a level no higher than its design’s (docs/metrics.md#evidence-strength lists each design’s level): a level may be lowered for a weakness, never raised',
    path: ['level'],
  });
export type IndicatorSetting = z.output<typeof IndicatorSettingSchema>;

/**
 * An outcome target the service set itself. It is measured by zero or more published figures
 * (each compared with the target on its own, e.g. once per service); a target no figure measures
 * is reported as "not measured", never dropped.
 */
export const OutcomeTargetSchema = z.strictObject({
  id: Slug,
  /** The outcome as the service worded it. */
  outcome: NonEmpty,
  /** When the outcome is expected, e.g. `short`, `medium`, `long` term. Default: none. */
  horizon: z.enum(['short', 'medium', 'long']).optional(),
  /** Met when the measuring figure is at least this (percent for shares). */
  at_least: z.number(),
  /** Ids of the figures that measure it. Default: none (not measured). */
  measured_by: z.array(NonEmpty).default([]),
  /** `approximate` when the measuring figure is only the closest available measure. Default: exact. */
  match: z.enum(['exact', 'approximate']).default('exact'),
  /** A short note shown beside the target, e.g. why the match is approximate. */
  note: NonEmpty.optional(),
});
export type OutcomeTarget = z.output<typeof OutcomeTargetSchema>;

/** A column the author declares safe to publish despite the identifier scan, with the reason. */
export const WaiverSchema = z.strictObject({
  /** The dataset kind, e.g. `clients`. */
  dataset: z.enum(['clients', 'contacts', 'assessments', 'outcomes', 'offences', 'feedback', 'indicators', 'justice_data_lab']),
  /** The column header as written in the file. */
  column: NonEmpty,
  /** Why publishing from this column is safe; shown on the methodology page. */
  reason: z.string().trim().min(20, 'a reason of at least a sentence (20 characters or more)'),
});
export type Waiver = z.output<typeof WaiverSchema>;

/** Named disclosure-control presets and their thresholds; docs/privacy.md says which UK practice each follows. */
export const PRIVACY_PRESETS = { 'suppress-below-5': 5, 'suppress-below-10': 10, 'suppress-1-7-round-5': 8, 'suppress-below-10-round-10': 10 } as const;

/**
 * The base every shown count is rounded to under each preset (1: not rounded). OpenSAFELY
 * suppresses counts of 7 or fewer and rounds the rest to the nearest 5; the base-10 preset is
 * conventional rounding to 10, halves up, after suppressing counts under 10 (docs/privacy.md).
 */
export const ROUNDING_BASES: { readonly [policy in keyof typeof PRIVACY_PRESETS]: 1 | 5 | 10 } = {
  'suppress-below-5': 1,
  'suppress-below-10': 1,
  'suppress-1-7-round-5': 5,
  'suppress-below-10-round-10': 10,
};

/**
 * The (n, k) dominance rule for totals of money and hours (docs/privacy.md): a total is not
 * published when its largest contributor makes up more than `largest` per cent of it, or its two
 * largest more than `two_largest` per cent.
 */
export const DominanceSchema = z
  .strictObject({
    /** The (1, k) rule's k, in per cent. Default 50. */
    // At most 90 and 95: a rule that lets one person make up the whole of a total protects no one, so it cannot be switched off.
    largest: z.number().min(10).max(90, 'at most 90: a total nearly all one person’s gives their value away').default(50),
    /** The (2, k) rule's k, in per cent. Default 85. */
    two_largest: z.number().min(10).max(95, 'at most 95: a total nearly all two people’s lets each work out the other’s').default(85),
  })
  .refine((rule) => rule.two_largest >= rule.largest, { error: 'a two-largest share at least the largest share (the two largest always hold as much as the largest)', path: ['two_largest'] });
export type Dominance = z.output<typeof DominanceSchema>;

/** A client who consented to be a case study: their own figures may be shown although they are one person. */
export const CaseStudySchema = z.strictObject({
  /** The name the story uses; never the client's real name or id. */
  pseudonym: NonEmpty,
  /** The consent record's reference (not the form itself). */
  consent: NonEmpty,
  /** The client's id in the clients dataset; used only to compute their figures, never published. */
  client_id: NonEmpty,
});
export type CaseStudy = z.output<typeof CaseStudySchema>;

export const PrivacySchema = z.strictObject({
  /** Named rule set. Default `suppress-below-5`. */
  policy: z.enum(['suppress-below-5', 'suppress-below-10', 'suppress-1-7-round-5', 'suppress-below-10-round-10']).default('suppress-below-5'),
  /** Counts of people below this are never shown. Default: the policy's (5 or 10). */
  threshold: z.int().min(3, 'a threshold of 3 or more').max(50).optional(),
  /** When a total of money or hours is dominated by one or two contributors and not published. Default: largest over 50%, two largest over 85%. */
  dominance: DominanceSchema.default({ largest: 50, two_largest: 85 }),
  /** Client attributes (and `age-band`) that could identify someone in combination. Default: none. */
  quasi_identifiers: z.array(Slug).default([]),
  /** Columns published despite the identifier scan, each with a reason. Default: none. */
  waivers: z.array(WaiverSchema).default([]),
  /** Clients who consented to be case studies. Default: none. */
  case_studies: z.array(CaseStudySchema).default([]),
});
export type Privacy = z.output<typeof PrivacySchema>;

/** A figure that changed since the previous release, and why (docs/releases.md). */
export const ReleaseChangeSchema = z.strictObject({
  /** A figure id, or an indicator id for all its breakdowns (`engaged` covers `engaged[area=north]`). */
  figure: NonEmpty,
  reason: NonEmpty,
});

/** A path under the evaluation's data folder, never leaving it (no segment starts with a dot, so no `..`): `releases/1/figures.json`. */
const ReleaseFile = z.string().regex(/^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\.json$/, "a .json file under the evaluation's data folder, such as releases/1/figures.json");

/**
 * This release of the evaluation and its history (docs/releases.md). Its version and date are the
 * manifest's `version` and `published`; `previous` names the release before it, whose published
 * figures are kept in the project.
 */
export const ReleaseSchema = z.strictObject({
  previous: z
    .strictObject({
      /** The previous release's version, as its manifest wrote it. */
      version: NonEmpty,
      /** Its published figures.json, copied into the evaluation's data folder. */
      file: ReleaseFile,
    })
    .optional(),
  /** Why figures changed, for every changed figure without a reason of its own ("six more months of referrals"). */
  reason: NonEmpty.optional(),
  /** Why particular figures changed. */
  changes: z.array(ReleaseChangeSchema).default([]),
  /** How and when figures are revised, and how errors are corrected, in the author's words; a standard note otherwise. */
  revisions_policy: NonEmpty.optional(),
  /** More about how the data are kept confidential, after the generated statement. */
  confidentiality: NonEmpty.optional(),
  /** The statement of voluntary application of the Code of Practice for Statistics, completed from the template in docs/releases.md. */
  code_of_practice: NonEmpty.optional(),
});
export type Release = z.output<typeof ReleaseSchema>;

/**
 * Who the service worked with, where the author states it: the comparison page sets figures side
 * by side only for like populations (docs/comparison.md). Fixed words, never free text.
 */
export const PopulationSchema = z.strictObject({
  /** The ages it worked with: adults (18 and over), young people (under 18), or both. */
  ages: z.enum(['adults', 'young-people', 'all-ages'], 'adults, young-people or all-ages').optional(),
  /** Whether it worked with women, men, or both. */
  gender: z.enum(['women', 'men', 'women-and-men'], 'women, men or women-and-men').optional(),
});
export type Population = z.output<typeof PopulationSchema>;
/** A theme of the built-in taxonomy (docs/taxonomy.md). */
const ThemeIdSchema = z.enum(THEME_IDS);

/** A finding as an addressable item (docs/manifest.md#findings-and-recommendations): its id is its anchor, so it stays the same across releases. */
export const FindingItemSchema = z.strictObject({
  id: Slug,
  /** One or two sentences, each figure named by its id in braces ({engaged}), as key findings are written. */
  text: NonEmpty,
  theme: ThemeIdSchema,
});

export const RecommendationItemSchema = z.strictObject({
  id: Slug,
  text: NonEmpty,
  theme: ThemeIdSchema,
  /** Ids of the findings it rests on. Default: none (then it should name a figure). */
  findings: z.array(Slug).default([]),
});

export const ManifestSchema = z
  .strictObject({
    title: NonEmpty,
    programme: NonEmpty,
    organisation: NonEmpty,
    area: NonEmpty,
    period: z.strictObject({ from: IsoDate, to: IsoDate }),
    funder: NonEmpty,
    /** Who the service worked with (ages, gender), where stated: for the comparison page. Default: not stated. */
    population: PopulationSchema.optional(),
    authors: z.array(NonEmpty).min(1),
    /** Publication date of this version of the evaluation. */
    published: IsoDate,
    version: NonEmpty,
    /** How to cite the evaluation, as one line. */
    citation: NonEmpty,
    /** The day the data were extracted: engagement and follow-up are measured to it. */
    as_of: IsoDate,
    /** Default provenance of every dataset. */
    provenance: ProvenanceSchema,
    /** One or two sentences for the home page. */
    summary: NonEmpty,
    /** Published documents the figures reproduce or draw on. */
    sources: z.array(SourceSchema).default([]),
    datasets: DatasetsSchema.default({}),
    scales: z.record(Slug, ScaleSchema).default({}),
    age_bands: z.array(AgeBandSchema).default([]),
    /** Settings of the dosage figures: the bands of sessions attended. */
    dosage: DosageSettingsSchema.default({}),
    /** Settings of the re-offending measures: whether the MoJ-style proven measure is published too. */
    reoffending: ReoffendingSettingsSchema.default({ proven: false, age_groups: ['adults', 'juveniles'], national_context: [] }),
    indicators: z.array(IndicatorSettingSchema).default([]),
    /** The service's own outcome targets (see OutcomeTargetSchema). */
    targets: z.array(OutcomeTargetSchema).default([]),
    /** What a reader should take away, at the top of the summary: each a sentence naming its figures in braces ({engaged}). */
    /** The chart the summary shows under its headline figures, by id (`chart-improved-by-domain`), or `none`. Default: the findings page's first drawn chart. */
    hero_chart: NonEmpty.optional(),
    /** Message titles the author writes for charts, by chart id (`chart-improved-by-domain`): a sentence naming its figures in braces. Default: one worked out from the figures, or the descriptive title. */
    chart_titles: z.record(NonEmpty, NonEmpty).default({}),
    key_findings: z
      .array(z.strictObject({ text: NonEmpty }))
      .max(6, 'at most six key findings: the summary leads with the few that matter most')
      .default([]),
    /** The groups of people the service worked with, from a fixed list (docs/manifest.md#client_groups), for the portfolio's filter. Default: none stated. */
    client_groups: z
      .array(z.enum(CLIENT_GROUP_IDS))
      .refine((groups) => new Set(groups).size === groups.length, 'each group at most once')
      .default([]),
    /** The evaluation's own assessment domains (by the id its figures use) → a theme of the taxonomy (docs/taxonomy.md). Default: none mapped. */
    domains: z.record(Slug, ThemeIdSchema).default({}),
    /** Findings as addressable items, each with a stable id and a theme (docs/manifest.md#findings-and-recommendations). */
    findings: z.array(FindingItemSchema).default([]),
    /** Recommendations, each with a stable id, a theme and the findings it rests on. */
    recommendations: z.array(RecommendationItemSchema).default([]),
    /** Disclosure control and the identifier scan (docs/privacy.md). */
    privacy: PrivacySchema.default({ policy: 'suppress-below-5', dominance: { largest: 50, two_largest: 85 }, quasi_identifiers: [], waivers: [], case_studies: [] }),
    /** This release and its history: the previous release, reasons for changes, revisions, confidentiality (docs/releases.md). */
    release: ReleaseSchema.optional(),
  })
  .refine((manifest) => manifest.period.from <= manifest.period.to, { error: 'a period that ends on or after it starts', path: ['period', 'to'] })
  .refine((manifest) => manifest.as_of >= manifest.period.from, { error: 'an as-of date on or after the start of the period', path: ['as_of'] })
  .superRefine((manifest, context) => {
    // Ids are anchors on one page (/<slug>/conclusions/): a finding and a recommendation may not share one either.
    const seen = new Set<string>();
    for (const list of ['findings', 'recommendations'] as const) {
      manifest[list].forEach((item, index) => {
        if (seen.has(item.id)) context.addIssue({ code: 'custom', message: 'an id not used by another finding or recommendation (ids are their addresses)', path: [list, index, 'id'] });
        seen.add(item.id);
      });
    }
  });
export type Manifest = z.output<typeof ManifestSchema>;
