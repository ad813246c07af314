import { STATISTICAL_SYMBOLS } from '../figures/statisticalSymbol.ts';
import type { EvaluationDownload } from './evaluationDownload.ts';

/** What the status column holds, beside the government symbols: a share published only as a range. */
export const STATUS_MEANINGS: ReadonlyArray<readonly [string, string]> = [
  ...Object.entries(STATISTICAL_SYMBOLS),
  ['range', 'Published only as a range (such as "over 95%"): the value is empty and `shown` gives the words the pages show.'],
  ['(empty)', 'Published exactly: the number is in `value`.'],
];

/** The privacy note both downloads carry. */
export const PRIVACY_NOTE =
  'These tables hold only what the website publishes. Every figure passed disclosure control before publication: a figure that could pick someone out is kept back ([c]), merged or shown as a range, and no value here is the true value of a protected figure. The only figures about one person are those of a case study told with that person’s consent, under a pseudonym. No real name or identifier of a person is included.';

/** The columns of every figure table, explained once. */
export const COLUMN_MEANINGS: ReadonlyArray<readonly [string, string]> = [
  ['figure_id', 'The figure’s published id (docs: indicators), the same as in figures.json.'],
  ['label', 'What the figure is, in words.'],
  [
    '(group columns)',
    'One column per breakdown (service, domain, age group…): the group the row is for, empty when the figure is not broken down by it. A breakdown named like another column is headed group_ and its name (group_value).',
  ],
  ['unit', 'percent, count, number (a mean, median or rate) or gbp (pounds).'],
  ['value', 'The figure: a share in per cent to one decimal, a count, a mean to its scale’s decimals, money in whole pounds.'],
  ['count, base', 'For a share, the people counted and the people it is a share of; for a mean, how many it is over.'],
  [
    'lower, upper',
    'The 95% confidence interval of the published value: for a share, its Wilson interval in per cent to one decimal; for a Justice Data Lab difference, the interval the Justice Data Lab published, in the same unit as the value.',
  ],
  ['status', 'Empty when the value is published exactly; otherwise a symbol (below).'],
  ['shown', 'For a figure not published exactly, the words the pages show in its place.'],
  ['rounded_to', 'When counts are rounded to protect people, the base they are rounded to.'],
];

/**
 * The README.txt of the tables zip: what the evaluation is, each file, the columns, the status
 * symbols, the privacy note and how to cite. Plain text with CRLF line ends (it opens as written in
 * Windows Notepad too).
 */
export function tablesReadme(download: EvaluationDownload): string {
  const lines = [
    `${download.title}: published tables`,
    '',
    `Organisation: ${download.organisation}`,
    `Period: ${download.period}`,
    `Published: ${download.published} (version ${download.version})`,
    `Cite as: ${download.citation}`,
    ...(download.sources.length > 0 ? ['Sources:', ...download.sources.map((source) => `  - ${source}`)] : []),
    '',
    'Files',
    ...download.tables.flatMap((table) => [`  ${table.file}: ${table.title}`, ...(table.about ? [`    ${table.about}`] : [])]),
    '',
    'Each CSV is UTF-8 with a header row, one row per figure. Numbers have no thousands separators or % signs, so a spreadsheet reads them as numbers. A cell that a spreadsheet would run as a formula starts with an apostrophe.',
    '',
    'Columns',
    ...COLUMN_MEANINGS.map(([column, meaning]) => `  ${column}: ${meaning}`),
    '',
    'Status symbols (the government statistical symbols)',
    ...STATUS_MEANINGS.map(([symbol, meaning]) => `  ${symbol}: ${meaning}`),
    '',
    'Privacy',
    `  ${PRIVACY_NOTE}`,
    '',
  ];
  return lines.join('\r\n');
}
