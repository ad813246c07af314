/**
 * `evalsite new <slug> [--from <file.csv>]… [--yes] [--root <folder>]` (npm run new): scaffolds an
 * evaluation in the project. Without --from, a manifest with every field explained, content
 * starters and an empty CSV template per dataset kind; with --from, the author's own files read as
 * datasets, the column mapping proposed from their headers and shown with each column's shapes
 * (never a value), and written only once the author agrees (or --yes). The pure logic is in
 * src/lib/scaffold/; this file reads the files, asks, and writes (scripts/io/writeScaffold.ts).
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { formatProblem, problemHelp, redactMessage, redactProblem, type Problem } from '../src/lib/index.ts';
import { isWarning, problem } from '../src/lib/problems/problem.ts';
import { holds } from '../src/lib/identifierScan/redactProblem.ts';
import { readWorkbookTables } from '../src/lib/xlsx/readWorkbookTables.ts';
import { workbookTable } from '../src/lib/xlsx/workbookTable.ts';
import { locateInWorkbooks } from '../src/lib/xlsx/locateInWorkbooks.ts';
import { parseCsv } from '../src/lib/csv/parseCsv.ts';
import { describeColumns, type SourceTable } from '../src/lib/scaffold/sourceTable.ts';
import { proposeDatasets } from '../src/lib/scaffold/proposeDatasets.ts';
import { supportedFigures } from '../src/lib/scaffold/supportedFigures.ts';
import { describeProposal } from '../src/lib/scaffold/describeProposal.ts';
import { scaffoldFiles, type ScaffoldData } from '../src/lib/scaffold/scaffoldFiles.ts';
import { newSlugProblem } from '../src/lib/scaffold/newSlugProblem.ts';
import { shownText } from '../src/lib/scaffold/shownText.ts';
import { decodeText } from './io/decodeText.ts';
import { projectFolderProblem } from './io/projectFolderProblem.ts';
import { writeScaffold } from './io/writeScaffold.ts';

export const NEW_USAGE = `usage: evalsite new <name> [--from <file.csv|file.xlsx>]… [--yes] [--root <folder>]   (npm run new -- <name> …)

  <name>  the new evaluation's folder name and address: lowercase words joined by hyphens
  --from  a file of your own data (CSV, or an Excel .xlsx workbook: each sheet a table) to start from; give it once per file. Your file is only read.
  --yes   write what is proposed without asking (for scripts)
  --root  the project folder holding data/ and content/ (default: the current folder)`;

/** Where the command writes, and how it asks a question (a line from stdin by default). */
export interface NewStreams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
  readonly ask?: (question: string) => Promise<string>;
}

interface NewOptions {
  readonly slug: string;
  readonly from: readonly string[];
  readonly yes: boolean;
  readonly root: string;
}

function parseNewArguments(argv: readonly string[], cwd: string): NewOptions | undefined {
  let slug: string | undefined;
  const from: string[] = [];
  let yes = false;
  let root = cwd;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--yes') yes = true;
    else if (argument === '--from' || argument === '--root') {
      const value = argv[index + 1];
      if (value === undefined) return undefined;
      if (argument === '--from') from.push(resolve(cwd, value));
      else root = resolve(cwd, value);
      index += 1;
    } else if (!argument.startsWith('--') && slug === undefined) slug = argument;
    else return undefined;
  }
  return slug === undefined ? undefined : { slug, from, yes, root };
}

/** One line typed on stdin; an empty answer when stdin ends first (no terminal, nothing piped). */
function askOnStdin(question: string, output: NewStreams['stdout']): Promise<string> {
  output.write(question);
  return new Promise((resolveAnswer) => {
    const lines = createInterface({ input: process.stdin, terminal: false });
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      resolveAnswer(line);
    });
    lines.once('close', () => {
      if (!answered) resolveAnswer('');
    });
  });
}

/** A file given to --from, read (never changed) and described by header and shapes (a workbook: each of its sheets that is a table); or its problems. */
interface ReadSource {
  readonly tables: SourceTable[];
  readonly bytes?: Uint8Array;
  readonly problems: Problem[];
  readonly refused?: string;
  /** Sheets of a workbook left out because they are not tables a dataset can be read from (a chart, an empty sheet, merged cells…), as notes. */
  readonly skipped?: string[];
}

