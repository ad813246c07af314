import type { DatasetKind } from '../manifest/manifestSchema.ts';
import { datasetColumns } from '../datasets/datasetKinds.ts';
import type { ProposedDataset } from './proposeDatasets.ts';
import { datasetFileName } from './proposeDatasets.ts';
import type { SourceTable } from './sourceTable.ts';
import { keyFindingSentences } from './keyFindingSentences.ts';

/** What the manifest is written from: the evaluation's slug, today's date, and the author's data when they gave some. */
export interface ManifestInput {
  readonly slug: string;
  /** Today, YYYY-MM-DD: the period ends and the data were extracted today, until the author says otherwise. */
  readonly today: string;
  /** The datasets proposed from the author's files, their tables, and the figures they support; absent for a blank scaffold. */
  readonly data?: { readonly datasets: readonly ProposedDataset[]; readonly tables: readonly SourceTable[]; readonly figures: readonly string[] };
}

/** A YAML string that is always read as the text it is (JSON's double-quoted strings are YAML's). */
export const yamlString = (text: string): string => JSON.stringify(text);

/** "peer-mentoring-2025" → "Peer mentoring 2025". */
export function slugTitle(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The day a year before `today`, plus one: a year's period ending today (29 February falls back to the 28th). */
function yearBefore(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(year - 1, month - 1, month === 2 && day === 29 ? 28 : day));
  start.setUTCDate(start.getUTCDate() + 1);
  return start.toISOString().slice(0, 10);
}

/** What each kind of file holds, in a line, for the comments. */
const KIND_WORDS: Readonly<Record<DatasetKind, string>> = {
  clients: 'one row per person referred: their pseudonymous id, dates, whether they engaged, sessions',
  contacts: 'one row per session or contact with a client, with its date and length in minutes',
  assessments: 'one row per score: a client, a review number, a domain (such as housing) and the score',
  outcomes: 'one row per client and domain, with an outcome status: improved, maintained or deteriorated',
  offences: 'one row per offence recorded for a client, with its date or days from their start',
  feedback: 'one row per answer to a feedback question',
  indicators: 'figures already worked out elsewhere (aggregates), one row per figure',
  justice_data_lab: 'the results of a Justice Data Lab report, copied from it: one row per measure',
};

/** What else a kind's block needs, as commented YAML lines (valid once uncommented). */
const KIND_EXTRAS: Partial<Record<DatasetKind, readonly string[]>> = {
  assessments: ['scale: wellbeing   # the id of a scale under `scales` below (uncomment that too)'],
  feedback: ['responses: [Disagree, Not sure, Agree]   # every answer people could give, most negative first'],
  justice_data_lab: ['report:', '  title: "The report’s title as published"', '  published: 2025-01-01   # the day it was published'],
};

/**
 * The text of `data/<slug>/evaluation.yaml` for a new evaluation: every field, with a comment in
 * plain English saying what it is and whether it may be left out; the required ones filled with
 * placeholders that build, the rest commented out with an example. With the author's data, its
 * datasets, column mapping, headline figures and key findings naming the figures it supports.
 */
