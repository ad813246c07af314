import type { CsvTable } from '../csv/parseCsv.ts';
import type { Waiver } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { scanColumn } from './scanColumn.ts';
import { scanIdColumn } from './scanIdColumn.ts';
import { cellIdentifierRules } from './cellIdentifierRules.ts';
import { IDENTIFIER_RULE_DESCRIPTIONS } from './identifierRules.ts';

/** A value that must never appear in the built site, and where it came from (for the message). */
export interface LeakToken {
  readonly token: string;
  readonly origin: string;
}

export interface ScanTableOptions {
  readonly file: string;
  /** The dataset kind, as waivers name it. */
  readonly dataset: Waiver['dataset'];
  /** Header of the declared pseudonymous id column, if the dataset has one. */
  readonly idHeader: string | undefined;
  /** Headers of columns the manifest declares as dates of events (not of birth). */
  readonly dateHeaders: readonly string[];
  /** Headers of declared categories (domain, question, response…): long but repeated labels, not notes. */
  readonly categoryHeaders: readonly string[];
  /** Headers of published aggregates (an indicators dataset's numbers): never read as date serials. */
  readonly aggregateHeaders?: readonly string[];
  /** Every header the manifest maps or declares: their values may be published on purpose. */
  readonly declaredHeaders: readonly string[];
  readonly waivers: readonly Waiver[];
  readonly period: { readonly from: string; readonly to: string };
}

/** The longest cell the scan reads, in characters: a long paragraph, far more than any value an export needs. */
export const CELL_CAP = 10_000;

/**
 * The direct-identifier scan over every column of one file, declared or not. A finding fails the
 * build naming the file, column, rule and rows, never the value; a waived column is let through
 * but its values, like every pseudonymous id, become tokens the built site is searched for.
 */
export function scanTable(table: CsvTable, options: ScanTableOptions): { problems: Problem[]; tokens: LeakToken[] } {
  const { file, dataset, idHeader, dateHeaders, categoryHeaders, declaredHeaders, waivers, period, aggregateHeaders = [] } = options;
  const problems: Problem[] = [];
  const tokens: LeakToken[] = [];
  waivers.forEach((waiver, index) => {
    if (waiver.dataset === dataset && !table.header.includes(waiver.column)) {
      problems.push(problem('waiver-column-missing', { file, row: 1 }, { column: waiver.column, waiver: index }));
    }
  });
  const rows = table.records.map((record) => record.row);
  table.header.forEach((header, index) => {
    const cells = table.records.map((record) => record.cells[index] ?? '');
    const role = header === idHeader ? 'pseudonymous-id' : dateHeaders.includes(header) ? 'declared-date' : 'other';
    const waived = waivers.some((waiver) => waiver.dataset === dataset && waiver.column === header);
    // Ids are never published; a waived column that no figure uses must never be either. A waived
    // declared column (an attribute, say) is published on purpose, so its values are not searched.
    if (role === 'pseudonymous-id' || (waived && !declaredHeaders.includes(header))) {
      const origin = `${file}, column ${header}`;
      for (const cell of new Set(cells.map((value) => value.trim()).filter((value) => value !== ''))) tokens.push({ token: cell, origin });
    }
    if (waived) return;
    // A header is text too, and every problem with its column prints it: one holding an
    // identifier is reported by position, and its column by nothing else.
    const headerRules = cellIdentifierRules(header.slice(0, CELL_CAP));
    if (headerRules.length > 0) {
      problems.push(problem('identifying-header', { file, row: 1 }, { position: index + 1, holds: headerRules.map((rule) => IDENTIFIER_RULE_DESCRIPTIONS[rule]) }));
      return;
    }
    // A cell past the cap is refused, not read: no export needs one, and a bounded cell keeps the scan fast.
    const tooLong = rows.filter((_, i) => (cells[i] ?? '').length > CELL_CAP);
    if (tooLong.length > 0) {
      problems.push(problem('identifier-cell-too-long', { file, row: tooLong[0], column: header }, { rows: tooLong.slice(0, 5), count: tooLong.length, limit: CELL_CAP }));
    }
    const scanned = tooLong.length === 0 ? cells : cells.map((cell) => (cell.length > CELL_CAP ? '' : cell));
    // A client id must be a pseudonym: one that is a name, an email address or the like is reported, by rule and rows.
    if (role === 'pseudonymous-id') {
      for (const { rule, rows: matched, count } of scanIdColumn(scanned, rows)) {
        problems.push(problem('identifying-id-column', { file, row: matched[0] ?? 1, column: header }, { rule, holds: IDENTIFIER_RULE_DESCRIPTIONS[rule], rows: matched, count }));
      }
    }
    const findings = scanColumn({ header, cells: scanned, rows, role, period, serials: !aggregateHeaders.includes(header) }).filter(
      (finding) => finding.rule !== 'free-text' || !categoryHeaders.includes(header),
    );
    for (const { rule, by, rows: matched, count } of findings) {
      problems.push(problem('identifier-column', { file, row: matched[0] ?? 1, column: header }, { rule, holds: IDENTIFIER_RULE_DESCRIPTIONS[rule], by, rows: matched, count }));
    }
  });
  return { problems, tokens };
}