function readSource(path: string, workbookIndex: number): ReadSource {
  const name = basename(path);
  const shown = shownText(name);
  if (/^\.xls$/i.test(extname(path)))
    return { tables: [], problems: [], refused: `${shown} is an old-style Excel workbook (.xls): save it as an Excel Workbook (.xlsx) or as CSV UTF-8 and give that file.` };
  if (!existsSync(path)) return { tables: [], problems: [], refused: `${shown} (--from) was not found.` };
  if (!lstatSync(path).isFile()) return { tables: [], problems: [], refused: `${shown} (--from) is not a file.` };
  const bytes = readFileSync(path);
  if (/^\.xlsx$/i.test(extname(path))) return readWorkbook(name, bytes, workbookIndex);
  const text = decodeText(bytes);
  if (typeof text !== 'string') return { tables: [], problems: [], refused: `${shown} is not saved as UTF-8 text: save it as "CSV UTF-8" and give that file.` };
  const { table, problems } = parseCsv(name, text);
  if (!table) return { tables: [], problems };
  return {
    tables: [
      {
        source: name,
        columns: describeColumns(
          table.header,
          table.records.map((record) => record.cells),
        ),
        rows: table.records.length,
      },
    ],
    bytes,
    problems,
  };
}

/**
 * A workbook's sheets as tables, read by the same reader a build uses (src/lib/xlsx): each sheet
 * that is a table becomes one, named `file.xlsx:Sheet`; a sheet that is not (a chart, an empty or
 * hidden lookup sheet, merged cells) is left out with a note of why, located as Excel shows it,
 * so one title banner on a cover sheet does not stop the others being read.
 */
function readWorkbook(name: string, bytes: Uint8Array, index: number): ReadSource {
  const read = readWorkbookTables(bytes);
  if ('refused' in read) return { tables: [], problems: [problem('xlsx-unreadable', { file: name }, { reason: read.refused })] };
  const tables: SourceTable[] = [];
  const skipped: string[] = [];
  for (const sheet of read.sheets) {
    // A tab named like a person would be written into the manifest and published as the source of its figures: left out, never repeated.
    const identifying = holds(sheet.name);
    if (identifying !== undefined) {
      skipped.push(`${shownText(name)}: a sheet whose name seems to hold ${identifying} — rename the tab to say what it holds (such as Clients), then run this again`);
      continue;
    }
    const { table, problems, place } = workbookTable(name, sheet);
    const errors = locateInWorkbooks(problems, [place]).filter((found) => !isWarning(found));
    if (!table || errors.length > 0) {
      skipped.push(...(errors.length > 0 ? errors : [problem('xlsx-sheet-not-a-table', { file: name, cell: place.sheet })]).map((found) => formatProblem(redactProblem(found))));
      continue;
    }
    tables.push({
      source: `${name}:${sheet.name}`,
      columns: describeColumns(
        table.header,
        table.records.map((record) => record.cells),
      ),
      rows: table.records.length,
      workbook: { index, sheet: sheet.name },
    });
  }
  if (tables.length === 0) return { tables, problems: [], refused: `${shownText(name)} has no sheet that can be read as a table:\n${skipped.map((line) => `  ${line}`).join('\n')}` };
  return { tables, bytes, problems: [], skipped };
}

