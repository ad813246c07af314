import { csvCell } from '../charts/csvCell.ts';
import { groupColumns } from '../charts/figuresCsv.ts';
import { disclosureSymbol } from '../figures/statisticalSymbol.ts';
import type { PublicFigure } from './publicFigure.ts';

/** `value` to `places` decimals, halves up, as the one formatter rounds (and as the charts' data CSV does). */
function fixed(value: number, places: number): string {
  const scale = 10 ** places;
  return (Math.floor(value * scale + 0.5 + 1e-9) / scale).toFixed(places);
}

/**
 * Every published figure of the site as one tidy table, one row per figure with its evaluation's
 * slug first, in the columns of the charts' data CSV (charts/figuresCsv.ts): each breakdown's
 * group in a column of its own, numbers a spreadsheet can sort and sum, `[c]` in `status` where
 * disclosure control keeps a value back, `range` where a value is shown only as a range (its words
 * in `shown`). Built from public figures, so a protected figure's value cannot reach it. CRLF line
 * ends, cells neutralised for spreadsheets.
 */
export function siteFiguresCsv(evaluations: ReadonlyArray<{ readonly slug: string; readonly figures: readonly PublicFigure[] }>): string {
  const all = evaluations.flatMap(({ slug, figures }) => figures.map((figure) => ({ slug, figure })));
  const dimensions = [...new Set(all.flatMap(({ figure }) => figure.breakdowns.map((part) => part.dimension)))];
  // Group columns named as the charts' CSV names them, so none repeats a fixed column (nor `evaluation`, this file's own).
  const groupNames = groupColumns(dimensions).map((name) => (name === 'evaluation' ? 'group_evaluation' : name));
  const header = ['evaluation', 'figure_id', 'label', ...groupNames, 'unit', 'value', 'count', 'base', 'lower', 'upper', 'status', 'shown', 'rounded_to'];
  const rows = all.map(({ slug, figure }) => {
    const groups = dimensions.map((dimension) => figure.breakdowns.find((part) => part.dimension === dimension)?.label ?? '');
    const symbol = disclosureSymbol(figure.disclosure);
    const range = figure.disclosure?.treatment === 'bounded' || (figure.disclosure === null && figure.bound !== null);
    const status = symbol ?? (range ? 'range' : '');
    const exact = status === '' && figure.value !== null;
    const share = figure.unit === 'percent' && figure.numerator !== null && figure.denominator !== null ? { part: figure.numerator, whole: figure.denominator } : null;
    const value = !exact
      ? ''
      : share
        ? fixed((100 * share.part) / share.whole, 1)
        : figure.unit === 'count' || figure.unit === 'gbp'
          ? fixed(figure.value, 0)
          : figure.unit === 'percent'
            ? String(figure.value)
            : fixed(figure.value, figure.decimals);
    const counted = share?.part ?? (figure.unit === 'count' ? figure.numerator : null);
    const count = exact && counted !== null ? fixed(counted, 0) : '';
    // A public figure keeps its base only where the page shows it (beside a share, a mean, or a range).
    const base = figure.unit !== 'count' && figure.denominator !== null ? fixed(figure.denominator, 0) : '';
    // A share's Wilson interval in per cent; else the interval the source published (a Justice Data Lab difference), as the charts' CSV gives them.
    const published = figure.publishedInterval;
    const interval = !exact
      ? ['', '']
      : figure.interval
        ? [fixed(figure.interval.lower * 100, 1), fixed(figure.interval.upper * 100, 1)]
        : published
          ? [fixed(published.lower, figure.decimals), fixed(published.upper, figure.decimals)]
          : ['', ''];
    return [slug, figure.id, figure.label, ...groups, figure.unit, value, count, base, ...interval, status, exact ? '' : figure.text.value, figure.roundedTo === null ? '' : String(figure.roundedTo)];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
