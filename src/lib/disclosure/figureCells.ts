import type { PublishedFigure } from '../figures/publishedFigure.ts';

/**
 * The counts of people a figure reveals, named so that the same count shared by several figures
 * (the 6 women referred are a count, the base of their engagement shares and the numerator of
 * their cohort share) is one cell. Disclosure control protects cells, then treats every figure
 * that reveals a protected cell. Worked out from the figure's declared privacy semantics only.
 */
export interface FigureCells {
  /** A count figure's cell, or a share's numerator. */
  readonly numerator: string | null;
  /** A share's or mean's base. */
  readonly denominator: string | null;
}

/** `metric|dimension=value,…`: the key of one count of people. */
export function cellKey(metric: string, breakdowns: ReadonlyArray<{ readonly dimension: string; readonly value: string }>): string {
  return `${metric}|${breakdowns.map(({ dimension, value }) => `${dimension}=${value}`).join(',')}`;
}

/** The metric and breakdowns of a cell key (values are slugs, so `|`, `,` and `=` never occur in them). */
export function parseCellKey(key: string): { readonly metric: string; readonly breakdowns: ReadonlyArray<{ readonly dimension: string; readonly value: string }> } {
  const [metric = '', rest = ''] = key.split('|');
  const breakdowns =
    rest === ''
      ? []
      : rest.split(',').map((pair) => {
          const [dimension = '', value = ''] = pair.split('=');
          return { dimension, value };
        });
  return { metric, breakdowns };
}

/** What a figure's cells are worked out from: its id, semantics, breakdowns, unit and which of its counts exist. */
export type CellSource = Pick<PublishedFigure, 'id' | 'metric' | 'breakdowns' | 'unit' | 'numerator' | 'denominator' | 'privacy'>;

export function figureCells(figure: CellSource): FigureCells {
  const { privacy, metric, breakdowns } = figure;
  switch (privacy.kind) {
    case 'count':
      return { numerator: cellKey(privacy.cell ?? metric, breakdowns), denominator: null };
    case 'share': {
      const baseParts = privacy.dropDimension === undefined ? breakdowns : breakdowns.filter((part) => part.dimension !== privacy.dropDimension);
      return { numerator: cellKey(metric, breakdowns), denominator: cellKey(privacy.base, baseParts) };
    }
    case 'share-of-whole':
      return { numerator: cellKey(privacy.count, breakdowns), denominator: cellKey(privacy.count, []) };
    case 'measure':
      return { numerator: null, denominator: cellKey(privacy.base, breakdowns) };
    case 'consented':
      return { numerator: null, denominator: null };
    case 'published': {
      // Published aggregates: their own cells, with no relations to others.
      const people = figurePeople(figure);
      if (figure.unit === 'percent') return { numerator: people.numerator === null ? null : `${figure.id}#numerator`, denominator: people.denominator === null ? null : `${figure.id}#denominator` };
      if (figure.unit === 'count') return { numerator: `${figure.id}#count`, denominator: null };
      return { numerator: null, denominator: figure.denominator === null ? null : `${figure.id}#base` };
    }
  }
}

/**
 * The counts of people behind a figure: its own numerator and denominator, or, for a published
 * share that does not show them, the ones its row gave (`people` in its semantics).
 */
export function figurePeople(figure: Pick<CellSource, 'numerator' | 'denominator' | 'privacy'>): { readonly numerator: number | null; readonly denominator: number | null } {
  const people = figure.privacy.kind === 'published' ? figure.privacy.people : undefined;
  return { numerator: figure.numerator ?? people?.numerator ?? null, denominator: figure.denominator ?? people?.denominator ?? null };
}