/** Runs `evalsite new`, returning the exit code: 0 written, 1 nothing written (a problem, or the author said no), 2 usage. */
export async function runNew(argv: readonly string[], streams: NewStreams): Promise<number> {
  const { stdout, stderr } = streams;
  const options = parseNewArguments(argv, streams.cwd);
  if (options === undefined) {
    stderr.write(`${NEW_USAGE}\n`);
    return 2;
  }
  const notAFolder = projectFolderProblem(options.root);
  if (notAFolder !== undefined) {
    stderr.write(`${notAFolder}\n`);
    return 2;
  }
  const { slug } = options;
  const slugProblem = newSlugProblem(slug);
  if (slugProblem !== undefined) {
    stderr.write(`evalsite: ${shownText(slug)} cannot be an evaluation's name: expected ${slugProblem}. Nothing was written. See docs/getting-started.md#if-something-goes-wrong.\n`);
    return 2;
  }
  const taken = [`data/${slug}`, `content/${slug}`].filter((folder) => lstatSync(resolve(options.root, folder), { throwIfNoEntry: false }) !== undefined);
  if (taken.length > 0) {
    stderr.write(
      `evalsite: ${taken.join(' and ')} already exist${taken.length === 1 ? 's' : ''} in ${options.root}: a new evaluation needs a name of its own. Nothing was written or changed. See docs/getting-started.md#if-something-goes-wrong.\n`,
    );
    return 1;
  }

  let data: ScaffoldData | undefined;
  const copies: Uint8Array[] = [];
  if (options.from.length > 0) {
    // Workbooks are numbered among themselves: the second is copied as data-2.xlsx.
    let workbooks = 0;
    const read = options.from.map((path) => readSource(path, /^\.xlsx$/i.test(extname(path)) ? workbooks++ : 0));
    const refused = read.flatMap((source) => (source.refused === undefined ? [] : [source.refused]));
    const problems = read.flatMap((source) => source.problems);
    if (refused.length > 0 || problems.length > 0) {
      stderr.write(`evalsite: ${refused.length + problems.length} problem${refused.length + problems.length === 1 ? '' : 's'} with the files given; nothing was written.\n\n`);
      for (const line of refused) stderr.write(`${line}\n`);
      for (const found of problems) stderr.write(`${formatProblem(redactProblem(found))}\n`);
      if (problems.length > 0) stderr.write(`\nWhat these problems mean: ${problemHelp(problems).join(', ')}.\n`);
      return 1;
    }
    const tables = read.flatMap((source) => source.tables);
    // One copy per table: each sheet of a workbook stands for the whole workbook (scaffoldFiles copies it once).
    for (const source of read) copies.push(...source.tables.map(() => source.bytes ?? new Uint8Array()));
    const skipped = read.flatMap((source) => source.skipped ?? []);
    if (skipped.length > 0)
      stdout.write(
        `Sheets left out, as they cannot be read as a table (nothing to do for a cover or notes sheet; a sheet of data needs what is said here fixed):\n${skipped.map((line) => `  ${line}`).join('\n')}\n\n`,
      );
    const proposal = proposeDatasets(tables);
    stdout.write(describeProposal(tables, proposal, supportedFigures(proposal, tables)));
    if (proposal.datasets.length === 0) {
      stderr.write('evalsite: none of the files could be read as a dataset (docs/datasets.md lists the kinds and their columns); nothing was written.\n');
      return 1;
    }
    data = { tables, proposal };
  }

  const today = new Date().toISOString().slice(0, 10);
  const files = scaffoldFiles(slug, today, data);
  stdout.write(`\nThe new evaluation's files, in ${options.root}:\n${files.map((file) => `  ${file.path}`).join('\n')}\n`);
  if (options.from.length > 0 && !options.yes) {
    const answer = await (streams.ask ?? ((question: string) => askOnStdin(question, stdout)))('Write these files? [y/N] ');
    if (!/^\s*y(es)?\s*$/i.test(answer)) {
      stdout.write('Nothing was written.\n');
      return 1;
    }
  }
  try {
    writeScaffold(
      options.root,
      [`data/${slug}`, `content/${slug}`],
      files.map((file) => ({ path: file.path, bytes: 'text' in file ? file.text : (copies[file.table] ?? new Uint8Array()) })),
    );
  } catch (error: unknown) {
    // A folder of that name made since the check, a full disk, a folder not writable: the project is as it was.
    const reason =
      (error as NodeJS.ErrnoException).code === 'EEXIST'
        ? `data/${slug} or content/${slug} appeared while the files were being written`
        : redactMessage(error instanceof Error ? error.message : String(error));
    stderr.write(`evalsite: the new evaluation could not be written (${reason}); nothing was written or changed.
`);
    return 1;
  }
  // The commands as the author must type them: a project outside the evalsite folder is named with --root.
  const relativeRoot = relative(streams.cwd, options.root);
  const rootFlag = relativeRoot === '' ? '' : ` -- --root ${/\s/.test(relativeRoot) ? `"${relativeRoot}"` : relativeRoot}`;
  stdout.write(
    `\nevalsite: made the evaluation ${slug}. Next: edit data/${slug}/evaluation.yaml (every line is explained there), then run npm run check${rootFlag}, and npm run build${rootFlag} to see the site (or npm run dev${rootFlag} to watch it as you edit). docs/getting-started.md walks through it.\n`,
  );
  return 0;
}
