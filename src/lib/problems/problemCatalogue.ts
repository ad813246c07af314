import { describeShape } from '../csv/describeShape.ts';

/**
 * The sections of docs/errors.md ("Common errors") that document problems, by their GitHub
 * anchors, in the order of the page. `problemHelp` lists links in this order.
 */
export const ERROR_SECTIONS = [
  'the-evaluation-folder-and-evaluationyaml',
  'reading-a-csv-file',
  'reading-an-excel-workbook',
  'cells',
  'checks-across-rows-and-files',
  'figures-and-summary-text',
  'theory-of-change',
  'client-journeys',
  'files-under-public',
  'the-site-settings-siteyaml',
  'privacy',
  'the-build-itself',
] as const;
export type ErrorSection = (typeof ERROR_SECTIONS)[number];

/** Text that never changes, or a function making it from typed parameters. */
export type ProblemText = string | ((params: never) => string);

export interface CatalogueEntry {
  /** The section of docs/errors.md that documents this problem. */
  readonly section: ErrorSection;
  /**
   * `warning` for a likely mistake that does not stop the build (printed after the result, exit
   * 0); an error otherwise, which stops it. A warning is worded and placed like an error, and is
   * never a value from a data file either.
   */
  readonly severity?: 'warning';
  /** What was found. Never a value from a data file, of any column: describe it (describeShape). */
  readonly found: ProblemText;
  /** What was expected instead, and how to fix it. */
  readonly expected: ProblemText;
}

/** `"a", "b", "c"`. */
const quoted = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(', ');
/** `group="service" kind="x"`, or `(no options)`. */
const describeOptions = (options: Readonly<Record<string, string>>): string =>
  Object.entries(options)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ') || '(no options)';
const missingColumnHint = (header: string, headers: readonly string[], field: string): string => `a column "${header}"; the header has ${quoted(headers)} — rename the column, or map it with ${field}`;
/** Zod's names for the types a manifest field may have, in words. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a block of fields',
  record: 'a block of fields',
};
/** Which side of a range a value from a data file fell: the only thing said about it. */
type Side = 'below' | 'above';
/** A sentence as a clause after a colon: "No client has…." becomes "no client has…". */
const asClause = (sentence: string): string => `${sentence.charAt(0).toLowerCase()}${sentence.slice(1).replace(/\.$/, '')}`;
/** `1 cell`, `3 dates`. */
const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
/** A limit as an author reads it: 10,000 rather than 10000. */
const formatLimit = (limit: number): string => limit.toLocaleString('en-GB');
const CONSENT_EXPECTED = 'the consent reference of one of privacy.case_studies (or composite: true for a story combining several people)';

/**
 * Every recurring kind of author-facing problem, keyed by a stable code, with the section of
 * docs/errors.md that documents it and its wording. Parameters are counts, rows, field paths,
 * headers of a file with a real header row, ids the author wrote in YAML or MDX, and values from
 * fixed lists; never a value from a data file, of any column, nor a group or category label from
 * one (only `cell-unreadable` sees a cell, and it describes its shape: describeShape). Build
 * problems with `problem(code, where, params)`.
 */
