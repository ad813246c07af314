import type { DatasetKind } from '../manifest/manifestSchema.ts';
import type { DatasetsProposal } from './proposeDatasets.ts';
import type { SourceTable } from './sourceTable.ts';
import { identifyingHeader, shownText } from './shownText.ts';

const BY_WORDS = { 'same-name': 'same name', lookalike: 'near spelling: check', 'holds-name': 'words of the name: check', 'usual-word': 'a usual name for it: check' } as const;

/**
 * The proposal as the author reads it before anything is written: per file, the dataset kind,
 * each column read with the header it comes from and its cells' shapes, the headers left out, and
 * what is missing. Headers and file names are shown through shownText; no value from a file is
 * in it, as nothing in a SourceTable holds one.
 */
export function describeProposal(tables: readonly SourceTable[], proposal: DatasetsProposal, figures: readonly string[]): string {
  const lines: string[] = [];
  const shapesOf = (table: SourceTable, header: string) => {
    const column = table.columns.find((candidate) => candidate.header === header);
    if (column === undefined) return '';
    const filled = column.shapes.length === 0 ? 'every cell blank' : column.shapes.join('; ');
    return column.blanks > 0 && column.filled > 0 ? `${filled}; ${column.blanks} blank` : filled;
  };
  tables.forEach((table, index) => {
    const dataset = proposal.datasets.find((candidate) => candidate.table === index);
    const unmatched = proposal.unmatched.find((candidate) => candidate.table === index);
    lines.push(`${shownText(table.source)}: ${table.rows} row${table.rows === 1 ? '' : 's'}, ${table.columns.length} column${table.columns.length === 1 ? '' : 's'}`);
    if (dataset !== undefined) {
      lines.push(`  read as ${dataset.kind} (docs/datasets.md#${dataset.kind}), copied ${dataset.sheet === undefined ? 'to' : 'with its workbook to'} ${dataset.file}`);
      for (const column of dataset.columns) lines.push(`    ${column.canonical.padEnd(17)} ← ${shownText(column.header)} (${BY_WORDS[column.by]}) — ${shapesOf(table, column.header)}`);
      for (const header of dataset.extra) {
        const holds = identifyingHeader(header);
        lines.push(
          `    ${'(not read)'.padEnd(17)}   ${shownText(header)} — ${holds === undefined ? shapesOf(table, header) : `its name says it holds ${holds}: the build will refuse the file until this column is removed from it`}`,
        );
      }
      if (dataset.absent.length > 0) lines.push(`  not in the file (optional): ${dataset.absent.join(', ')}`);
      if (dataset.needs !== undefined) lines.push(`  not read yet: it needs ${dataset.needs}. Its lines in evaluation.yaml are left commented out.`);
    } else if (unmatched?.reason === 'header-is-data') {
      lines.push('  not read: its first row looks like data, not column names (nothing of it is shown). Export it again with a header row.');
    } else if (unmatched?.nearest !== undefined) {
      const kind: DatasetKind = unmatched.nearest.kind;
      lines.push(
        unmatched.reason === 'kind-taken'
          ? `  not read: another file is already read as ${kind}. Give one file per kind.`
          : `  not read: it is nearest to ${kind} (docs/datasets.md#${kind}), but has no column for ${unmatched.nearest.lacking.join(', ')}. Rename the header, or map it in evaluation.yaml.`,
      );
    }
  });
  lines.push(
    figures.length === 0
      ? 'Headline figures: none yet (they need a clients file).'
      : `Headline figures the data can give, shown as cards and named in the key findings: ${figures.map((id) => `{${id}}`).join(', ')}`,
  );
  return `${lines.join('\n')}\n`;
}