export function manifestText({ slug, today, data }: ManifestInput): string {
  const proposed = data === undefined ? undefined : dataPeriod(data, today);
  const period = proposed === undefined || 'doubtful' in proposed ? undefined : proposed;
  const lines: string[] = [
    `# The manifest of this evaluation: what it is, who made it, which data files it reads and what to`,
    `# publish. Lines starting with # are notes for you: evalsite ignores them. To use a field shown`,
    `# with a # in front, remove the # (and keep the spaces at the start of the line: they matter).`,
    `# Every field is explained in docs/manifest.md. Check your changes with: npm run check`,
    ``,
    `# The title readers see at the top of every page of this evaluation.`,
    `title: ${yamlString(`${slugTitle(slug)} (draft)`)}`,
    `# The name of the programme or service that was evaluated.`,
    `programme: "The programme's name"`,
    `# The organisation that ran it.`,
    `organisation: "The organisation that ran the programme"`,
    `# Where it ran: a town, county or region.`,
    `area: "Where the programme ran"`,
    `# The period the evaluation covers, first and last day, written YYYY-MM-DD.`,
    ...(period !== undefined
      ? [`# Worked out from the dates in your data (the first and last month they fall in): check it.`]
      : proposed !== undefined
        ? [
            `# The dates in your data run over ten years or more, or past today: a column may hold other dates`,
            `# (dates of birth, say) or a mistyped year, which npm run check will show. Set the period your data`,
            `# cover: until you do, it is the year up to the day this file was made.`,
          ]
        : [`# Set it to the period your data cover: until you do, it is the year up to the day this file was made.`]),
    `period:`,
    `  from: ${period?.from ?? yearBefore(today)}`,
    `  to: ${period?.to ?? today}`,
    `# Who paid for the programme (or the evaluation).`,
    `funder: "Who funded it"`,
    `# Who the service worked with, for the page that compares evaluations. Optional.`,
    `# population:`,
    `#   ages: adults            # adults, young-people or all-ages`,
    `#   gender: women-and-men   # women, men or women-and-men`,
    `# The authors of the evaluation: one line each, starting with "- ".`,
    `authors:`,
    `  - "Your name or your team's"`,
    `# The day this version is published, YYYY-MM-DD.`,
    `published: ${today}`,
    `# This version's number or name. Change it for every new release (see docs/releases.md).`,
    `version: "0.1-draft"`,
    `# How readers should cite the evaluation, in one line.`,
    `citation: ${yamlString(`${slugTitle(slug)} (draft evaluation, ${today.slice(0, 4)}).`)}`,
    `# The day the data were taken out of your system (YYYY-MM-DD): engagement and follow-up are`,
    period === undefined ? `# measured up to it. Until you change it, the day this file was made.` : `# measured up to it. Until you change it, the end of the period your data cover.`,
    `as_of: ${period?.to ?? today}`,
    `# Where the rows come from: real (your service's records), synthetic-reconstruction (rebuilt from`,
    `# a published report) or illustrative (made up). Shown beside every figure.`,
    `provenance: real`,
    `# One or two sentences about the evaluation, for the home page.`,
    `summary: >-`,
    `  A draft evaluation. Replace these words with one or two sentences saying what the programme did`,
    `  and what the evaluation found.`,
    `# Published documents your figures come from or draw on. Optional.`,
    `# sources:`,
    `#   - title: "The report's title"`,
    `#     publisher: "Who published it"`,
    `#     year: 2024`,
    `#     url: https://example.org/report`,
    ``,
    ...datasetLines(data),
    ``,
    `# The scales your assessments are scored on, if you have an assessments file. Optional.`,
    `# scales:`,
    `#   wellbeing:`,
    `#     label: Wellbeing star`,
    `#     min: 1`,
    `#     max: 10`,
    `#     better: higher   # higher or lower: which end of the scale is better`,
    `# Age bands for figures broken down by age at the start. Optional.`,
    `# age_bands:`,
    `#   - { id: under-25, label: Under 25, max: 24 }`,
    `#   - { id: 25-and-over, label: 25 and over, min: 25 }`,
    `# Bands of sessions attended, for the dosage figures. Optional: evalsite has its own.`,
    `# dosage:`,
    `#   session_bands:`,
    `#     - { id: none, label: None, min: 0, max: 0 }`,
    `#     - { id: 1-5, label: 1 to 5, min: 1, max: 5 }`,
    `#     - { id: 6-plus, label: 6 or more, min: 6 }`,
    `# Whether to publish the Ministry of Justice style proven re-offending measure too. Optional.`,
    `# reoffending:`,
    `#   proven: true`,
    ``,
    ...indicatorLines(data?.figures ?? []),
    `# Targets the service set itself, each measured by a published figure. Optional.`,
    `# targets:`,
    `#   - id: engagement-target`,
    `#     outcome: Most people referred engage with a mentor`,
    `#     at_least: 60   # per cent`,
    `#     measured_by: [engaged]`,
    `# The chart under the headline figures on the summary page, by id, or none. Optional.`,
    `# hero_chart: none`,
    `# Your own titles for charts this evaluation draws, by chart id (the chart's page shows it). Optional.`,
    `# chart_titles:`,
    `#   chart-clients-by-sessions: "Most people attended {sessions-median} sessions or more"`,
    ``,
    ...keyFindingLines(data?.figures ?? []),
    ``,
    `# The groups of people the service worked with, from a fixed list (docs/manifest.md#client_groups). Optional.`,
    `# client_groups: [adults, prison-leavers]`,
    `# Your assessment or outcome domains, each mapped to a theme (docs/taxonomy.md). Optional: only`,
    `# with an assessments or outcomes file, for the domains it has.`,
    `# domains:`,
    `#   housing: accommodation`,
    `# Findings and recommendations as items with ids, for the conclusions page and the portfolio. Optional.`,
    `# findings:`,
    `#   - id: engagement-held`,
    `#     text: "{engaged-over-3-months} of the people referred stayed engaged for more than three months."`,
    `#     theme: attitudes-thinking-behaviour`,
    `# recommendations:`,
    `#   - id: keep-mentors`,
    `#     text: Keep the same mentor with each client from start to finish.`,
    `#     theme: attitudes-thinking-behaviour`,
    `#     findings: [engagement-held]`,
    `# How small numbers are protected (docs/privacy.md). Optional: by default no count of people`,
    `# below 5 is shown.`,
    `# privacy:`,
    `#   policy: suppress-below-5   # or suppress-below-10, suppress-1-7-round-5, suppress-below-10-round-10`,
    `# This release and the one before it (docs/releases.md). Optional.`,
    `# release:`,
    `#   reason: Six more months of referrals.`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The service dates a new manifest's period is worked out from: when people were referred, started and left, and were seen or assessed. */
const SERVICE_DATES: Partial<Record<DatasetKind, readonly string[]>> = {
  clients: ['referral_date', 'start_date', 'end_date'],
  contacts: ['date'],
  assessments: ['date'],
};

/** The longest period proposed from the data: ten years. */
const MOST_PROPOSED_MONTHS = 120;

/**
 * The period the author's data cover, from the first day of the first month to the last day of
 * the last month any service date falls in (in the datasets read as they stand; offences, which
 * go back before the service, are not counted); undefined when no such column reads as dates;
 * doubtful when they span ten years or more or reach past the current month.
 */
export function dataPeriod(data: NonNullable<ManifestInput['data']>, today: string): { readonly from: string; readonly to: string } | { readonly doubtful: true } | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (const dataset of data.datasets) {
    if (dataset.needs !== undefined) continue;
    const table = data.tables[dataset.table];
    for (const canonical of SERVICE_DATES[dataset.kind] ?? []) {
      const header = dataset.columns.find((column) => column.canonical === canonical)?.header;
      const months = table?.columns.find((column) => column.header === header)?.months;
      if (months === undefined) continue;
      if (first === undefined || months.first < first) first = months.first;
      if (last === undefined || months.last > last) last = months.last;
    }
  }
  if (first === undefined || last === undefined) return undefined;
  // A span longer than an evaluation's, or reaching past today, holds a date that is no service date (a date of birth, a mistyped year): proposing it would hide that date from the checks, so none is proposed.
  const monthIndex = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7));
  if (monthIndex(last) - monthIndex(first) >= MOST_PROPOSED_MONTHS || last > today.slice(0, 7)) return { doubtful: true };
  const [year, month] = last.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${first}-01`, to: `${last}-${String(lastDay).padStart(2, '0')}` };
}

function datasetLines(data: ManifestInput['data']): string[] {
  const header = [
    `# The data files this evaluation reads, each in this folder (data/<evaluation>/). Each kind of file`,
    `# is described in docs/datasets.md. A file's columns are found by their names: "Start Date",`,
    `# "START-DATE" and "start_date" all read as start_date. Under \`columns\`, a column whose header`,
    `# differs is named, as evalsite's name: "your header".`,
  ];
  if (data === undefined) {
    const blocks = (Object.keys(KIND_WORDS) as DatasetKind[]).flatMap((kind) => [
      `#   ${kind}:   # ${KIND_WORDS[kind]}`,
      `#     file: ${datasetFileName(kind)}`,
      ...(KIND_EXTRAS[kind] ?? []).map((line) => `#     ${line}`),
    ]);
    return [
      ...header,
      `# This folder holds an empty template for each kind, with its column names as the first row. Fill`,
      `# in the ones you have (or replace them with your own export), delete the others, then remove the`,
      `# # in front of "datasets:" and of that file's lines below. A file with no rows cannot be read,`,
      `# so none is read until you do.`,
      `# datasets:`,
      ...blocks,
    ];
  }
  const declared = data.datasets.filter((dataset) => dataset.needs === undefined);
  const waiting = data.datasets.filter((dataset) => dataset.needs !== undefined);
  return [
    ...header,
    `# These were found in the files you gave, copied here under these names.`,
    ...(declared.length === 0 ? ['# datasets:'] : ['datasets:']),
    ...declared.flatMap((dataset) => datasetBlock(dataset, data.tables[dataset.table], '')),
    ...waiting.flatMap((dataset) => [`# To read ${dataset.file}, add ${dataset.needs ?? ''}; then remove the # in front of these lines.`, ...datasetBlock(dataset, data.tables[dataset.table], '# ')]),
  ];
}

