import type { PublishedFigure } from './publishedFigure.ts';
import { isSmallBase } from './smallBase.ts';
import type { Disclosure } from './disclosure.ts';

/** A figure as text, in the parts a card, table cell or sentence needs. */
export interface FormattedFigure {
  /** The headline value, e.g. `96%`, `over 90%`, `84`. */
  readonly value: string;
  /** The base, e.g. `81 of 84` for a share or `n = 51` for a mean; empty when there is none. */
  readonly base: string;
  /** The interval, e.g. `95% CI 90.0% to 98.8%`; empty when there is none. */
  readonly interval: string;
  /** The value with its base, for prose: `96% (81 of 84)`, or `100% (6 of 6, small base)`. */
  readonly inline: string;
  /** Whether the base is under SMALL_BASE people. */
  readonly smallBase: boolean;
  /**
   * The figure as it stands in a sentence (`<Indicator>`), its value in bold and the rest after:
   * `96%` + ` (81 of 84)`; for a protected figure its treatment's phrase, which reads in the
   * places a number does: `fewer than 5`, `a number` + ` (too small to publish)`. Never "not
   * shown" or "merged" alone.
   */
  readonly prose: { readonly value: string; readonly rest: string };
  /**
   * For a figure whose counts were rounded (a rounding preset), the note that says so:
   * `Counts rounded to the nearest 5; the percentage is worked out from the rounded counts.`;
   * null otherwise.
   */
  readonly rounded: string | null;
}

const BOUND_WORDS = { over: 'over', under: 'under', about: 'about' } as const;

/**
 * The one formatter for published figures. Rounding rule (docs/indicators.md): percentages to
 * whole numbers, halves rounded up, computed exactly from numerator and denominator when both
 * are known (so 41/84 = 48.81% shows as 49%, and 1/8 = 12.5% as 13%); counts as whole numbers;
 * money to whole pounds; interval bounds to one decimal place; other numbers (means, medians,
 * changes) to the figure's `decimals` (its scale's, `scaleDecimals`), one when it has none, halves up.
 */
export function formatFigure(figure: PublishedFigure): FormattedFigure {
  if (figure.disclosure) return formatDisclosed(figure, figure.disclosure);
  const number = formatValue(figure);
  const rounded = roundedNote(figure);
  // A rounded count, and a share of rounded counts, read "about": the exact number is not known to the reader.
  const about = rounded !== null && (figure.unit === 'percent' || (figure.unit === 'count' && figure.numerator !== null)) ? 'about ' : '';
  const value = figure.bound ? `${BOUND_WORDS[figure.bound]} ${number}` : `${about}${number}`;
  const roundedBase = rounded === null ? '' : 'about ';
  const base =
    figure.unit === 'percent' && figure.numerator !== null && figure.denominator !== null
      ? `${roundedBase}${formatCount(figure.numerator)} of ${formatCount(figure.denominator)}`
      : (figure.unit === 'number' || figure.unit === 'gbp') && figure.denominator !== null
        ? `n = ${roundedBase}${formatCount(figure.denominator)}`
        : '';
  const interval = figure.interval ? `95% CI ${formatTenths(figure.interval.lower * 100)}% to ${formatTenths(figure.interval.upper * 100)}%` : '';
  const smallBase = isSmallBase(figure);
  const note = smallBase ? `${base}, small base` : base;
  const inline = note ? `${value} (${note})` : value;
  return { value, base, interval, inline, smallBase, prose: { value, rest: inline.slice(value.length) }, rounded };
}

/** The note a rounded figure carries, by what was rounded: the count itself, a share's counts, or only a base. */
function roundedNote(figure: PublishedFigure): string | null {
  if (figure.rounding === undefined || figure.rounding <= 1) return null;
  const nearest = `rounded to the nearest ${figure.rounding}`;
  if (figure.unit === 'percent') return `Counts ${nearest}; the percentage is worked out from the rounded counts.`;
  if (figure.unit === 'count' && figure.numerator !== null) return `Count ${nearest}.`;
  return `Number of people ${nearest}.`;
}

