import type { ChartResult } from '../charts/chartResult.ts';
import type { DatasetKind, Manifest, Provenance, Waiver } from '../manifest/manifestSchema.ts';
import type { DisclosureReport } from '../disclosure/applyDisclosureControl.ts';
import type { PublicFigure } from './publicFigure.ts';
import type { EvidenceDesign } from './figureEvidence.ts';
import type { NotMeasured } from '../figures/notMeasured.ts';
import type { CellSum } from '../disclosure/disclosureRules.ts';
import type { FindingsSection } from './findingsSections.ts';
import type { MeasureDefinition } from '../topics/measureDefinition.ts';
import type { OutcomeTargetResult } from '../topics/targets/outcomeTargets.ts';
import type { BoundNode, EvidenceSummary } from '../toc/bindEvidence.ts';
import type { TheoryOfChange } from '../toc/tocSchema.ts';
import type { DiagramDrawing } from '../toc/diagramDrawing.ts';
import type { JourneyResult } from '../journeys/journeyResult.ts';
import type { KitGallery } from '../journeys/kitGallery.ts';
import type { EvaluationPageLink } from './evaluationPages.ts';
import type { KeyFinding } from './keyFindings.ts';
import type { EvaluationItem } from './evaluationItems.ts';
import type { MappedDomain } from '../taxonomy/mapDomains.ts';
import type { MetricEntry } from './metricEntries.ts';
import type { ReleaseChanges } from './releaseChanges.ts';
import type { ReleaseStatements } from './releaseStatements.ts';
import type { SiteJusticeDataLab } from './siteJusticeDataLab.ts';
import type { SiteSettings } from '../manifest/parseSiteSettings.ts';