export const PROBLEM_CATALOGUE = {
  // The evaluation folder and evaluation.yaml (and the YAML of diagrams and journeys).
  'no-evaluations': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'no evaluations',
    expected: 'a folder data/<evaluation>/ holding an evaluation.yaml',
  },
  'reserved-folder-name': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: ({ slug }: { readonly slug: string }) => `a folder named "${slug}", which the site uses for its own page or folder`,
    expected: 'another name for this evaluation',
  },
  'yaml-invalid': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'text that is not valid YAML',
    expected: 'valid YAML (check indentation, and quote values that contain ": " or start with a symbol)',
  },
  'yaml-duplicate-key': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'text that is not valid YAML',
    expected: 'each key once in its block',
  },
  'yaml-unknown-key': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: ({ key }: { readonly key: string }) => `unknown key "${key}"`,
    expected: ({ suggestion, known }: { readonly suggestion: string | undefined; readonly known: readonly string[] }) =>
      suggestion === undefined ? `one of: ${known.join(', ')}` : `a known key: did you mean "${suggestion}"?`,
  },
  'yaml-missing-field': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: ({ key }: { readonly key: string }) => `no "${key}"`,
    expected: ({ key }: { readonly key: string }) => `a value for "${key}" (it is required)`,
  },
  'yaml-wrong-type': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'a value of the wrong type',
    /** `type`: the schema's name for the type, as zod reports it (`string`, `int`…). */
    expected: ({ type }: { readonly type: string }) => TYPE_NAMES[type] ?? type,
  },
  'yaml-value-not-allowed': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'a value that is not allowed',
    /** `values`: the schema's allowed values. */
    expected: ({ values }: { readonly values: readonly unknown[] }) => `one of ${values.map((value) => JSON.stringify(value)).join(', ')}`,
  },
  'yaml-too-few-items': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'a value that does not fit',
    expected: ({ minimum }: { readonly minimum: number }) => `at least ${minimum} item${minimum === 1 ? '' : 's'}`,
  },
  'yaml-value-does-not-fit': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'a value that does not fit',
    /** `rule`: the schema's own message for the rule the value breaks (manifestSchema.ts, tocSchema.ts, journeySchema.ts). */
    expected: ({ rule }: { readonly rule: string }) => rule,
  },
  'yaml-too-many-aliases': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'aliases (*name) that would expand the file many times over',
    expected: 'each anchor (&name) used a few times at most: write the repeated values out (a file whose aliases multiply is refused, as it could exhaust the memory of the build)',
  },
  'yaml-unknown-tag': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'a YAML tag (!!… or !…) that evalsite does not read',
    expected: 'plain values without tags: remove the tag (a tag such as !!js/function asks a program to make code of the value)',
  },
  'yaml-reserved-key': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: ({ key }: { readonly key: string }) => `the key "${key}", which evalsite never accepts`,
    expected: 'a key from the documented fields (__proto__, constructor and prototype are refused everywhere, because they can change how a program reads the file)',
  },
  'file-is-symlink': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'a symbolic link (nothing from what it points to is read or repeated here)',
    expected: 'a real file or folder: links under data/, content/ and public/ are refused, because a link can publish a file from outside the project (copy the file in instead)',
  },
  'file-is-folder': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'a folder where a file should be',
    expected: 'a file of that name (move the folder, or point the manifest at the file inside it)',
  },
  'file-unreadable': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    /** `reason`: why the system refused to read it, without anything from the file. */
    found: ({ reason }: { readonly reason: 'permission' | 'other' }) => (reason === 'permission' ? 'a file evalsite is not allowed to read' : 'a file that could not be read'),
    expected: 'a file the person running evalsite can read (check its permissions, or copy it again)',
  },
  'file-not-utf8': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'bytes that are not UTF-8 text',
    expected: 'the file saved as UTF-8 text (in most editors: Save As → Encoding → UTF-8)',
  },
  'dataset-file-missing': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: ({ file }: { readonly file: string }) => `no file ${file}`,
    expected: ({ path }: { readonly path: string }) => `the CSV file to exist at ${path}`,
  },

  'folder-name-not-a-slug': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'a folder name that cannot be a web address',
    expected: 'a folder name of lowercase letters, digits and single hyphens (it becomes the URL)',
  },
  'no-manifest': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'no manifest',
    expected: 'an evaluation.yaml describing the evaluation (see docs/manifest.md)',
  },
  'release-previous-missing': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    /** `path`: the file the manifest names, relative to the evaluation's data folder. */
    found: ({ path }: { readonly path: string }) => `no previous release's figures at ${path}`,
    expected: "the figures.json of the previous release, copied into the evaluation's data folder (npm run release -- <evaluation> keeps it; docs/releases.md)",
  },
  'release-previous-invalid': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: "a previous release's figures that evalsite cannot read",
    /** `expected`: what the field should hold, never what it holds. */
    expected: ({ expected }: { readonly expected: string }) => `${expected}; keep the figures.json exactly as the release published it`,
  },
  'not-a-client-attribute': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    /** `value`: what the manifest names; `attributes`: the declared client attributes; `ageBand`: whether age-band is allowed too. */
    found: ({ value }: { readonly value: string }) => `"${value}", which is not a client attribute`,
    expected: ({ attributes, ageBand }: { readonly attributes: readonly string[]; readonly ageBand: boolean }) =>
      `${ageBand ? 'age-band or ' : ''}one of the attributes under datasets.clients.attributes: ${attributes.join(', ') || '(none declared)'}`,
  },
  'agree-from-not-a-response': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: ({ value }: { readonly value: string }) => `"${value}", which is not on the response scale`,
    expected: ({ responses }: { readonly responses: readonly string[] }) => `one of ${quoted(responses)}`,
  },
  'counted-kind-not-declared': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: ({ kind }: { readonly kind: string }) => `"${kind}", which is not in datasets.offences.kinds`,
    expected: ({ kinds }: { readonly kinds: readonly string[] }) => `kinds from the declared list: ${kinds.join(', ')}`,
  },
  'cost-group-not-in-table': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: ({ group }: { readonly group: string }) => `cost group "${group}", which the unit-cost table does not list`,
    /** `groups`: the built-in table's groups; `ownTable`: the author's unit-cost file, whose cells are never listed. */
    expected: ({ groups, ownTable }: { readonly groups: readonly string[]; readonly ownTable: string | undefined }) =>
      ownTable === undefined ? `one of: ${groups.join(', ')}` : `one of the offence groups written in ${ownTable}`,
  },
  'offences-none-after-start': {
    section: 'checks-across-rows-and-files',
    severity: 'warning',
    found: "no counted offence on or after any client's start, so every client compared reads as offending less",
    expected:
      'offences up to the data as-of date: if the export stops at each start, export the offences since as well; if nobody offended again, keep the file as it is (docs/metrics.md#re-offending)',
  },
  'unit-cost-file-missing': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: ({ file }: { readonly file: string }) => `no file ${file}`,
    expected: ({ path }: { readonly path: string }) => `the unit-cost CSV to exist at ${path}`,
  },
  'target-unknown-indicator': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: ({ id }: { readonly id: string }) => `unknown indicator id "${id}"`,
    expected: 'the id of a figure this evaluation publishes (its figures.json lists them)',
  },
  'indicator-setting-unknown': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: ({ id }: { readonly id: string }) => `unknown indicator id "${id}"`,
    expected: 'an id this evaluation publishes (see docs/indicators.md for the built-in ids and how breakdowns are named)',
  },
  'indicator-not-measured': {
    section: 'figures-and-summary-text',
    found: ({ id, reason }: { readonly id: string; readonly reason: string }) => `a headline or target on "${id}", which is not measured: ${asClause(reason)}`,
    expected: 'a figure this evaluation measures: supply the data it needs (docs/metrics.md says which), or remove the headline or target',
  },
  'headline-by-rule': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    /** `rule` and `absent`: a documented fallback rule's wording (figures/derivation.ts), never anything from a file. */
    found: ({ id, rule, absent }: { readonly id: string; readonly rule: string; readonly absent: string }) => `the headline "${id}" is computed by the rule "${rule}", because there is ${absent}`,
    expected:
      'the column the figure is defined by, mapped under columns: in its dataset if your file has it under another name; or the headline kept, knowing that it rests on the rule (docs/metrics.md#fallback-rules)',
  },
  'release-change-unexplained': {
    section: 'figures-and-summary-text',
    /** `figures`: ids of figures whose published text changed; `previous`: the previous release's version. */
    found: ({ figures, previous }: { readonly figures: readonly string[]; readonly previous: string }) =>
      `${plural(figures.length, 'figure')} changed since version ${previous} with no reason given (${figures.slice(0, 5).join(', ')}${figures.length > 5 ? ', …' : ''})`,
    expected: 'a reason for each, under release.changes (figure: <id or indicator id>, reason: …), or one release.reason for every change (docs/releases.md)',
  },
  'release-reason-unchanged': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    found: ({ figure, previous }: { readonly figure: string; readonly previous: string | null }) =>
      previous === null ? `a reason for "${figure}", but no previous release to compare with` : `a reason for "${figure}", which did not change since version ${previous}`,
    expected: 'reasons only for figures whose published value changed, was added or was removed (check the id), or release.previous naming the previous release',
  },
  'release-statement-incomplete': {
    section: 'figures-and-summary-text',
    /** `placeholders`: the template's own bracketed prompts still in the statement (the author's text, not data). */
    found: ({ placeholders }: { readonly placeholders: readonly string[] }) =>
      `a Code of Practice statement with ${plural(placeholders.length, 'placeholder')} left (${placeholders.slice(0, 3).join(', ')})`,
    expected:
      'the template completed in your own words, every [bracketed] prompt replaced, or release.code_of_practice removed until it is: an incomplete statement is not published (docs/releases.md)',
  },
  'headline-protected': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    /** `suggestion`: a figure of the same people that is shown, made from the author's id (protectedInline.ts); never a count. */
    found: ({ id }: { readonly id: string; readonly suggestion: string | undefined }) =>
      `the headline "${id}" is a figure protected for privacy whose value is not published: its card will show no number, only why`,
    expected: ({ suggestion }: { readonly id: string; readonly suggestion: string | undefined }) =>
      `${suggestion === undefined ? 'a headline whose figure is shown' : `a headline whose figure is shown, such as "${suggestion}"`}, or this one kept knowing that its card gives no number (docs/indicators.md#protected-figures-in-a-sentence)`,
  },
  'headline-too-many': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    found: ({ count }: { readonly count: number }) => `${count} headline figures: the summary leads with a card for each`,
    expected: `three or four, the figures a reader should remember: more reads as a list rather than a message, and the others still appear on the findings page without headline: true (docs/manifest.md#indicators)`,
  },
  'indicator-not-shown': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    /** `id`: the indicator id as the author wrote it in the manifest. */
    found: ({ id }: { readonly id: string }) => `"${id}" is listed under indicators, but no page shows it: no card, chart, table, sentence, key finding or target gives it`,
    expected: ({ id }: { readonly id: string }) =>
      `the figure placed where readers will see it (headline: true, <Indicator id="${id}" /> or <IndicatorCard id="${id}" /> in the summary, or {${id}} in a key finding), or the entry taken out; it is still in figures.json and the downloads (docs/manifest.md#indicators)`,
  },
  'indicator-setting-names-breakdowns': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: ({ id }: { readonly id: string }) => `"${id}", which names only broken-down figures, with a headline or target`,
    expected: ({ example }: { readonly example: string }) => `one figure's id, such as "${example}"`,
  },
  'indicator-design-on-computed': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: ({ id }: { readonly id: string }) => `a design declared for "${id}", a figure evalsite computes from the records of one group of clients`,
    expected:
      'no design on it: evalsite’s own figures are before-and-after (or after starting) in one group, level 1 of the Maryland scale, and a figure from a comparison belongs in an indicators dataset with its design (docs/metrics.md#evidence-strength)',
  },
  'aggregate-without-definition': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    /** The indicator id comes from the data file, so only its row is named. */
    found: ({ row, file }: { readonly row: number; readonly file: string }) => `no label and definition for the indicator on row ${row} of ${file}`,
    expected: 'an entry under indicators whose id is the one written on that row, with a label and a definition',
  },
  'case-studies-without-clients': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'case studies without a clients dataset',
    expected: 'a clients dataset holding the consenting clients',
  },
  'case-study-unknown-client': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'a client id that is not in the clients dataset',
    expected: 'the id of the consenting client, as written in the clients dataset',
  },
  'case-study-pseudonym': {
    section: 'the-evaluation-folder-and-evaluationyaml',
    found: 'a pseudonym that is empty or the same as the client id',
    expected: 'a made-up first name for the story, such as "Peter"',
  },

  // Reading a CSV file.
  'csv-empty-file': {
    section: 'reading-a-csv-file',
    found: 'the file is empty',
    expected: 'a header row naming the columns, then one row per record',
  },
  'csv-header-looks-like-data': {
    section: 'reading-a-csv-file',
    /** Counts only: the row may be a record, so nothing from it is repeated. */
    found: ({ cells, dates, numbers, ids }: { readonly cells: number; readonly dates: number; readonly numbers: number; readonly ids: number }) => {
      const kinds = [plural(dates, 'date'), plural(numbers, 'number'), `${ids} id-like`].filter((part) => !part.startsWith('0 '));
      return `a first row that looks like data, not column names: ${plural(cells, 'cell')}, ${kinds.join(', ')} (not repeated here)`;
    },
    expected: 'a header row naming the columns as the first line (the export seems to have left it out: export again with headers, or add the row)',
  },
  'csv-not-utf8': {
    section: 'reading-a-csv-file',
    found: 'characters that are not UTF-8',
    expected: 'a file saved as "CSV UTF-8" (in Excel: Save As → CSV UTF-8 (Comma delimited))',
  },
  'csv-unclosed-quote': {
    section: 'reading-a-csv-file',
    found: 'a quoted field that is never closed',
    expected: 'every opening double quote to have a closing one (write a literal quote as "")',
  },
  'csv-no-header': {
    section: 'reading-a-csv-file',
    found: 'no header row',
    expected: 'a header row naming the columns',
  },
  'csv-no-records': {
    section: 'reading-a-csv-file',
    found: 'a header row but no records',
    expected: 'at least one record below the header (or remove the dataset from the manifest)',
  },
  'csv-field-count': {
    section: 'reading-a-csv-file',
    found: ({ fields }: { readonly fields: number }) => `${fields} field${fields === 1 ? '' : 's'}`,
    expected: ({ headerFields }: { readonly headerFields: number }) => `${headerFields} fields, one per header column (check for a stray delimiter or quote)`,
  },
  // Reading an Excel workbook (src/lib/xlsx): located as Excel shows a place (Clients!C14), never quoting a cell.
  'xlsx-unreadable': {
    section: 'reading-an-excel-workbook',
    found: ({ reason }: { readonly reason: 'encrypted-or-xls' | 'not-a-workbook' | 'too-large' }) =>
      reason === 'encrypted-or-xls'
        ? 'a workbook protected by a password, or in the old .xls format'
        : reason === 'too-large'
          ? 'a workbook too large to read (a part over 256 MB unpacked)'
          : 'a file that is not an Excel workbook',
    expected: ({ reason }: { readonly reason: 'encrypted-or-xls' | 'not-a-workbook' | 'too-large' }) =>
      reason === 'encrypted-or-xls'
        ? 'an .xlsx workbook without a password to open it (in Excel: File → Info → Protect Workbook → remove the password; or File → Save As → Excel Workbook (.xlsx))'
        : reason === 'too-large'
          ? 'a workbook holding only the sheets the evaluation reads, or its sheets saved as CSV UTF-8'
          : 'an .xlsx workbook saved by Excel, LibreOffice or another spreadsheet program (File → Save As → Excel Workbook (.xlsx))',
  },
  'xlsx-sheet-name-identifying': {
    section: 'reading-an-excel-workbook',
    /** `holds`: what the name seems to hold, in words (never the name). */
    found: ({ holds }: { readonly holds: string }) => `a sheet name that seems to hold ${holds}, not repeated here`,
    expected: () =>
      'a tab name that says what the sheet holds, such as Clients or Sessions: the name is published as the source of every figure from it. Rename the tab in the workbook, and sheet: here',
  },
  'xlsx-sheet-missing': {
    section: 'reading-an-excel-workbook',
    /** `sheet`: the name the manifest gives (the author's text); `sheets`: how many the workbook has; `like`: the position of one named the same but for capitals and spaces. Never another sheet's name. */
    found: ({ sheet, sheets }: { readonly sheet: string; readonly sheets: number; readonly like?: number | undefined }) => `no sheet named "${sheet}" among the workbook's ${plural(sheets, 'sheet')}`,
    expected: ({ like }: { readonly sheet: string; readonly sheets: number; readonly like?: number | undefined }) =>
      like === undefined
        ? "the name of the sheet as its tab shows it (capitals and spaces count); the other sheets' names are not listed, as they may hold names of people"
        : `the name exactly as the tab shows it: sheet ${like} (counting tabs from the left, hidden ones included) has this name but for capitals or spaces`,
  },
  'xlsx-sheet-not-a-table': {
    section: 'reading-an-excel-workbook',
    found: 'a chart sheet, which holds no cells',
    expected: 'a worksheet holding the dataset: a header row in row 1, then one row per record',
  },
  'xlsx-sheet-empty': {
    section: 'reading-an-excel-workbook',
    found: 'an empty sheet',
    expected: 'a header row naming the columns in row 1, then one row per record',
  },
  'xlsx-no-header': {
    section: 'reading-an-excel-workbook',
    found: 'nothing in row 1',
    expected: 'the header row naming the columns in row 1 (delete any blank or title rows above it)',
  },
  'xlsx-merged-cells': {
    section: 'reading-an-excel-workbook',
    found: 'merged cells',
    expected:
      'one value in each cell: select the range, choose Home → Merge & Center → Unmerge Cells, and fill every cell (a merged cell holds its value only in its first cell, so the others would read as blank)',
  },
  'xlsx-hidden-rows': {
    section: 'reading-an-excel-workbook',
    found: ({ rows, count }: { readonly rows: readonly number[]; readonly count: number }) =>
      `${plural(count, 'hidden row')} holding data (rows ${rows.join(', ')}${count > rows.length ? ', …' : ''})`,
    expected: 'every row shown (Data → Clear the filter, or select the rows and Unhide), or the rows left out deleted: evalsite reads every row, shown or not, so a filter would not leave anyone out',
  },
  'xlsx-sheet-too-large': {
    section: 'reading-an-excel-workbook',
    /** `columns`: from A to the last header cell (where the problem is); `rows`: below the header, with something in them. */
    found: ({ columns, rows }: { readonly columns: number; readonly rows: number }) =>
      `a table ${columns.toLocaleString('en-GB')} columns wide, to this header cell, over ${rows.toLocaleString('en-GB')} row${rows === 1 ? '' : 's'}: ${(columns * rows).toLocaleString('en-GB')} cells`,
    expected: ({ most }: { readonly most: number }) =>
      `at most ${most.toLocaleString('en-GB')} cells (columns × rows): if something sits in row 1 right of the table's last real header, delete those columns; otherwise save the sheet as CSV UTF-8, which has no such limit`,
  },
  'xlsx-cell-outside-header': {
    section: 'reading-an-excel-workbook',
    found: ({ count }: { readonly count: number }) => `a value in a column with no header (${plural(count, 'row')} have one)`,
    expected: 'a header in row 1 above every column that holds data, or the stray values deleted',
  },
  'xlsx-error-cell': {
    section: 'reading-an-excel-workbook',
    found: 'an error value (such as #N/A, #REF! or #DIV/0!)',
    expected: 'a value: correct the formula, or clear the cell if it has no value',
  },
  'xlsx-formula-no-result': {
    section: 'reading-an-excel-workbook',
    found: 'a formula with no saved result',
    expected:
      "the workbook opened and saved again in Excel or LibreOffice, which saves each formula's result (evalsite reads results as last saved, never formulas), or the formula replaced by its value (Copy, then Paste Values)",
  },
  'xlsx-not-a-date': {
    section: 'reading-an-excel-workbook',
    found: 'a date cell that is no calendar date (day 0, or 29 February 1900, which Excel counts but which never was)',
    expected: 'a real date in the cell',
  },
  'xlsx-date-not-date-cell': {
    section: 'reading-an-excel-workbook',
    /** `stored`: the cell's type in the workbook, never its value. */
    found: ({ stored }: { readonly stored: 'text' | 'number' | 'boolean' }) =>
      stored === 'text' ? 'text where a date should be' : stored === 'number' ? 'a number that is not formatted as a date' : 'TRUE or FALSE where a date should be',
    expected: ({ stored }: { readonly stored: 'text' | 'number' | 'boolean' }) =>
      stored === 'number'
        ? 'a date cell: if the number is a date, format the column as a date (Home → Number Format → Short Date); otherwise the column is mapped wrongly'
        : 'a date cell (Excel aligns dates to the right): retype the date, or convert the column with Data → Text to Columns → Date',
  },
  'xlsx-scaled-number': {
    section: 'reading-an-excel-workbook',
    found: ({ stored }: { readonly stored: 'percent' | 'duration' }) => (stored === 'percent' ? 'a number formatted as a percentage' : 'a number formatted as elapsed time'),
    expected: ({ stored }: { readonly stored: 'percent' | 'duration' }) =>
      stored === 'percent'
        ? 'the number itself, formatted as a number: Excel stores 38% as 0.38, which would be read as 0.38 (type 38, and format the cells as General or Number)'
        : 'the number itself, formatted as a number: Excel stores 18:00 of elapsed time as 0.75 of a day (type hours as a number such as 18 or 1.5, and format the cells as General or Number)',
  },
  'xlsx-number-not-number-cell': {
    section: 'reading-an-excel-workbook',
    found: ({ stored }: { readonly stored: 'text' | 'date' | 'boolean' }) =>
      stored === 'text' ? 'text where a number should be' : stored === 'date' ? 'a date where a number should be' : 'TRUE or FALSE where a number should be',
    expected: ({ stored }: { readonly stored: 'text' | 'date' | 'boolean' }) =>
      stored === 'text'
        ? 'a number cell: a number stored as text shows a green triangle in Excel (select the cells, then ⚠ → Convert to Number); otherwise the column is mapped wrongly'
        : stored === 'date'
          ? 'a number cell: if it is a count, format it as a number (Home → Number Format → General); otherwise the column is mapped wrongly'
          : 'a number cell, or the column mapped to the right header',
  },

  'csv-duplicate-header': {
    section: 'reading-a-csv-file',
    found: 'the same header twice',
    expected: 'each column header once',
  },
  'csv-unknown-mapping': {
    section: 'reading-a-csv-file',
    found: ({ name, mappingField }: { readonly name: string; readonly mappingField: string }) => `a mapping for "${name}" in ${mappingField}`,
    expected: ({ canonical }: { readonly canonical: readonly string[] }) => `one of the canonical columns: ${canonical.join(', ')}`,
  },
  'csv-missing-column': {
    section: 'reading-a-csv-file',
    /** `header`: the header looked for; `canonical`: evalsite's name for the column; `headers`: the file's header. */
    found: ({ header, canonical }: { readonly header: string; readonly canonical: string }) => `no column "${header}"${header === canonical ? '' : ` (mapped from ${canonical})`}`,
    expected: ({ header, canonical, headers, mappingField }: { readonly header: string; readonly canonical: string; readonly headers: readonly string[]; readonly mappingField: string }) =>
      missingColumnHint(header, headers, `${mappingField}.${canonical}`),
  },
  'csv-ambiguous-header': {
    section: 'reading-a-csv-file',
    /** `headers`: the file's headers that all read as `canonical` once case, spaces and punctuation are set aside. */
    found: ({ headers, canonical }: { readonly headers: readonly string[]; readonly canonical: string }) => `${quoted(headers)}, which all read as the column ${canonical}`,
    expected: ({ canonical, mappingField }: { readonly canonical: string; readonly mappingField: string }) =>
      `one column for ${canonical}: rename the others, or choose one with ${mappingField}.${canonical}`,
  },
  'csv-lookalike-header': {
    section: 'reading-a-csv-file',
    /** `header`: the unmapped header; `canonical`: the known column it resembles. */
    found: ({ header, canonical }: { readonly header: string; readonly canonical: string }) => `a column "${header}" that looks like ${canonical}, which would otherwise be left out`,
    expected: ({ header, canonical, mappingField }: { readonly header: string; readonly canonical: string; readonly mappingField: string }) =>
      `map it under ${mappingField} (${canonical}: ${header}) or rename it; evalsite reads a column only by its own name or your mapping`,
  },
  'csv-header-holds-column-name': {
    section: 'reading-a-csv-file',
    severity: 'warning',
    /** `header`: the unmapped header; `canonical`: the absent column whose name's words it holds. */
    found: ({ header, canonical }: { readonly header: string; readonly canonical: string }) =>
      `a column "${header}" whose name holds ${canonical}, a column that is not otherwise in the file, so it is not read`,
    expected: ({ header, canonical, mappingField }: { readonly header: string; readonly canonical: string; readonly mappingField: string }) =>
      `map it under ${mappingField} (${canonical}: ${header}) if it holds ${canonical}; otherwise rename it, and figures that need ${canonical} are worked out without it`,
  },
  'csv-missing-attribute-column': {
    section: 'reading-a-csv-file',
    found: ({ header, attribute }: { readonly header: string; readonly attribute: string }) => `no column "${header}" (attribute ${attribute})`,
    expected: ({ header, attribute, headers, attributesField }: { readonly header: string; readonly attribute: string; readonly headers: readonly string[]; readonly attributesField: string }) =>
      missingColumnHint(header, headers, `${attributesField}.${attribute}`),
  },
  'csv-wrong-delimiter': {
    section: 'reading-a-csv-file',
    /** `seen`: the delimiter the header holds; `used`: the one the file was split on. */
    found: ({ seen, used }: { readonly seen: string; readonly used: string }) => {
      const name = (delimiter: string) => (delimiter === '\t' ? 'tab' : `"${delimiter}"`);
      return `one column, because the header holds ${name(seen)} but the file is split on ${name(used)}`;
    },
    expected: ({ seen }: { readonly seen: string }) => `columns split by the file's own delimiter: declare \`delimiter: "${seen === '\t' ? '\\t' : seen}"\` in the dataset's format`,
  },

  // Cells.
  'cell-blank': {
    section: 'cells',
    found: 'a blank cell',
    /** `typeName`: the column type in words ("an id", "a date"). */
    expected: ({ typeName }: { readonly typeName: string }) => `a value (${typeName})`,
  },
  'cell-unreadable': {
    section: 'cells',
    /** The cell is never quoted, whatever its column: its shape is described instead ("a 10-digit number"). */
    found: ({ cell }: { readonly cell: string }) => describeShape(cell),
    /** `accepted`: what the column's cell reader accepts, in its own words (csv/cellParsers.ts). */
    expected: ({ accepted }: { readonly accepted: string }) => accepted,
  },
  'column-unreadable': {
    section: 'cells',
    /** `cells`: how many cells of the column could not be read (none could); `firstFound`: the first one's shape, as cell-unreadable describes it. */
    found: ({ cells, firstFound }: { readonly cells: number; readonly firstFound: string }) => `not one of this column's ${cells} filled cells could be read (the first, on this row: ${firstFound})`,
    /** `accepted`: what each cell must be; `field`: the manifest field that maps the column (`datasets.clients.columns.sessions`), or null for a table of evalsite's own. */
    expected: ({ accepted, field }: { readonly accepted: string; readonly field: string | null }) =>
      `${accepted} in each cell: is this the right column?${field === null ? '' : ` Check ${field} in evaluation.yaml.`} If it is, its cells are all written another way, like the first (for dates, declare the file's date format). Not reported row by row, as the whole column is affected`,
  },

  // Checks across rows and files.
  'duplicate-client-id': {
    section: 'checks-across-rows-and-files',
    found: ({ earlier }: { readonly earlier: number }) => `a client id already used on row ${earlier}`,
    expected: 'one row per client, each with its own id',
  },
  'end-before-start': {
    section: 'checks-across-rows-and-files',
    found: 'an end date before the start date',
    expected: ({ startColumn }: { readonly startColumn: string }) => `an end date on or after the start date (${startColumn})`,
  },
  'end-after-as-of': {
    section: 'checks-across-rows-and-files',
    found: 'an end date after the data as-of date',
    expected: ({ asOf }: { readonly asOf: string }) => `an end date on or before as_of (${asOf}); leave it blank while engagement goes on`,
  },
  'start-after-as-of': {
    section: 'checks-across-rows-and-files',
    found: 'a start date after the data as-of date',
    expected: ({ asOf }: { readonly asOf: string }) => `a start date on or before as_of (${asOf})`,
  },
  'attribute-without-letters': {
    section: 'checks-across-rows-and-files',
    found: 'a value with no letters a–z or digits',
    expected: 'a value with at least one letter a–z or digit, from which its id is made (leave the cell blank when not recorded)',
  },
  'age-out-of-range': {
    section: 'checks-across-rows-and-files',
    found: ({ side }: { readonly side: Side }) => `an age ${side === 'below' ? 'under 10' : 'over 110'}`,
    expected: 'an age in whole years from 10 to 110',
  },
  'index-event-unknown': {
    section: 'checks-across-rows-and-files',
    found: 'an index event not in the list',
    expected: 'one of release, court-order, caution: the event the proven re-offending follow-up starts from (docs/datasets.md#clients)',
  },
  'age-at-index-out-of-range': {
    section: 'checks-across-rows-and-files',
    found: ({ side }: { readonly side: Side }) => `an age at the index date ${side === 'below' ? 'under 10' : 'over 120'}`,
    expected: 'an age at the index date in whole years from 10 to 120 (under 10 is below the age of criminal responsibility)',
  },
  'age-at-index-not-served': {
    section: 'checks-across-rows-and-files',
    /** `group`: the age group the age falls in (adults 18 or over, juveniles 10 to 17), never the age itself. */
    found: ({ group }: { readonly group: 'adults' | 'juveniles'; readonly served: 'adults' | 'juveniles' }) =>
      group === 'adults' ? 'an age at the index date of 18 or over (an adult)' : 'an age at the index date under 18 (a juvenile)',
    expected: ({ served }: { readonly group: 'adults' | 'juveniles'; readonly served: 'adults' | 'juveniles' }) =>
      `an age at the index date ${served === 'adults' ? 'of 18 or over' : 'from 10 to 17'}: reoffending.age_groups in evaluation.yaml says the service works with ${served} only (correct the age, or add the group to age_groups)`,
  },
  'index-incomplete': {
    section: 'checks-across-rows-and-files',
    found: ({ missing }: { readonly missing: readonly string[] }) => `an index event with no ${missing.join(' and no ')}`,
    expected: ({ columns }: { readonly columns: readonly string[] }) => `${columns.join(', ')} filled in together, or all blank for a client with no index event`,
  },
  'index-after-as-of': {
    section: 'checks-across-rows-and-files',
    found: 'an index date after the data as-of date',
    expected: ({ asOf }: { readonly asOf: string }) => `an index date on or before as_of (${asOf})`,
  },
  'proven-before-offence': {
    section: 'checks-across-rows-and-files',
    found: 'a proven date before the offence date',
    expected: ({ dateColumn }: { readonly dateColumn: string }) => `a proven date (conviction or caution) on or after the date the offence was committed (${dateColumn})`,
  },
  'proven-after-as-of': {
    section: 'checks-across-rows-and-files',
    found: 'a proven date after the data as-of date',
    expected: ({ asOf }: { readonly asOf: string }) => `a proven date on or before as_of (${asOf}); leave it blank while the offence is not yet proven`,
  },
  'proven-without-offence-date': {
    section: 'checks-across-rows-and-files',
    found: 'a proven date with no offence date',
    expected: ({ dateColumn }: { readonly dateColumn: string }) =>
      `the date the offence was committed (${dateColumn}) beside its proven date: the proven measure counts offences by the day they were committed`,
  },
  'number-out-of-range': {
    section: 'checks-across-rows-and-files',
    /** `quantity`: what the column counts ("sessions"); `min`, `max` and `why`: its documented limits (datasets/checkPlausibility.ts). */
    found: ({ quantity, side, min, max }: { readonly quantity: string; readonly side: Side; readonly min: number; readonly max: number }) =>
      side === 'below' ? (min === 0 ? `a negative number of ${quantity}` : `${quantity} below ${formatLimit(min)}`) : `more than ${formatLimit(max)} ${quantity}`,
    expected: ({ quantity, min, max, why }: { readonly quantity: string; readonly min: number; readonly max: number; readonly why: string }) =>
      `${formatLimit(min)} to ${formatLimit(max)} ${quantity} (${why})`,
  },
  'date-outside-window': {
    section: 'checks-across-rows-and-files',
    /** `from` and `to`: the window, worked out from the manifest's period (datasets/checkPlausibility.ts). */
    found: ({ side, from, to }: { readonly side: 'before' | 'after'; readonly from: string; readonly to: string }) => `a date ${side === 'before' ? `before ${from}` : `after ${to}`}`,
    expected: ({ from, to, why }: { readonly from: string; readonly to: string; readonly why: string }) => `a date from ${from} to ${to} (${why})`,
  },
  'date-outside-period': {
    section: 'checks-across-rows-and-files',
    severity: 'warning',
    /** `period`: the manifest's evaluation period, as the pages write it (author text). */
    found: ({ rows, period }: { readonly rows: number; readonly period: string }) =>
      `${rows === 1 ? 'a date' : `${rows} dates in this column, the first on this row,`} outside the evaluation period (${period})`,
    expected:
      'dates within the period: check the year, and that day and month are read the right way round (format.date); if the export is wider than the evaluation, keep only its period, or widen period in evaluation.yaml',
  },
  'reviewed-without-start': {
    section: 'checks-across-rows-and-files',
    severity: 'warning',
    found: ({ clients }: { readonly clients: number }) =>
      `${clients === 1 ? 'a client' : `${clients} clients, the first on this row,`} with assessments or outcome statuses but no start date, while other clients have one`,
    expected: 'the start date of everyone reviewed: without it they are left out of every figure that needs a start (how long they engaged, offending before and after)',
  },
  'category-spelled-two-ways': {
    section: 'checks-across-rows-and-files',
    severity: 'warning',
    found: ({ earlier }: { readonly earlier: number }) =>
      `a name that differs from the one on row ${earlier} only by a letter or two, or by its spacing or punctuation, so it makes a group of its own`,
    expected: 'one spelling of each category throughout the column (the two are counted as two groups), or both kept if they are truly different',
  },
  'counts-look-like-percentages': {
    section: 'checks-across-rows-and-files',
    severity: 'warning',
    found: ({ rows }: { readonly rows: readonly number[] }) => `counts by group (rows ${rows.join(', ')}) that add up to about 100, as percentages do, while their total does not`,
    expected: 'counts of people (or events) in a count row; a percentage as its own row with unit percent, with its numerator and denominator if you have them',
  },
  'offence-before-birth': {
    section: 'checks-across-rows-and-files',
    found: ({ ageColumn }: { readonly ageColumn: string }) => `an offence before the client was born (by their start date and ${ageColumn})`,
    expected: 'an offence on or after the client’s birth: check the date, the client id and the age',
  },
  'published-figure-negative': {
    section: 'checks-across-rows-and-files',
    found: 'a negative number',
    expected: 'a count, base or percentage of 0 or more (a negative published figure would be shown as a wrong figure, such as "fewer than 5")',
  },
  'clients-row-unreadable-referred-to': {
    section: 'checks-across-rows-and-files',
    /** `rows`: rows of other files whose client id is written in this unreadable row; `files`: their files. */
    found: ({ rows, files }: { readonly rows: number; readonly files: readonly string[] }) =>
      `a row that could not be read, which ${plural(rows, 'row')} of ${files.join(', ')} refer${rows === 1 ? 's' : ''} to (not reported one by one)`,
    expected: 'the row fixed first (see the other problem on this row); the rows that refer to it are checked once it can be read',
  },
  'clients-row-without-id-referred-to': {
    section: 'checks-across-rows-and-files',
    /** `rows`: rows of other files whose client id the clients file does not have; `files`: their files. */
    found: ({ rows, files }: { readonly rows: number; readonly files: readonly string[] }) =>
      `a row whose client id could not be read, while ${plural(rows, 'row')} of ${files.join(', ')} name${rows === 1 ? 's' : ''} a client id the clients file does not have (not reported one by one)`,
    expected: 'the client id fixed first (see the other problem on this row); the rows that name an unknown id are checked one by one once it can be read',
  },
  'dataset-needs-clients': {
    section: 'checks-across-rows-and-files',
    found: ({ kind }: { readonly kind: string }) => `datasets.${kind} but no datasets.clients`,
    expected: 'a clients dataset (datasets.clients) listing every client the other datasets refer to',
  },
  'unknown-client-id': {
    section: 'checks-across-rows-and-files',
    found: 'a client id that is not in the clients dataset',
    expected: ({ clientsFile }: { readonly clientsFile: string }) => `every client id to appear in ${clientsFile}`,
  },
  'name-without-letters': {
    section: 'checks-across-rows-and-files',
    found: 'a name with no letters a–z or digits',
    expected: 'a name with at least one letter a–z or digit, from which its id is made',
  },
  'spelling-differs': {
    section: 'checks-across-rows-and-files',
    /** `id`: the id part both spellings make (a domain or question, made into an id). */
    found: ({ earlier }: { readonly earlier: number }) => `a spelling that differs from row ${earlier} but makes the same id`,
    expected: 'one spelling of each name throughout the file',
  },
  'unknown-scale': {
    section: 'checks-across-rows-and-files',
    found: ({ scale }: { readonly scale: string }) => `no scale "${scale}" in scales`,
    expected: ({ declared }: { readonly declared: readonly string[] }) => `one of the scales declared under scales: ${declared.join(', ') || '(none declared)'}`,
  },
  'score-out-of-range': {
    section: 'checks-across-rows-and-files',
    found: ({ side }: { readonly side: Side }) => `a score ${side === 'below' ? 'below the lowest' : 'above the highest'} on the scale`,
    expected: ({ min, max, scale }: { readonly min: number; readonly max: number; readonly scale: string }) => `a score from ${min} to ${max} (scale ${scale})`,
  },
  'domain-not-declared': {
    section: 'checks-across-rows-and-files',
    found: ({ rows }: { readonly rows: number }) => `a domain not in the scale's declared domains${rows > 1 ? ` (on ${rows} rows; this is the first)` : ''}`,
    expected: ({ scale, declared }: { readonly scale: string; readonly declared: readonly string[] }) => `one of the domains declared under scales.${scale}.domains: ${declared.join(', ')}`,
  },
  'declared-domain-not-assessed': {
    section: 'checks-across-rows-and-files',
    found: ({ domain, file }: { readonly domain: string; readonly file: string }) => `"${domain}" declared, but no row of ${file} scores it`,
    expected: 'every declared domain scored at least once (a total needs a score in every one), or the domain taken out of the list',
  },
  'review-below-one': {
    section: 'checks-across-rows-and-files',
    found: 'a review number below 1',
    expected: 'a review number from 1 (the first assessment) upwards',
  },
  'duplicate-assessment': {
    section: 'checks-across-rows-and-files',
    found: ({ earlier }: { readonly earlier: number }) => `a second score for the same client, review and domain (first on row ${earlier})`,
    expected: 'one row per client, review and domain',
  },
  'duplicate-outcome': {
    section: 'checks-across-rows-and-files',
    found: ({ earlier }: { readonly earlier: number }) => `a second status for the same client and domain (first on row ${earlier})`,
    expected: 'one row per client and domain',
  },
  'offence-without-date': {
    section: 'checks-across-rows-and-files',
    found: 'neither a date nor days from start',
    expected: ({ daysColumn }: { readonly daysColumn: string }) => `the offence date, or its days from the client's start in ${daysColumn}`,
  },
  'offence-kind-blank': {
    section: 'checks-across-rows-and-files',
    found: 'a blank kind',
    expected: ({ kinds }: { readonly kinds: readonly string[] }) => `one of ${kinds.join(', ')}`,
  },
  'offence-kind-undeclared': {
    section: 'checks-across-rows-and-files',
    found: 'a kind not declared in datasets.offences.kinds',
    expected: ({ kinds }: { readonly kinds: readonly string[] }) => `one of ${kinds.join(', ')}`,
  },
  'gravity-out-of-range': {
    section: 'checks-across-rows-and-files',
    found: ({ side }: { readonly side: Side }) => `a gravity ${side === 'below' ? 'below the lowest' : 'above the highest'} declared`,
    expected: ({ min, max }: { readonly min: number; readonly max: number }) => `a gravity from ${min} to ${max}`,
  },
  'response-not-on-scale': {
    section: 'checks-across-rows-and-files',
    found: 'a response not on the declared scale',
    expected: ({ responses }: { readonly responses: readonly string[] }) => `one of ${quoted(responses)} (datasets.feedback.responses)`,
  },
  'denominator-not-percent': {
    section: 'checks-across-rows-and-files',
    found: ({ unit }: { readonly unit: string }) => `a denominator for a ${unit}`,
    expected: 'a denominator only on a percent row; give the figure in value (or, for a count, in numerator)',
  },
  'value-disagrees': {
    section: 'checks-across-rows-and-files',
    found: 'a value that disagrees with its numerator and denominator',
    expected: 'a value that rounds to the same whole percentage as numerator ÷ denominator × 100 (or leave value blank)',
  },
  'no-value': {
    section: 'checks-across-rows-and-files',
    found: 'no value and no numerator with denominator',
    expected: 'a value, or a numerator and a denominator (a count needs only a numerator)',
  },
  'numerator-above-denominator': {
    section: 'checks-across-rows-and-files',
    found: ({ zero }: { readonly zero: boolean }) => (zero ? 'a denominator of 0 or below' : 'a numerator larger than its denominator'),
    expected: 'a numerator no larger than a positive denominator',
  },
  'percentage-out-of-range': {
    section: 'checks-across-rows-and-files',
    found: ({ side }: { readonly side: Side }) => `a percentage ${side === 'below' ? 'below 0' : 'above 100'}`,
    expected: 'a percentage from 0 to 100',
  },
  // A justice_data_lab dataset (datasets/checkJusticeDataLab.ts): results copied from a Justice Data Lab report.
  'jdl-unknown-measure': {
    section: 'checks-across-rows-and-files',
    found: 'a measure that is not one of the Justice Data Lab’s',
    expected: 'one of rate, frequency, days-to-first, custody-rate (docs/datasets.md#justice_data_lab)',
  },
  'jdl-value-out-of-range': {
    section: 'checks-across-rows-and-files',
    found: ({ what }: { readonly what: 'percentage' | 'non-negative' | 'people' | 'p-value' }) =>
      what === 'percentage'
        ? 'a rate outside 0 to 100'
        : what === 'non-negative'
          ? 'a negative frequency or number of days'
          : what === 'people'
            ? 'a number of people below 1'
            : 'a p-value outside 0 to 1',
    expected: 'the figure as the Justice Data Lab report gives it: rates as percentages from 0 to 100, frequencies and days of 0 or more, at least 1 person in each group, p-values from 0 to 1',
  },
  'jdl-interval-reversed': {
    section: 'checks-across-rows-and-files',
    found: 'a lower end of the interval above its upper end',
    expected: 'lower no more than upper: the 95% interval of the difference, lower end first, as the report gives it',
  },
  'jdl-difference-outside-interval': {
    section: 'checks-across-rows-and-files',
    found: 'an estimated difference outside its own 95% interval',
    expected: 'a difference from lower to upper: check the sign (treatment minus comparison, so a fall is negative) and that the three come from the same row of the report',
  },
  'jdl-difference-against-values': {
    section: 'checks-across-rows-and-files',
    found: 'an estimated difference that is not the treatment value less the comparison value',
    expected: 'difference = treatment_value − comparison_value, give or take the report’s rounding: check the sign (a fall is negative) and that the three come from the same row of the report',
  },
  'jdl-p-value-against-interval': {
    section: 'checks-across-rows-and-files',
    found: 'a p-value that disagrees with the 95% interval',
    expected: 'a p-value under 0.05 when the interval leaves out zero, and 0.05 or more when it takes zero in, as the report gives them: one of them is from another row',
  },
  'jdl-treatment-above-matched': {
    section: 'checks-across-rows-and-files',
    found: 'a treatment group larger than the records matched',
    expected: 'treatment_n no more than records_matched: the treatment group is made of the matched records',
  },
  'jdl-treatment-under-60': {
    section: 'checks-across-rows-and-files',
    severity: 'warning',
    found: 'a treatment group of fewer than 60 people',
    expected:
      'at least 60 people: the Justice Data Lab does not analyse fewer, so check the row was copied from the report (the time to first re-offence counts only the people who re-offended and is not checked)',
  },
  'jdl-matched-above-submitted': {
    section: 'checks-across-rows-and-files',
    found: 'more records matched than submitted',
    expected: 'records_matched no more than records_submitted, as the report gives them',
  },
  'jdl-cohort-reversed': {
    section: 'checks-across-rows-and-files',
    found: 'a cohort period that ends before it starts',
    expected: 'cohort_to on or after cohort_from',
  },
  'jdl-row-twice': {
    section: 'checks-across-rows-and-files',
    found: ({ first }: { readonly first: number }) => `a second row for the same analysis and measure (first on row ${first})`,
    expected: 'one row per analysis and measure',
  },

  // Checks across rows and files, in topics.
  'aggregate-row-twice': {
    section: 'checks-across-rows-and-files',
    found: ({ first }: { readonly first: number }) => `a second row for the same indicator and group (first on row ${first})`,
    expected: 'one row per indicator and group',
  },
  'aggregate-already-computed': {
    section: 'checks-across-rows-and-files',
    found: "an indicator id that the evaluation's datasets already compute",
    expected: 'an id of its own for a published aggregate',
  },
  'unit-cost-group-twice': {
    section: 'checks-across-rows-and-files',
    found: ({ first }: { readonly first: number }) => `a second cost for the same group (first on row ${first})`,
    expected: 'one row per offence group',
  },

  // Figures and summary text.
  'group-without-letters': {
    section: 'figures-and-summary-text',
    found: 'a group with no letters a–z or digits',
    expected: 'a group name with at least one letter a–z or digit, from which its id is made',
  },
  'mdx-does-not-parse': {
    section: 'figures-and-summary-text',
    /** `reason`: the MDX reader's own reason. */
    found: ({ reason }: { readonly reason: string }) => `MDX that does not parse (${reason})`,
    expected: 'valid MDX: close every tag, and escape { and < in prose as \\{ and \\<',
  },
  'mdx-too-long': {
    section: 'figures-and-summary-text',
    /** `what`: a summary text, or a paragraph (the text between blank lines); `limit`: its most characters. */
    found: ({ what, limit }: { readonly what: string; readonly limit: number }) => `${what} longer than ${limit.toLocaleString('en-GB')} characters, which is not read`,
    expected: 'a summary of a few pages, in paragraphs separated by blank lines (a long summary is a few thousand characters)',
  },
  'mdx-unknown-component': {
    section: 'figures-and-summary-text',
    found: ({ name }: { readonly name: string }) => `unknown component <${name}>`,
    expected: ({ components }: { readonly components: readonly string[] }) => `one of the components evalsite provides: ${components.map((name) => `<${name}>`).join(', ')}`,
  },
  'mdx-indicator-without-id': {
    section: 'figures-and-summary-text',
    found: 'no id="…" written as plain text',
    expected: ({ component }: { readonly component: string }) => `<${component} id="engaged" /> naming a published indicator (see docs/indicators.md)`,
  },
  'mdx-unknown-indicator': {
    section: 'figures-and-summary-text',
    found: ({ id }: { readonly id: string }) => `unknown indicator id "${id}"`,
    /** `instead`: for a figure made only when two small categories are merged (narrative/mergedOnlyFigures.ts), what to name when they are shown apart. */
    expected: ({ published, instead }: { readonly published: number; readonly instead?: string | undefined }) =>
      instead === undefined
        ? `an indicator id this evaluation publishes (its figures.json lists all ${published})`
        : `an indicator id this evaluation publishes: this figure exists only when two categories too small to show apart are combined, and with these data they are shown apart, so name ${instead}`,
  },
  'mdx-indicator-not-measured': {
    section: 'figures-and-summary-text',
    found: ({ id, reason }: { readonly id: string; readonly reason: string }) => `indicator "${id}", which is not measured: ${asClause(reason)}`,
    expected: 'a figure this evaluation measures: supply the data it needs (docs/metrics.md says which), or take the figure out of the text',
  },
  'mdx-indicator-protected': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    /** `id`: as the author wrote it; `reads`: the phrase the sentence will show, which holds no count (protectedPhrase.ts). */
    found: ({ id, reads }: { readonly id: string; readonly reads: string }) =>
      `<Indicator id="${id}" />, a figure protected for privacy whose value is not published: the sentence will read "${reads}" in its place`,
    /** `suggestion`: a figure of the same people that is shown, made from the author's id (a breakdown left out, or the category it was merged into). */
    expected: ({ suggestion }: { readonly suggestion: string | undefined }) =>
      `${suggestion === undefined ? 'a figure that is shown,' : `a figure that is shown, such as <Indicator id="${suggestion}" />,`} or the sentence reworded without this one (the methodology page lists the protected figures; see docs/indicators.md#protected-figures-in-a-sentence)`,
  },
  'mdx-causal-wording': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    /** `phrase`: one of evalsite's own causal phrases as it matched, in lower case; never more of the author's sentence, which might name someone. */
    found: ({ phrase, id, level, design }: { readonly phrase: string; readonly id: string; readonly level: number; readonly design: string }) =>
      `"${phrase}", wording that says the service caused a change, in the same paragraph as <Indicator id="${id}" />, whose evidence is level ${level} of 5 on the Maryland scale (${design.toLowerCase()}): it cannot show what the service caused`,
    /** `suggestion`: evalsite's wording for the phrase's kind, never the author's. */
    expected: ({ suggestion }: { readonly suggestion: string }) =>
      `wording that says what was seen, not what caused it, such as ${suggestion}; or a figure from a matched comparison or stronger (level 3 or more; see docs/metrics.md#evidence-strength)`,
  },
  'mdx-causal-wording-not-significant': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    /** `phrase`: one of evalsite's own causal phrases as it matched, in lower case; never more of the author's sentence. `result`: evalsite's words for the verdict. */
    found: ({ phrase, id, result }: { readonly phrase: string; readonly id: string; readonly result: string }) =>
      `"${phrase}", wording that says the service caused a change, in the same paragraph as <Indicator id="${id}" />, a Justice Data Lab result that is ${result}: it does not show that the programme reduced re-offending`,
    /** `suggestion`: evalsite's wording for the verdict, never the author's. */
    expected: ({ suggestion }: { readonly suggestion: string }) => `the result in the Justice Data Lab's own terms, such as ${suggestion} (see docs/metrics.md#justice-data-lab-results)`,
  },
  'hero-chart-unknown': {
    section: 'figures-and-summary-text',
    /** `id`: the chart id the author wrote in the manifest. */
    found: ({ id }: { readonly id: string }) => `no drawn chart "${id}"`,
    /** `drawn`: the ids of the evaluation's charts that are drawn, in findings-page order. */
    expected: ({ drawn }: { readonly drawn: readonly string[] }) =>
      drawn.length === 0 ? 'none: this evaluation draws no chart, so leave hero_chart out' : `one of this evaluation's drawn charts: ${drawn.join(', ')}; or none`,
  },
  'hero-chart-in-summary-text': {
    section: 'figures-and-summary-text',
    found: ({ id }: { readonly id: string }) => `"${id}", a chart the summary text already places with <Chart>`,
    expected: 'another chart for the top of the summary, or the <Chart> taken out of the summary text: a chart is shown once on a page',
  },
  'key-finding-number': {
    section: 'figures-and-summary-text',
    found: 'a number typed into a key finding',
    expected: 'numbers only as figures named in braces, such as {engaged}, so each is computed and protected like every other figure; words for anything else ("twelve months")',
  },
  'key-finding-braces': {
    section: 'figures-and-summary-text',
    found: 'a brace left open, a closing brace alone, or empty braces',
    expected: 'each figure written as its id in one pair of braces, such as {engaged}',
  },
  'key-finding-unknown-indicator': {
    section: 'figures-and-summary-text',
    found: ({ id }: { readonly id: string }) => `unknown indicator id "${id}"`,
    expected: ({ published }: { readonly published: number }) => `an indicator id this evaluation publishes, in braces (its figures.json lists all ${published})`,
  },
  'key-finding-not-measured': {
    section: 'figures-and-summary-text',
    found: ({ id, reason }: { readonly id: string; readonly reason: string }) => `a key finding on "${id}", which is not measured: ${asClause(reason)}`,
    expected: 'a figure this evaluation measures: supply the data it needs (docs/metrics.md says which), or take the figure out of the finding',
  },
  'key-finding-without-figure': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    found: 'a key finding with no figure behind it',
    expected: 'at least one figure named in braces, such as {engaged}, so a reader can see what the finding rests on; or the point moved into the summary text',
  },
  'key-finding-protected': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    /** `reads`: the phrase the finding will show, which holds no count (protectedPhrase.ts). */
    found: ({ id, reads }: { readonly id: string; readonly reads: string }) => `{${id}}, a figure protected for privacy whose value is not published: the finding will read "${reads}" in its place`,
    expected: 'a figure that is shown, or the finding reworded without this one (the methodology page lists the protected figures)',
  },
  'key-finding-causal-wording': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    /** `phrase`: one of evalsite's own causal phrases as it matched, in lower case; never more of the author's words. */
    found: ({ phrase, id, level, design }: { readonly phrase: string; readonly id: string; readonly level: number; readonly design: string }) =>
      `"${phrase}", wording that says the service caused a change, in a key finding on {${id}}, whose evidence is level ${level} of 5 on the Maryland scale (${design.toLowerCase()}): it cannot show what the service caused`,
    expected: ({ suggestion }: { readonly suggestion: string }) =>
      `wording that says what was seen, not what caused it, such as ${suggestion}; or a figure from a matched comparison or stronger (level 3 or more; see docs/metrics.md#evidence-strength)`,
  },
  'key-finding-causal-wording-not-significant': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    /** `phrase`: one of evalsite's own causal phrases as it matched, in lower case; never more of the author's words. */
    found: ({ phrase, id, result }: { readonly phrase: string; readonly id: string; readonly result: string }) =>
      `"${phrase}", wording that says the service caused a change, in a key finding on {${id}}, a Justice Data Lab result that is ${result}: it does not show that the programme reduced re-offending`,
    expected: ({ suggestion }: { readonly suggestion: string }) => `the result in the Justice Data Lab's own terms, such as ${suggestion} (see docs/metrics.md#justice-data-lab-results)`,
  },
  'chart-title-unknown-chart': {
    section: 'figures-and-summary-text',
    /** `id`: the chart id the author wrote under chart_titles. */
    found: ({ id }: { readonly id: string }) => `a title for "${id}", which is not one of this evaluation's charts`,
    /** `charts`: the ids of the evaluation's charts, in findings-page order. */
    expected: ({ charts }: { readonly charts: readonly string[] }) =>
      charts.length === 0 ? 'no chart_titles: this evaluation draws no chart' : `the id of one of this evaluation's charts, as its findings page anchors it: ${charts.join(', ')}`,
  },
  'chart-title-number': {
    section: 'figures-and-summary-text',
    found: 'a number typed into a chart title',
    expected: 'numbers only as figures named in braces, such as {improved[domain=housing]}, so each is computed and protected like every other figure; words for anything else ("twelve months")',
  },
  'chart-title-braces': {
    section: 'figures-and-summary-text',
    found: 'a brace left open, a closing brace alone, or empty braces',
    expected: 'each figure written as its id in one pair of braces, such as {engaged}',
  },
  'chart-title-unknown-indicator': {
    section: 'figures-and-summary-text',
    found: ({ id }: { readonly id: string }) => `unknown indicator id "${id}"`,
    expected: ({ published }: { readonly published: number }) => `an indicator id this evaluation publishes, in braces (its figures.json lists all ${published})`,
  },
  'chart-title-not-measured': {
    section: 'figures-and-summary-text',
    found: ({ id, reason }: { readonly id: string; readonly reason: string }) => `a chart title on "${id}", which is not measured: ${asClause(reason)}`,
    expected: 'a figure this evaluation measures: supply the data it needs (docs/metrics.md says which), or take the figure out of the title',
  },
  'chart-title-protected': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    /** `reads`: the phrase the title will show, which holds no count (protectedPhrase.ts). */
    found: ({ id, reads }: { readonly id: string; readonly reads: string }) => `{${id}}, a figure protected for privacy whose value is not published: the title will read "${reads}" in its place`,
    expected: 'a figure that is shown, or the title reworded without this one (the methodology page lists the protected figures)',
  },
  'chart-title-causal-wording': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    /** `phrase`: one of evalsite's own causal phrases as it matched, in lower case; never more of the author's words. */
    found: ({ phrase, id, level, design }: { readonly phrase: string; readonly id: string; readonly level: number; readonly design: string }) =>
      `"${phrase}", wording that says the service caused a change, in a chart title on {${id}}, whose evidence is level ${level} of 5 on the Maryland scale (${design.toLowerCase()}): it cannot show what the service caused`,
    expected: ({ suggestion }: { readonly suggestion: string }) =>
      `wording that says what was seen, not what caused it, such as ${suggestion}; or a figure from a matched comparison or stronger (level 3 or more; see docs/metrics.md#evidence-strength)`,
  },
  'chart-title-causal-wording-not-significant': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    /** `phrase`: one of evalsite's own causal phrases as it matched, in lower case; never more of the author's words. */
    found: ({ phrase, id, result }: { readonly phrase: string; readonly id: string; readonly result: string }) =>
      `"${phrase}", wording that says the service caused a change, in a chart title on {${id}}, a Justice Data Lab result that is ${result}: it does not show that the programme reduced re-offending`,
    expected: ({ suggestion }: { readonly suggestion: string }) => `the result in the Justice Data Lab's own terms, such as ${suggestion} (see docs/metrics.md#justice-data-lab-results)`,
  },
  // Outcome domains and findings and recommendations as items (docs/taxonomy.md, docs/manifest.md#findings-and-recommendations).
  'domain-mapping-unknown': {
    section: 'figures-and-summary-text',
    /** `key`: the domain id the author wrote under `domains`. */
    found: ({ key }: { readonly key: string }) => `"${key}", which is not an assessment domain of this evaluation's figures`,
    /** `domains`: the domain ids of this evaluation's figures, from its data. */
    expected: ({ domains }: { readonly domains: readonly string[] }) =>
      domains.length === 0 ? 'no domains block: this evaluation publishes no figure by domain' : `one of this evaluation's domains, by the id its figures use: ${domains.join(', ')}`,
  },
  'domain-unmapped': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    /** `domain`: the domain's id in the figures' ids. */
    found: ({ domain }: { readonly domain: string }) => `the domain "${domain}" mapped to no theme, so the portfolio cannot find it by outcome domain`,
    /** `suggestion`: the theme whose name the domain's obviously matches, or null. */
    expected: ({ suggestion }: { readonly suggestion: { readonly id: string; readonly label: string } | null }) =>
      suggestion === null
        ? 'an entry under domains naming one of the themes in docs/taxonomy.md (none matches its name obviously: choose the nearest)'
        : `an entry under domains naming a theme in docs/taxonomy.md; by its name, perhaps ${suggestion.id} (${suggestion.label}): check before you write it`,
  },
  'item-finding-unknown': {
    section: 'figures-and-summary-text',
    /** `id`: the finding id the recommendation names. */
    found: ({ id }: { readonly id: string }) => `a recommendation resting on "${id}", which is not one of this evaluation's findings`,
    /** `findings`: the ids under findings. */
    expected: ({ findings }: { readonly findings: readonly string[] }) =>
      findings.length === 0 ? 'a finding under findings with that id, or the id removed' : `the id of one of the findings: ${findings.join(', ')}`,
  },
  'recommendation-without-evidence': {
    section: 'figures-and-summary-text',
    severity: 'warning',
    found: 'a recommendation that names neither a finding nor a figure',
    expected: 'the findings it rests on (findings: [finding-id]) or a figure in braces, such as {engaged}, so a reader can see why it is made',
  },
  'mdx-placed-twice': {
    section: 'figures-and-summary-text',
    /** `what`: chart, card or headline card; `id`: the chart's or figure's id, which the author wrote or selected. */
    found: ({ what, id }: { readonly what: string; readonly id: string }) => `the ${what} "${id}" a second time on the page`,
    expected: 'each chart and card once on a page: two copies would share their ids, which screen readers and links rely on',
  },
  'mdx-chart-attribute-not-plain': {
    section: 'figures-and-summary-text',
    found: 'an attribute that is not plain text',
    expected: 'attributes written as name="value", e.g. <Chart kind="outcome-status" group="service" />',
  },
  'mdx-chart-without-kind': {
    section: 'figures-and-summary-text',
    found: 'no kind="…"',
    /** `kinds`: every chart kind the topics draw. */
    expected: ({ kinds }: { readonly kinds: readonly string[] }) => `a chart kind: ${kinds.join(', ')}`,
  },
  'mdx-unknown-chart-kind': {
    section: 'figures-and-summary-text',
    found: ({ kind }: { readonly kind: string }) => `unknown chart kind "${kind}"`,
    expected: ({ kinds }: { readonly kinds: readonly string[] }) => `one of ${kinds.join(', ')}`,
  },
  'mdx-chart-not-drawable': {
    section: 'figures-and-summary-text',
    found: ({ kind }: { readonly kind: string }) => `the ${kind} chart, which this evaluation's data cannot draw`,
    expected: ({ available }: { readonly available: readonly string[] }) => `a kind whose data it has: ${available.join(', ') || '(none: it has no datasets)'}`,
  },
  'mdx-chart-not-measured': {
    section: 'figures-and-summary-text',
    found: ({ kind, reason }: { readonly kind: string; readonly reason: string }) => `the ${kind} chart, which is not drawn because its figures are not measured: ${asClause(reason)}`,
    expected: 'a chart this evaluation draws: supply the data it needs (docs/metrics.md says which), or take the chart out of the text',
  },
  'mdx-chart-options': {
    section: 'figures-and-summary-text',
    found: ({ kind, wanted }: { readonly kind: string; readonly wanted: Readonly<Record<string, string>> }) => `no ${kind} chart with ${describeOptions(wanted)}`,
    expected: ({ choices }: { readonly choices: ReadonlyArray<Readonly<Record<string, string>>> }) => `one of: ${choices.map(describeOptions).join('; ')}`,
  },
  // The summary text is content, not code (docs/indicators.md, "What the summary text may hold").
  'mdx-import-export': {
    section: 'figures-and-summary-text',
    found: 'an import or export, which would run code when the site is built',
    expected: 'Markdown and the components <Indicator>, <IndicatorCard> and <Chart>, which need no import',
  },
  'mdx-front-matter-not-yaml': {
    section: 'figures-and-summary-text',
    found: 'front matter that does not open and close with a --- line (+++ marks TOML, which Astro reads without evalsite checking it)',
    expected: 'front matter between two --- lines, holding only title: …, or none',
  },
  'mdx-expression': {
    section: 'figures-and-summary-text',
    found: 'an expression in braces {…}, which would run code',
    expected: 'plain text (write a literal brace as \\{) and attributes written as name="value"; a note to yourself as {/* … */}',
  },
  'mdx-element-not-allowed': {
    section: 'figures-and-summary-text',
    /** `name`: the tag or Markdown construct the author wrote. */
    found: ({ name }: { readonly name: string }) => `${name}, which the summary text may not hold`,
    expected: ({ elements }: { readonly elements: readonly string[] }) => `Markdown, the components <Indicator>, <IndicatorCard> and <Chart>, or one of these HTML elements: ${elements.join(', ')}`,
  },
  'mdx-attribute-not-allowed': {
    section: 'figures-and-summary-text',
    found: ({ name, element }: { readonly name: string; readonly element: string }) => `the attribute ${name} on ${element}, which the summary text may not use`,
    expected: ({ element, allowed }: { readonly element: string; readonly allowed: readonly string[] }) => `only ${allowed.join(', ')} on ${element} (no event handlers or styles)`,
  },
  'mdx-url-not-allowed': {
    section: 'figures-and-summary-text',
    /** `scheme`: the address's scheme ("javascript:"), or "a relative path" for an image; never the rest of the address. */
    found: ({ kind, scheme }: { readonly kind: 'link' | 'image' | 'attribute'; readonly scheme: string }) =>
      `${{ link: 'a link whose address', image: 'an image whose address', attribute: 'an attribute whose value' }[kind]} is ${scheme.endsWith(':') ? `a ${scheme} address` : scheme}`,
    expected: ({ kind }: { readonly kind: 'link' | 'image' | 'attribute' }) =>
      kind === 'image'
        ? 'an image under public/, written from the site root ("/images/a.png"), or an https: address'
        : 'a link to an http:, https: or mailto: address, a path on the site or a #section (javascript:, vbscript: and data: addresses run code)',
  },

  // Theory of change.
  'toc-number-in-text': {
    section: 'theory-of-change',
    found: 'a number in the text',
    expected: 'words only: put a figure in evidence as an indicator id, so it is computed and protected like every other figure',
  },
  'toc-number-in-label': {
    section: 'theory-of-change',
    found: 'a number in a label',
    expected: 'words only: put the figure in evidence as an indicator id, so it is computed and protected like every other figure',
  },
  'toc-duplicate-column-id': {
    section: 'theory-of-change',
    found: ({ id }: { readonly id: string }) => `a second column with id "${id}"`,
    expected: 'an id used by one column only',
  },
  'toc-duplicate-box-id': {
    section: 'theory-of-change',
    found: ({ id }: { readonly id: string }) => `a second box with id "${id}"`,
    expected: 'an id used by one box only',
  },
  'toc-unknown-target': {
    section: 'theory-of-change',
    found: ({ target }: { readonly target: string }) => `unknown target "${target}"`,
    expected: ({ targets }: { readonly targets: readonly string[] }) =>
      `the id of a target under targets in the evaluation's manifest${targets.length > 0 ? `: ${targets.join(', ')}` : ' (it has none)'}`,
  },
  'toc-unknown-evidence': {
    section: 'theory-of-change',
    found: ({ id }: { readonly id: string }) => `unknown indicator id "${id}"`,
    expected: 'an indicator id this evaluation publishes (its figures.json lists them)',
  },
  'toc-evidence-not-measured': {
    section: 'theory-of-change',
    found: ({ id, reason }: { readonly id: string; readonly reason: string }) => `indicator "${id}", which is not measured: ${asClause(reason)}`,
    expected: 'evidence this evaluation measures: supply the data it needs (docs/metrics.md says which), or take the id out of evidence',
  },
  'toc-duplicate-link': {
    section: 'theory-of-change',
    found: ({ earlier }: { readonly earlier: number }) => `the same link as links[${earlier}]`,
    expected: 'each link once',
  },
  'toc-unknown-box': {
    section: 'theory-of-change',
    found: ({ box }: { readonly box: string }) => `no box "${box}"`,
    expected: 'the id of a box in the diagram',
  },
  'toc-backward-link': {
    section: 'theory-of-change',
    /** Columns counted from 1. */
    found: ({ from, to }: { readonly from: number; readonly to: number }) => `a link from column ${from} to column ${to}`,
    expected: 'links that run left to right, from an earlier column to a later one',
  },
  'toc-cycle': {
    section: 'theory-of-change',
    found: ({ cycle }: { readonly cycle: readonly string[] }) => `a cycle: ${cycle.join(' → ')}`,
    expected: 'no chain of links that leads back to where it started (or set allow_cycles: true)',
  },

  // Client journeys. Panels are counted from 1 in `panel`.
  'journey-duplicate-name': {
    section: 'client-journeys',
    found: ({ name }: { readonly name: string }) => `a second journey named "${name}"`,
    expected: 'one file per journey name: the name becomes its web address',
  },
  'journey-file-name': {
    section: 'client-journeys',
    found: 'a file name that cannot be a web address',
    expected: 'a name of lowercase letters, digits and single hyphens, such as journey-1.yaml (it becomes the URL)',
  },
  'journey-duplicate-cast-member': {
    section: 'client-journeys',
    found: ({ id }: { readonly id: string }) => `a second cast member "${id}"`,
    expected: 'an id used once in the cast',
  },
  'journey-no-client': {
    section: 'client-journeys',
    found: 'no cast member with role client',
    expected: 'the client the journey is about, with role: client',
  },
  'journey-duplicate-character': {
    section: 'client-journeys',
    found: ({ id, panel }: { readonly id: string; readonly panel: number }) => `"${id}" a second time in panel ${panel}`,
    expected: 'each person once in a panel',
  },
  'journey-character-not-in-cast': {
    section: 'client-journeys',
    found: ({ id, panel }: { readonly id: string; readonly panel: number }) => `"${id}" in panel ${panel}, who is not in the cast`,
    expected: ({ cast }: { readonly cast: readonly string[] }) => `one of the cast: ${cast.join(', ')}`,
  },
  'journey-speaker-not-in-panel': {
    section: 'client-journeys',
    found: ({ speaker, panel }: { readonly speaker: string; readonly panel: number }) => `a balloon in panel ${panel} spoken by "${speaker}", who is not in the panel`,
    expected: ({ present }: { readonly present: readonly string[] }) => `a speaker listed in the panel's characters: ${present.join(', ') || '(none)'}`,
  },
  'journey-illustration-missing': {
    section: 'client-journeys',
    found: ({ illustration }: { readonly illustration: string }) => `no file public/${illustration}`,
    expected: 'an image that exists under public/',
  },
  'journey-illustration-without-alt': {
    section: 'client-journeys',
    found: ({ panel }: { readonly panel: number }) => `an illustration in panel ${panel} with no illustration_alt`,
    expected: 'a short description of the image for people who cannot see it',
  },
  'journey-identifying-text': {
    section: 'client-journeys',
    /** Names the rules that matched, never the text. */
    /** `holds`: what the matching rules look for, in words (identifierScan/identifierRules.ts). */
    found: ({ holds }: { readonly holds: readonly string[] }) => `text that seems to hold ${holds.join(' and ')} (not repeated here)`,
    expected: 'no identifying details in a story: leave them out, or change them so they point to no one',
  },
  'journey-consent-missing': {
    section: 'client-journeys',
    found: 'a story about one person with no consent reference',
    expected: CONSENT_EXPECTED,
  },
  'journey-consent-unknown': {
    section: 'client-journeys',
    found: 'a consent reference no case study in the manifest has',
    expected: CONSENT_EXPECTED,
  },
  'journey-pseudonym-mismatch': {
    section: 'client-journeys',
    found: "a pseudonym other than the case study's",
    expected: 'the pseudonym given with that consent in privacy.case_studies',
  },
  'journey-panel-does-not-fit': {
    section: 'client-journeys',
    found: ({ panel }: { readonly panel: number }) => `balloons that cannot all fit in panel ${panel} without covering a face, the caption or each other`,
    expected: 'shorter words, fewer balloons or characters in the panel, or the panel split in two',
  },
  'journey-panel-not-clean': {
    section: 'client-journeys',
    /** `broken`: the layout promises the panel breaks (checkPanelLayout.ts). */
    found: ({ panel, broken }: { readonly panel: number; readonly broken: readonly string[] }) => `panel ${panel} cannot be drawn cleanly: ${broken.join('; ')}`,
    expected: 'a shorter caption or shorter words, or fewer people in the panel',
  },

  // Files under public/, published as they are.
  'svg-not-allowed': {
    section: 'files-under-public',
    /** `what`: the construct refused, in words, with the attribute's or element's name; never an address. */
    found: ({ what }: { readonly what: string }) => `${what}, which would run or load something when the picture is shown`,
    expected: 'a plain picture: shapes, text, gradients and styles without scripts, event handlers, embedded HTML or addresses outside the file (export it again as plain SVG, or as PNG)',
  },
  'public-file-code': {
    section: 'files-under-public',
    found: ({ extension }: { readonly extension: string }) => `a .${extension} file, which browsers would run as a page or a program`,
    expected: 'only pictures, fonts and documents under public/ (evalsite makes every page itself)',
  },
  'public-file-markup': {
    section: 'files-under-public',
    found: ({ extension }: { readonly extension: string }) =>
      `a ${extension === '' ? 'file with no extension' : `.${extension} file`} that holds a page or a picture's markup, which a browser could run as a page`,
    expected: 'a file whose content is what its name says: a picture as .svg (checked as one), a document as .pdf or .txt; evalsite makes every page itself',
  },
  'public-file-server-configuration': {
    section: 'files-under-public',
    found: "a web server's configuration file, which could make the server treat other files as pages or programs",
    expected: "no server configuration under public/: the host's settings are the host's, not the site's",
  },
  'public-file-site-address': {
    section: 'files-under-public',
    found: 'files at addresses the site writes itself: in this folder, an evaluation’s or one of the site’s own, or this top-level file, one of the site’s',
    expected:
      'another folder or name: public/<evaluation>/ holds the evaluation’s pages and downloads, and index.html, 404.html, figures.json, figures.csv, sitemap.xml, share.png and the site’s own folders are evalsite’s, so one of the two files would silently replace the other',
  },
  'public-search-folder': {
    section: 'files-under-public',
    found: 'a file in a folder named pagefind at the top of public/, where the site publishes its search index',
    expected: 'another folder name: the build writes the search index into pagefind/ and would publish it over your files',
  },
  'public-image-unsupported': {
    section: 'files-under-public',
    found: ({ extension }: { readonly extension: string }) => `a .${extension} image, whose metadata (such as where and by whom a photo was taken) evalsite cannot remove`,
    expected: 'a JPEG, PNG, GIF, WebP or SVG image: export it in one of these formats',
  },
  'image-metadata-unreadable': {
    section: 'files-under-public',
    found: 'an image whose structure evalsite cannot read, so its metadata (such as where and by whom a photo was taken) cannot be removed',
    expected: 'a whole JPEG, PNG, GIF or WebP file: open it and save it again, or export it as PNG',
  },

  // The site settings (site.yaml): the organisation's name, logo, colours and addresses.
  'site-colour-contrast': {
    section: 'the-site-settings-siteyaml',
    /** The colours are the author's own settings from site.yaml, or evalsite's: never data. */
    found: ({ front, frontColour, back, backColour, ratio }: { readonly front: string; readonly frontColour: string; readonly back: string; readonly backColour: string; readonly ratio: string }) =>
      `${front} ${frontColour} on ${back} ${backColour}: a contrast of ${ratio}`,
    expected: ({ minimum, rule }: { readonly minimum: number; readonly rule: string }) =>
      `a contrast of at least ${minimum}:1 (WCAG AA, for ${rule}): a darker or lighter colour under colours (docs/site-settings.md#colours)`,
  },
  'site-logo-missing': {
    section: 'the-site-settings-siteyaml',
    found: ({ path }: { readonly path: string }) => `no file public/${path}`,
    expected: 'the path of a picture under public/, written from public/ (logo: images/logo.svg for public/images/logo.svg)',
  },
  'site-url-path-differs': {
    section: 'the-site-settings-siteyaml',
    found: ({ basePath }: { readonly basePath: string }) => `a url whose path is not base_path (${basePath})`,
    expected: "the same path in both, or base_path left out (the url's path is then the base path)",
  },

  // Privacy.
  'waiver-column-missing': {
    section: 'privacy',
    found: ({ column, waiver }: { readonly column: string; readonly waiver: number }) => `no column "${column}" (waived in privacy.waivers[${waiver}])`,
    expected: 'a waiver only for a column the file has, written exactly as its header',
  },
  'identifier-column': {
    section: 'privacy',
    /** Names the rule and rows that matched (`rows`: the first few; `count`: all of them), never a value. */
    found: ({ rule, holds, by, rows, count }: { readonly rule: string; readonly holds: string; readonly by: 'header' | 'content'; readonly rows: readonly number[]; readonly count: number }) => {
      const where = by === 'content' ? `on ${count === 1 ? 'row' : 'rows'} ${rows.join(', ')}${count > rows.length ? ` and ${count - rows.length} more` : ''}` : 'by its header';
      return `a column that seems to hold ${holds} (rule ${rule}, ${where})`;
    },
    expected: 'no identifying data in the export: remove the column, or, if it is safe, waive it under privacy.waivers with the reason (docs/privacy.md)',
  },
  'identifying-id-column': {
    section: 'privacy',
    /** Names the rule and rows that matched (`rows`: the first few; `count`: all of them), never a value. */
    found: ({ rule, holds, rows, count }: { readonly rule: string; readonly holds: string; readonly rows: readonly number[]; readonly count: number }) =>
      `a client id column that seems to hold ${holds} (rule ${rule}, on ${count === 1 ? 'row' : 'rows'} ${rows.join(', ')}${count > rows.length ? ` and ${count - rows.length} more` : ''})`,
    expected: 'pseudonymous ids that point to no one without your own records (codes such as P0001): replace the ids in the export, and keep the key to them out of data/ (docs/privacy.md)',
  },
  'identifier-cell-too-long': {
    section: 'privacy',
    /** Names the rows and the limit, never the text. */
    found: ({ rows, count, limit }: { readonly rows: readonly number[]; readonly count: number; readonly limit: number }) =>
      `${count === 1 ? 'a cell' : `${count} cells`} longer than ${String(limit).replace(/\B(?=(\d{3})+$)/g, ',')} characters (on ${count === 1 ? 'row' : 'rows'} ${rows.join(', ')}${count > rows.length ? ` and ${count - rows.length} more` : ''}), which the identifier scan does not read`,
    expected: 'cells of a data export, not documents: remove the column, or the long text from it',
  },
  'identifying-header': {
    section: 'privacy',
    /** Names the column by its position, never by its header, which is the identifier. */
    found: ({ position, holds }: { readonly position: number; readonly holds: readonly string[] }) => `the header of column ${position} seems to hold ${holds.join(' and ')} (not repeated here)`,
    expected: 'a header that says what the column holds, not who: remove the column, or rename its header',
  },
  'identifying-text': {
    section: 'privacy',
    /** `holds`: what the matching rules look for, in words; never the text. */
    found: ({ holds }: { readonly holds: readonly string[] }) => `text that seems to hold ${holds.join(' and ')} (not repeated here)`,
    expected: 'no personal details in what is published: leave them out, or change them so they point to no one (docs/privacy.md)',
  },
  'identifying-file-name': {
    section: 'privacy',
    /** `holds`: what the matching rules look for, in words; never the name. */
    /** Where: the folder, and the entry's place in it in name order (`position` of `entries`); the name is the identifier. */
    found: ({ holds, position, entries }: { readonly holds: readonly string[]; readonly position: number; readonly entries: number }) =>
      `a file or folder name that seems to hold ${holds.join(' and ')} (entry ${position} of ${entries} in this folder, in name order; not repeated here)`,
    expected:
      'a name that points to no one: files under public/ are published under their own names, and the folders of an evaluation and its journey files name their pages, so rename the file or folder (and any reference to it)',
  },
  'disclosure-not-achieved': {
    section: 'privacy',
    /** `figures`: the figures involved, by indicator id and breakdown dimension (`engaged by area`), never a group's value. */
    found: ({ exposed, figures }: { readonly exposed: number; readonly figures: readonly string[] }) =>
      `${exposed} hidden ${exposed === 1 ? 'count' : 'counts'} that the published figures would still reveal${figures.length > 0 ? ` (in ${figures.join(', ')})` : ''}`,
    expected: 'a stricter policy or fewer breakdowns: evalsite could not hide them by secondary suppression',
  },
  'disclosure-audit-unfinished': {
    section: 'privacy',
    /** `figures`: as for disclosure-not-achieved, never a group's value. */
    found: ({ figures }: { readonly figures: readonly string[] }) => `a disclosure audit that could not prove the hidden counts safe${figures.length > 0 ? ` (in ${figures.join(', ')})` : ''}`,
    expected: 'figures the audit can check: remove the breakdown named, or report this as a fault in evalsite (nothing was published)',
  },
  'release-differencing-not-achieved': {
    section: 'privacy',
    /** `figures`: by indicator id and breakdown dimension, never a group's value; `previous`: the previous release's version. */
    found: ({ figures, previous }: { readonly figures: readonly string[]; readonly previous: string }) =>
      `hidden counts that this release and version ${previous} together would reveal (in ${figures.join(', ')})`,
    expected: 'fewer breakdowns of the figures named, or a release when more new clients are in each group: evalsite could not hide them by secondary suppression (docs/privacy.md#two-releases)',
  },
  'release-differencing-unfinished': {
    section: 'privacy',
    /** `previous`: the previous release's version. */
    found: ({ previous }: { readonly previous: string }) => `a disclosure audit of this release beside version ${previous} that could not finish`,
    expected:
      'a previous release whose figures agree with each other and with this release as the same clients and more: check that release.previous names the release just before this one and that its figures.json is as published, or report this as a fault in evalsite (nothing was published)',
  },
  'leak-in-built-site': {
    section: 'privacy',
    /** `origin`: the file and column the value came from, never the value. */
    found: ({ origin }: { readonly origin: string }) => `a value from ${origin}`,
    expected: 'no client id or waived value anywhere in the built site: nothing was published',
  },
  'leak-in-built-file-name': {
    section: 'privacy',
    /** The file's path holds the value, so only its kind is named, with `origin`: where the value came from. */
    found: ({ origin, kind }: { readonly origin: string; readonly kind: string }) => `the name of a built ${kind} file, or of a folder it is in, holds a value from ${origin}`,
    expected: 'no client id or waived value in any file or folder name (look under public/, content/ and the journey files): nothing was published',
  },
} as const satisfies Readonly<Record<string, CatalogueEntry>>;