function datasetBlock(dataset: ProposedDataset, table: SourceTable | undefined, prefix: string): string[] {
  const mapped = dataset.columns.filter((column) => column.header !== column.canonical);
  // The shapes of the columns of one type, for the hints below: never a value.
  const shapesOfType = (type: 'date' | 'number') =>
    datasetColumns(dataset.kind)
      .filter((spec) => spec.type === type)
      .flatMap((spec) => table?.columns.find((column) => column.header === dataset.columns.find((mappedColumn) => mappedColumn.canonical === spec.name)?.header)?.shapes ?? []);
  const hints: Array<readonly [string, string]> = [];
  if (shapesOfType('date').some((shape) => /written like 00?[/.-]00?[/.-]/.test(shape)))
    hints.push(['Its dates are written like 00/00/0000 and read as day/month/year; if they are month/day/year', 'date: MM/DD/YYYY']);
  // "6,5" in a number column: a decimal comma (or a thousands separator, which no number may have).
  if (shapesOfType('number').includes('a number written with a comma')) hints.push(['Some of its numbers are written with a comma, such as 6,5; if that is a decimal comma', 'decimal: ","']);
  const formatHint =
    hints.length === 0
      ? []
      : [
          ...hints.map(([words]) => `${prefix}    # ${words},`),
          `${prefix}    # remove the # in front of this line and keep what applies:`,
          `${prefix}    # format: { ${hints.map(([, setting]) => setting).join(', ')} }`,
        ];
  return [
    `${prefix}  ${dataset.kind}:   # ${KIND_WORDS[dataset.kind]}`,
    `${prefix}    file: ${dataset.file}`,
    ...(dataset.sheet === undefined ? [] : [`${prefix}    sheet: ${yamlString(dataset.sheet)}`]),
    ...(KIND_EXTRAS[dataset.kind] ?? []).map((line) => `${prefix}    ${line}`),
    ...formatHint,
    ...(mapped.length === 0
      ? []
      : [
          `${prefix}    columns:`,
          ...mapped.map((column) => `${prefix}      ${column.canonical}: ${yamlString(column.header)}${column.by === 'same-name' ? '' : '   # check: matched by its likeness'}`),
        ]),
    ...(dataset.extra.length === 0
      ? []
      : [`${prefix}    # ${dataset.extra.length} other column${dataset.extra.length === 1 ? ' is' : 's are'} not read (docs/datasets.md says how to use one as an attribute).`]),
  ];
}

function indicatorLines(figures: readonly string[]): string[] {
  const intro = [`# The figures shown as cards at the top of the summary page, by id (docs/indicators.md).`];
  if (figures.length === 0) return [...intro, `# indicators:`, `#   - id: referred`, `#     headline: true`];
  return [...intro, `indicators:`, ...figures.flatMap((id) => [`  - id: ${id}`, `    headline: true`])];
}

function keyFindingLines(figures: readonly string[]): string[] {
  const intro = [
    `# What a reader should take away, at the top of the summary: at most six sentences. A figure is`,
    `# named by its id in braces, {engaged}, and the page shows it as published (protected if small).`,
  ];
  const sentences = keyFindingSentences(figures);
  if (sentences.length === 0) return [...intro, `# key_findings:`, `#   - text: Of the {referred} people referred, {engaged} engaged with the service.`];
  return [...intro, `# These were written from the figures your data can give: put them in your own words.`, `key_findings:`, ...sentences.map((text) => `  - text: ${yamlString(text)}`)];
}
