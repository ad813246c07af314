import type { IndicatorRow } from '../../datasets/datasetRows.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { fromColumns } from '../../figures/derivation.ts';
import { wilsonInterval } from '../../figures/wilsonInterval.ts';
import { indicatorId } from '../../figures/indicatorId.ts';
import { slugify } from '../../text/slug.ts';
import type { IndicatorSetting } from '../../manifest/manifestSchema.ts';
import type { Problem } from '../../problems/problem.ts';
import type { FigureContext } from '../engagement/engagementFigures.ts';
import { problem } from '../../problems/problem.ts';

/**
 * Figures from an `indicators` dataset of published aggregates. Each row's label and definition
 * come from the manifest's `indicators` entry for its id (a published figure never goes out
 * without saying what it counts). A share with numerator and denominator gets its interval; a
 * bounded figure ("over 90%") keeps its bound and no base.
 */
export function aggregateFigures(
  rows: readonly IndicatorRow[],
  settings: readonly IndicatorSetting[],
  context: FigureContext & { readonly file: string; readonly indicatorColumn: string; readonly manifestFile: string },
): { figures: PublishedFigure[]; problems: Problem[]; rowOf: ReadonlyMap<string, number> } {
  const figures: PublishedFigure[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const metric = row.indicator;
    const breakdown = row.group === null ? null : { dimension: 'group', value: slugify(row.group), label: row.group };
    const breakdowns = breakdown ? [breakdown] : [];
    const id = indicatorId(metric, breakdowns);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push(problem('aggregate-row-twice', { file: context.file, row: row.row, column: context.indicatorColumn }, { first: earlier }));
      continue;
    }
    seen.set(id, row.row);
    const setting = settings.find((candidate) => candidate.id === metric || candidate.id === id);
    if (!setting?.label || !setting.definition) {
      problems.push(problem('aggregate-without-definition', { file: context.manifestFile, column: 'indicators' }, { row: row.row, file: context.file }));
      continue;
    }
    // A share has a base when both its counts are given and it was not published as a bound.
    const base = row.unit === 'percent' && row.numerator !== null && row.denominator !== null && row.bound === null ? { numerator: row.numerator, denominator: row.denominator } : null;
    const hasBase = base !== null;
    const value = row.value ?? (base ? (base.numerator / base.denominator) * 100 : (row.numerator ?? 0));
    // The people behind a share the figure shows without its counts: a base of 7 at 14% is 1 person.
    const people = row.unit === 'percent' && !hasBase ? sharePeople(row.numerator, row.denominator, value) : undefined;
    figures.push({
      id,
      metric,
      breakdowns,
      label: breakdown ? `${setting.label} — ${breakdown.label}` : setting.label,
      definition: setting.definition,
      unit: row.unit,
      value,
      numerator: row.unit === 'percent' ? (hasBase ? row.numerator : null) : (row.numerator ?? row.value),
      denominator: hasBase ? row.denominator : null,
      interval: base ? wilsonInterval(base.numerator, base.denominator) : null,
      bound: row.bound,
      provenance: context.provenance,
      source: context.source,
      // A published figure is read from its row: the value as published, or worked out from its counts.
      derivation: fromColumns(context.source, ...(row.value !== null ? ['value'] : row.denominator !== null ? ['numerator', 'denominator'] : ['numerator'])),
      disclosure: null,
      // Published elsewhere: its counts are its own, tied to no other figure's.
      privacy: people ? { kind: 'published', people } : { kind: 'published' },
    });
  }
  return { figures, problems, rowOf: seen };
}

/** A share's counts as far as its row tells: a numerator given, or worked out as the share of a base given (rounded to a whole person). */
function sharePeople(numerator: number | null, denominator: number | null, percent: number): { numerator: number | null; denominator: number | null } | undefined {
  if (numerator === null && denominator === null) return undefined;
  const derived = numerator ?? (denominator === null ? null : Math.min(denominator, Math.max(0, Math.round((percent * denominator) / 100))));
  return { numerator: derived, denominator };
}
