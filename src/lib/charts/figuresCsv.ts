import type { PublishedFigure } from '../figures/publishedFigure.ts';
import { disclosureSymbol } from '../figures/statisticalSymbol.ts';
import { formatFigure } from '../figures/formatFigure.ts';
import { csvCell } from './csvCell.ts';

/** `value` to `places` decimals, halves up, as the one formatter rounds (no thousands separator: a spreadsheet reads it as a number). */
function fixed(value: number, places: number): string {
  const scale = 10 ** places;
  return (Math.floor(value * scale + 0.5 + 1e-9) / scale).toFixed(places);
}

/** The columns every figure table has, whatever its groups. */
const FIXED_COLUMNS = ['figure_id', 'label'] as const;
const VALUE_COLUMNS = ['unit', 'value', 'count', 'base', 'lower', 'upper', 'status', 'shown', 'rounded_to'] as const;

/**
 * A column name for each group dimension, in order: its id, or `group_<id>` where the id is one of
 * the fixed columns (an attribute called `value`), so no header is written twice and a reader or
 * spreadsheet never takes a group for a number. Deterministic: the same ids give the same names.
 */
export function groupColumns(dimensions: readonly string[]): string[] {
  const taken = new Set<string>([...FIXED_COLUMNS, ...VALUE_COLUMNS, ...dimensions]);
  const fixed = new Set<string>([...FIXED_COLUMNS, ...VALUE_COLUMNS]);
  return dimensions.map((dimension) => {
    if (!fixed.has(dimension)) return dimension;
    let name = `group_${dimension}`;
    while (taken.has(name)) name = `group_${name}`;
    taken.add(name);
    return name;
  });
}

/**
 * The figures behind a chart as data: one row per figure, with its groups in columns of their
 * own, and numbers a spreadsheet can sort and sum (`value`, `count`, `base`, `lower`, `upper`),
 * never text such as "33% (17 of 51)". A value disclosure control kept back is empty, with `[c]`
 * in `status` (the government statistical symbol); a value shown only as a range ("over 95%") is
 * empty with `range` in `status`, and the words in `shown`. Every number is one the page shows or
 * works out from what it shows: a share to one decimal from its shown counts, a mean to its
 * scale's decimals, a share's interval to one decimal; `lower` and `upper` are the 95% interval of
 * the published value (Wilson for a share, the source's own for a published difference). CRLF line ends, cells neutralised for spreadsheets.
 */
export function figuresCsv(figures: readonly PublishedFigure[]): string {
  const dimensions = [...new Set(figures.flatMap((figure) => figure.breakdowns.map((part) => part.dimension)))];
  const header = ['figure_id', 'label', ...groupColumns(dimensions), ...VALUE_COLUMNS];
  const rows = figures.map((figure) => {
    const text = formatFigure(figure);
    const groups = dimensions.map((dimension) => figure.breakdowns.find((part) => part.dimension === dimension)?.label ?? '');
    const symbol = disclosureSymbol(figure.disclosure);
    const range = figure.disclosure?.treatment === 'bounded' || (figure.disclosure === null && figure.bound !== null);
    const status = symbol ?? (range ? 'range' : '');
    const exact = status === '';
    const share = figure.unit === 'percent' && figure.numerator !== null && figure.denominator !== null ? { part: figure.numerator, whole: figure.denominator } : null;
    const value = !exact
      ? ''
      : share
        ? fixed((100 * share.part) / share.whole, 1)
        : figure.unit === 'count' || figure.unit === 'gbp'
          ? fixed(figure.value, 0)
          : figure.unit === 'percent'
            ? String(figure.value)
            : fixed(figure.value, figure.decimals ?? 1);
    const counted = share?.part ?? (figure.unit === 'count' ? figure.numerator : null);
    const count = exact && counted !== null ? fixed(counted, 0) : '';
    // A base is given wherever the page gives it: beside a share or a mean, and beside a range it is the range's base.
    const baseShown = figure.disclosure === null || figure.disclosure.baseShown;
    const base = baseShown && figure.unit !== 'count' && figure.denominator !== null ? fixed(figure.denominator, 0) : '';
    // A share's Wilson interval in per cent; else the interval the source published, to the value's decimals.
    const published = figure.publishedInterval;
    const interval = !exact
      ? ['', '']
      : figure.interval
        ? [fixed(figure.interval.lower * 100, 1), fixed(figure.interval.upper * 100, 1)]
        : published
          ? [fixed(published.lower, figure.decimals ?? 1), fixed(published.upper, figure.decimals ?? 1)]
          : ['', ''];
    const rounded = figure.rounding !== undefined && figure.rounding > 1 ? String(figure.rounding) : '';
    return [figure.id, figure.label, ...groups, figure.unit, value, count, base, ...interval, status, exact ? '' : text.value, rounded];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