/** Everything a page needs about one evaluation, computed by the data step. Plain JSON. */
export interface EvaluationResult {
  /** Folder name under data/ and content/, and the URL segment. */
  readonly slug: string;
  readonly meta: Omit<
    Manifest,
    'datasets' | 'scales' | 'age_bands' | 'dosage' | 'indicators' | 'targets' | 'privacy' | 'key_findings' | 'chart_titles' | 'hero_chart' | 'release' | 'domains' | 'findings' | 'recommendations'
  >;
  /** The published sources, cited as readers see them. */
  readonly sources: readonly string[];
  /** Each dataset, with its number of records as shown (`recordsShown`: a count, so "fewer than 5" or "not shown" where it would give a hidden one back). */
  readonly datasets: ReadonlyArray<{ readonly kind: DatasetKind; readonly file: string; readonly provenance: Provenance; readonly records: string }>;
  /** Every figure, as it may be published: a protected one carries its treatment, never its true value. */
  readonly figures: readonly PublicFigure[];
  /**
   * Figures not published because the inputs that define them are absent ("not measured"), each
   * with the columns missing and why, for the methodology page; `needs` names those columns
   * (`data/x/clients.csv column engaged`), or is empty when what is missing is not a column.
   * Never a value: evalsite's wording and canonical column names only.
   */
  readonly notMeasured: ReadonlyArray<NotMeasured & { readonly needs: string }>;
  /**
   * Figures that cannot exist for this evaluation ("not applicable", `[z]`): the proven measure's
   * figures for an age group the service does not work with. Never computed; the reason is evalsite's.
   */
  readonly notApplicable: ReadonlyArray<{ readonly id: string; readonly label: string; readonly reason: string }>;
  /** Ids of figures shown as cards on the summary page, in manifest order. */
  readonly headline: readonly string[];
  /** The key findings that open the summary page, in manifest order, their figures by id (keyFindings.ts). */
  readonly keyFindings: readonly KeyFinding[];
  /** The findings, then the recommendations, as addressable items (evaluationItems.ts), in manifest order. */
  readonly items: readonly EvaluationItem[];
  /** The evaluation's own assessment domains, as its figures name them, each with the theme the manifest maps it to (taxonomy/mapDomains.ts). */
  readonly domains: readonly MappedDomain[];
  /** One entry per metric for the methodology page (metricEntries.ts): what it counts and how it is broken down. */
  readonly metrics: readonly MetricEntry[];
  /** The chart the summary shows under its headline figures (heroChart.ts), or null. */
  readonly heroChart: string | null;
  /** Ids of the charts the summary text (summary.mdx) places itself, in its order: what the author chose to show, which the report prints too. */
  readonly summaryCharts: readonly string[];
  /**
   * Every target, each achieved or not per measuring figure, or not measured: the service's own
   * outcome targets, and targets set on single indicators (ids `indicator-<figure id>`).
   */
  readonly outcomeTargets: readonly OutcomeTargetResult[];
  /** The theory of change (content/<slug>/theory-of-change.yaml), or null when there is none. */
  readonly theoryOfChange: TheoryOfChangeResult | null;
  /** The findings page's sections, in the topics' order, each with only what it has to show. */
  readonly sections: readonly FindingsSection[];
  readonly charts: readonly ChartResult[];
  /** Every published figure as data (`figuresCsv`: numbers, `[c]` where kept back), the first table of the evaluation's tables download. */
  readonly figuresCsv: string;
  /** The disclosure policy in force and what it did, for the methodology page. */
  readonly disclosure: DisclosureReport & {
    readonly policy: string;
    /** Whether the manifest set a threshold other than its policy's. */
    readonly customThreshold: boolean;
    /** The dominance rule in force for totals of money and hours, in per cent (the manifest's `privacy.dominance`). */
    readonly dominance: { readonly largest: number; readonly twoLargest: number };
    readonly waivers: readonly Waiver[];
    /** What the methodology page says of the declared quasi-identifiers, or null when there are none. */
    readonly quasiIdentifierNote: string | null;
    /** What the methodology page says of consented case studies, or null when there are none. */
    readonly caseStudyNote: string | null;
    /** The client attributes whose values partition the cohort, so their figures add up (what the audit knows). */
    readonly partitions: readonly string[];
    /** The sums particular to this evaluation's data that the audit knew, beside the topics' own. */
    readonly sums: readonly CellSum[];
    /** The counts those sums tie together that no figure publishes: their names only, never their values. */
    readonly unpublishedCells: readonly string[];
  };
  /** Each design the outcome figures rest on, strongest first, with its level, what it can show and how many figures rest on it (figureEvidence.ts), for the methodology page. */
  readonly evidenceDesigns: readonly EvidenceDesign[];
  /** The definitions the re-offending measures follow, each with its source, for the methodology page (its cards and sections link to them). */
  readonly measureDefinitions: readonly MeasureDefinition[];
  /** Limitations stated on the findings pages, worked out from what the data are. */
  readonly limitations: readonly string[];
  /** Path of the summary narrative (content/<slug>/summary.mdx), or null when there is none. */
  readonly narrative: string | null;
  /** Illustrated client journeys (content/<slug>/journeys/*.yaml), in file-name order. */
  readonly journeys: readonly JourneyResult[];
  /** The evaluation's pages, for the navigation on each: only those it has (evaluationPages.ts). */
  readonly pages: readonly EvaluationPageLink[];
  /** This release's history and notes (docs/releases.md), or null when the manifest has no `release`. */
  readonly release: { readonly changes: ReleaseChanges | null; readonly statements: ReleaseStatements } | null;
}

/** The theory of change, its boxes bound to the evidence, and its drawing. */
export interface TheoryOfChangeResult {
  readonly toc: TheoryOfChange;
  readonly nodes: readonly BoundNode[];
  readonly summary: EvidenceSummary;
  readonly svg: DiagramDrawing;
}

export interface SiteData {
  readonly evaluations: readonly EvaluationResult[];
  /** The journey illustration kit, drawn for the gallery page. */
  readonly kit: KitGallery;
  /** Every Justice Data Lab result of the site's evaluations, for its page at /justice-data-lab/; null when none has one (no page). */
  readonly justiceDataLab: SiteJusticeDataLab | null;
  /** Whether this build also prints each evaluation's report to `<slug>/<slug>.pdf` (`npm run pdf`), so its pages may link to the PDF; false for an ordinary build, which has none. */
  readonly reportPdf: boolean;
  /** The site's own settings (site.yaml): organisation, logo, colours, typeface, footer, licence, addresses. */
  readonly settings: SiteSettings;
}
