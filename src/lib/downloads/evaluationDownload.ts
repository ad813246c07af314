import { csvCell } from '../charts/csvCell.ts';
import { formatDate, formatPeriod } from '../dates/formatDate.ts';
import type { EvaluationResult } from '../pipeline/evaluationResult.ts';

/** One published table in the evaluation's tables download: a file of the zip and a sheet of the workbook. */
export interface DownloadTable {
  /** Its file name in the zip, e.g. `chart-improved-by-domain.csv` (a chart's is the name of its own CSV download). */
  readonly file: string;
  /** What it is, as the pages title it. */
  readonly title: string;
  /** More about it: the chart's subtitle (base and period), or what the table holds. */
  readonly about: string;
  /** The CSV exactly as the site publishes it (cells already neutralised for spreadsheets). */
  readonly csv: string;
}

/** Everything the evaluation-level downloads hold: who published what, for when, and every published table. */
export interface EvaluationDownload {
  readonly slug: string;
  readonly title: string;
  readonly organisation: string;
  readonly period: string;
  readonly published: string;
  /** The publication day as an ISO date, which dates the archive's entries. */
  readonly publishedIso: string;
  readonly version: string;
  readonly citation: string;
  readonly sources: readonly string[];
  readonly tables: readonly DownloadTable[];
}

/**
 * The files the evaluation's tables are published as, under `/<slug>/`; null for an evaluation
 * that publishes no figures (a narrative-only one), which has no tables to download.
 */
export function evaluationDownloadFiles(evaluation: Pick<EvaluationResult, 'slug' | 'figures'>): { readonly zip: string; readonly workbook: string } | null {
  return evaluation.figures.length === 0 ? null : { zip: `${evaluation.slug}-tables.zip`, workbook: `${evaluation.slug}-tables.xlsx` };
}

/**
 * The evaluation's published tables, in the order a reader meets them: every figure (the same
 * file figures.json holds as data), each chart's figures in the findings page's order, and the
 * figures not published because they were not measured (`[x]`) or cannot exist (`[z]`). Only what
 * the data step already published goes in: the CSVs are the ones the site serves, byte for byte.
 */
export function evaluationDownload(evaluation: EvaluationResult): EvaluationDownload {
  const { meta } = evaluation;
  const charts = evaluation.sections.flatMap((section) => section.charts).map((id) => evaluation.charts.find((chart) => chart.id === id));
  // A chart outside every section (the site-wide kinds) still goes in, after the findings page's.
  const ordered = [...charts.filter((chart) => chart !== undefined), ...evaluation.charts.filter((chart) => !charts.includes(chart))];
  const unpublished = [
    ...evaluation.notMeasured.map((record) => [record.id, record.label, '[x]', record.reason]),
    ...evaluation.notApplicable.map((record) => [record.id, record.label, '[z]', record.reason]),
  ];
  const tables: DownloadTable[] = [
    { file: 'all-figures.csv', title: 'Every published figure', about: 'One row per figure the site publishes, with its groups in columns of their own.', csv: evaluation.figuresCsv },
    ...ordered.map((chart) => ({ file: `${chart.id}.csv`, title: chart.descriptiveTitle, about: chart.subtitle, csv: chart.csv })),
    ...(unpublished.length > 0
      ? [
          {
            file: 'not-published.csv',
            title: 'Figures not published',
            about: 'Figures not measured, because the data that define them are absent ([x]), or that cannot exist for a group ([z]), with the reason.',
            // Written as every chart's CSV is: CRLF line ends, cells neutralised for spreadsheets.
            csv: [['figure_id', 'label', 'status', 'reason'], ...unpublished].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n',
          },
        ]
      : []),
  ];
  return {
    slug: evaluation.slug,
    title: meta.title,
    organisation: meta.organisation,
    period: formatPeriod(meta.period),
    published: formatDate(meta.published),
    publishedIso: meta.published,
    version: meta.version,
    citation: meta.citation,
    sources: evaluation.sources,
    tables,
  };
}
