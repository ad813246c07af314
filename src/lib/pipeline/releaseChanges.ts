import { formatFigure } from '../figures/formatFigure.ts';
import type { PublishedFigure } from '../figures/publishedFigure.ts';
import type { PreviousFigure } from '../disclosure/releaseDifferencing.ts';
import type { Release } from '../manifest/manifestSchema.ts';
import { problem, type Problem } from '../problems/problem.ts';

/** One figure that changed since the previous release: both releases' published text, and why. */
export interface FigureChange {
  readonly id: string;
  readonly label: string;
  /** The previous release's published text (`83% (42 of 50)`, `fewer than 5`), never more than it showed. */
  readonly previous: string;
  /** This release's published text, protected as disclosure control decided. */
  readonly current: string;
  /** The previous release's published value, null where it protected the figure. */
  readonly previousValue: number | null;
  readonly reason: string | null;
}

/** What changed between the previous release and this one, for the changes section and figures.json. */
export interface ReleaseChanges {
  readonly previousVersion: string;
  readonly changed: readonly FigureChange[];
  readonly added: ReadonlyArray<{ readonly id: string; readonly label: string; readonly current: string; readonly reason: string | null }>;
  /** Figures the previous release published and this one does not, by id. */
  readonly removed: ReadonlyArray<{ readonly id: string; readonly reason: string | null }>;
}

/**
 * Compares this release's figures with the previous release's, as readers saw them: a figure
 * changed when its published text differs (value and counts shown, or its protection), never by
 * its true value, so a protected figure's true value is neither compared nor shown. The
 * previous text is worked out again by the one formatter from the published value and counts
 * (with this release's rules for the figure), or is the protected text that release showed.
 * Each changed figure needs a reason: its own in `release.changes` (by figure id, or by indicator
 * id for all its breakdowns), else the release's `reason`; one without is an error, since an
 * unexplained revision is what the Code of Practice asks publishers never to make. A reason for
 * a figure that did not change is a warning (likely a typo or an old entry).
 */
export function releaseChanges(
  release: Release,
  previousVersion: string,
  previous: readonly PreviousFigure[],
  figures: readonly PublishedFigure[],
  manifestFile: string,
  /** The base the previous release rounded its shown counts to (1: not rounded). */
  previousRounding = 1,
): { changes: ReleaseChanges; problems: Problem[] } {
  const before = new Map(previous.map((figure) => [figure.id, figure]));
  const now = new Map(figures.map((figure) => [figure.id, figure]));
  const names = (id: string, entry: string) => id === entry || id.startsWith(`${entry}[`);
  const used = new Set<number>();
  const reasonFor = (id: string): string | null => {
    const index = release.changes.findIndex((change) => names(id, change.figure));
    if (index >= 0) {
      used.add(index);
      return release.changes[index]?.reason ?? null;
    }
    return release.reason ?? null;
  };
  const changed: FigureChange[] = [];
  const added: Array<ReleaseChanges['added'][number]> = [];
  for (const figure of figures) {
    const current = formatFigure(figure).inline;
    const old = before.get(figure.id);
    if (old === undefined) {
      added.push({ id: figure.id, label: figure.label, current, reason: reasonFor(figure.id) });
      continue;
    }
    const text = previousText(figure, old, previousRounding);
    if (text !== current) changed.push({ id: figure.id, label: figure.label, previous: text, current, previousValue: old.treatment === null ? old.value : null, reason: reasonFor(figure.id) });
  }
  const removed = previous.filter((figure) => !now.has(figure.id)).map((figure) => ({ id: figure.id, reason: reasonFor(figure.id) }));
  const problems: Problem[] = [];
  const unexplained = changed.filter((change) => change.reason === null).map((change) => change.id);
  if (unexplained.length > 0) problems.push(problem('release-change-unexplained', { file: manifestFile, column: 'release.changes' }, { figures: unexplained, previous: previousVersion }));
  release.changes.forEach((change, index) => {
    if (!used.has(index)) problems.push(problem('release-reason-unchanged', { file: manifestFile, column: `release.changes[${index}].figure` }, { figure: change.figure, previous: previousVersion }));
  });
  return { changes: { previousVersion, changed, added, removed }, problems };
}

/**
 * The previous release's figure as its readers saw it, worked out by this release's formatter for
 * the same figure: its published value and counts, or the protected text it showed (which the
 * file's check allows only in the words disclosure control uses).
 */
function previousText(current: PublishedFigure, old: PreviousFigure, rounding: number): string {
  // As that release wrote it: "about 45" where it rounded, whatever this release's policy is.
  const { rounding: _now, ...rest } = current;
  const figure: PublishedFigure = old.rounded === true && rounding > 1 ? { ...rest, rounding } : rest;
  if (old.treatment === null) return formatFigure({ ...figure, value: old.value ?? 0, numerator: old.numerator, denominator: old.denominator, interval: null, disclosure: null }).inline;
  return formatFigure({
    ...figure,
    numerator: null,
    denominator: old.denominator,
    interval: null,
    disclosure: { treatment: old.treatment, shown: old.display, phrase: old.display, reason: '', baseShown: old.treatment === 'bounded' && old.denominator !== null },
  }).inline;
}