type Catalogue = typeof PROBLEM_CATALOGUE;

/** The stable code of a recurring kind of problem, e.g. `csv-unclosed-quote`. */
export type ProblemCode = keyof Catalogue;

/** Every code, in catalogue order. */
export const PROBLEM_CODES = Object.keys(PROBLEM_CATALOGUE) as ProblemCode[];

/** The codes of likely mistakes that do not stop a build (`severity: 'warning'`). */
export type WarningCode = { [C in ProblemCode]: Catalogue[C] extends { readonly severity: 'warning' } ? C : never }[ProblemCode];

/** Whether a code is a warning rather than an error. */
export function isWarningCode(code: ProblemCode): code is WarningCode {
  const entry: CatalogueEntry = PROBLEM_CATALOGUE[code];
  return entry.severity === 'warning';
}

type ParamsOfText<T> = T extends (params: infer P) => string ? P : unknown;

/** The parameters a code's wording needs: what its found and expected functions take. */
export type ProblemParams<C extends ProblemCode> = ParamsOfText<Catalogue[C]['found']> & ParamsOfText<Catalogue[C]['expected']>;

/** No argument for a code whose wording is fixed; its parameters otherwise. */
export type ParamsArgument<C extends ProblemCode> = unknown extends ProblemParams<C> ? [] : [params: ProblemParams<C>];

/** The section of docs/errors.md that documents a code. */
export function problemSection(code: ProblemCode): ErrorSection {
  return PROBLEM_CATALOGUE[code].section;
}