/** A protected figure: its treatment's text, with the base only where the treatment allows it. */
function formatDisclosed(figure: PublishedFigure, disclosure: Disclosure): FormattedFigure {
  const rounded = figure.rounding !== undefined && figure.rounding > 1 && disclosure.baseShown ? `Number of people rounded to the nearest ${figure.rounding}.` : null;
  const base = disclosure.baseShown && figure.denominator !== null ? `of ${rounded === null ? '' : 'about '}${formatCount(figure.denominator)}` : '';
  // The phrase's head in bold, its parenthesis after, as a figure that is shown reads.
  const split = disclosure.phrase.indexOf(' (');
  const prose = split < 0 ? { value: disclosure.phrase, rest: '' } : { value: disclosure.phrase.slice(0, split), rest: disclosure.phrase.slice(split) };
  return { value: disclosure.shown, base, interval: '', inline: base ? `${disclosure.shown} (${base})` : disclosure.shown, smallBase: false, prose, rounded };
}

function formatValue(figure: PublishedFigure): string {
  switch (figure.unit) {
    case 'percent':
      return `${figure.numerator !== null && figure.denominator !== null ? roundedPercent(figure.numerator, figure.denominator) : roundHalfUp(figure.value)}%`;
    case 'count':
      return formatCount(roundHalfUp(figure.value));
    case 'gbp': {
      const pounds = roundHalfUp(figure.value);
      return `${pounds < 0 ? '-' : ''}£${formatCount(Math.abs(pounds))}`;
    }
    case 'number':
      return formatNonZero(figure.value, figure.decimals ?? 1);
  }
}

/**
 * A number to its places, except that one which is not zero never reads as zero: a Justice Data
 * Lab difference of 0.04 shows as `0.04`, not `0.0` (which says there was none). Up to two more
 * places, then in words.
 */
function formatNonZero(value: number, places: number): string {
  for (let extra = 0; extra <= 2; extra += 1) {
    const text = formatDecimals(value, places + extra);
    if (value === 0 || Number(text.replace(/,/g, '')) !== 0) return text;
  }
  const smallest = formatDecimals(1 / 10 ** (places + 2), places + 2);
  return value > 0 ? `under ${smallest}` : `between -${smallest} and 0`;
}

/** round(100 × n / d) with halves up, in integers so no floating-point error can tip a half. */
export function roundedPercent(numerator: number, denominator: number): number {
  if (Number.isInteger(numerator) && Number.isInteger(denominator)) {
    return Math.floor((200 * numerator + denominator) / (2 * denominator));
  }
  return roundHalfUp((numerator / denominator) * 100);
}

function roundHalfUp(value: number): number {
  // The small nudge absorbs binary error such as 0.1 × 3 = 0.30000000000000004 below a half.
  return Math.floor(value + 0.5 + 1e-9);
}

/** A whole count with thousands separators: `1,234`. */
export function formatCount(value: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A percentage given to one decimal place, as official statistics publish rates: 25.25 is `25.3%`. */
export function formatPercentTenths(value: number): string {
  return `${formatTenths(value)}%`;
}

function formatTenths(value: number): string {
  return formatDecimals(value, 1);
}

/** `value` to `places` decimal places, halves up (the nudge as in `roundHalfUp`), thousands separated as a count's: 0.875 to 2 places is 0.88, 2039 to 1 is 2,039.0. */
function formatDecimals(value: number, places: number): string {
  const scale = 10 ** places;
  const [whole = '', fraction] = (Math.floor(value * scale + 0.5 + 1e-9) / scale).toFixed(places).split('.');
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/**
 * A figure's base (its number of people) as a chart's subtitle, table or label writes it: `51`,
 * `2,039`, or under a rounding preset `about 50`, as the figure's own text says; empty when it has none.
 */
export function formatBaseCount(figure: Pick<PublishedFigure, 'denominator' | 'rounding'> | undefined): string {
  if (figure?.denominator === undefined || figure.denominator === null) return '';
  return `${figure.rounding !== undefined && figure.rounding > 1 ? 'about ' : ''}${formatCount(figure.denominator)}`;
}
