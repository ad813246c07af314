import { JDL_MEASURES } from '../../datasets/justiceDataLabMeasures.ts';
import { formatDate } from '../../dates/formatDate.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import { formatPValue } from '../../figures/formatPValue.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import type { JdlResult } from './jdlResult.ts';

/** A result in words, each part a sentence: how a reader of a Justice Data Lab report would be told it. */
export interface JdlSentences {
  /** "For any 100 typical people in the comparison group, 56 committed a proven re-offence within one year (a rate of 56%)." */
  readonly comparison: string;
  /** What the treatment group did, as a difference per 100 people (or in days). */
  readonly treatment: string;
  /** The 95% interval in words: "between 2 and 8 fewer people". */
  readonly interval: string;
  /** The verdict: a significant reduction, a significant increase, or more people needed. */
  readonly verdict: string;
  /** The people in each group, and the records submitted and matched when the report gives them. */
  readonly counts: string;
}

/** The Justice Data Lab's own caution on a result that is not significant, quoted from its reports (docs/metrics.md#justice-data-lab-results). */
export const JDL_NO_EFFECT_CAUTION = 'should not be taken to mean that the programme fails to affect it';

/**
 * A value written by the one formatter, as the figure it belongs to would be: a whole number of
 * people or re-offences per 100, whole days, a frequency to two places, a rate as a percentage.
 */
function written(figure: PublishedFigure, value: number, style: 'whole' | 'tenths' | 'hundredths' | 'percent'): string {
  const plain = { ...figure, value, numerator: null, denominator: null, interval: null, bound: null, disclosure: null };
  return formatFigure(style === 'percent' ? { ...plain, unit: 'percent' } : { ...plain, unit: 'number', decimals: { whole: 0, tenths: 1, hundredths: 2 }[style] }).value;
}

/**
 * An amount that is not zero never reads "0": a whole number where it is one or more, else with the
 * places it needs ("0.4 fewer people", "0.04 days"), as the formatter writes any number. A true zero reads "0".
 */
function amount(figure: PublishedFigure, value: number): string {
  return written(figure, value, 'whole');
}

/** For 100 people, the measure's value: people for a rate, re-offences for a frequency; days as they are. */
function per100(result: JdlResult, value: number): number {
  return JDL_MEASURES[result.measure].scale === 'per-person' ? value * 100 : value;
}

/**
 * The sentences of one result, its numbers through `formatFigure` from its published difference
 * figure. The wording is evalsite's own, after the way Justice Data Lab reports put a result (for
 * any 100 typical people in the comparison group…); only the caution on a result that is not
 * significant is the reports' own words, quoted.
 */
export function jdlSentences(result: JdlResult, figure: PublishedFigure): JdlSentences {
  const whole = (value: number) => amount(figure, value);
  const scale = JDL_MEASURES[result.measure].scale;
  const comparison = whole(per100(result, result.comparisonValue));
  const change = whole(Math.abs(per100(result, result.difference)));
  const lessWord = scale === 'days' ? 'sooner' : 'fewer';
  const moreWord = scale === 'days' ? 'later' : 'more';
  const direction = result.difference < 0 ? lessWord : moreWord;
  // No difference at all: "the equivalent of 0 more people" would read as a change.
  const same = result.difference === 0;
  const sentences = {
    rate: {
      comparison: `For any 100 typical people in the comparison group, ${comparison} committed a proven re-offence within one year (a rate of ${written(figure, result.comparisonValue, 'percent')}).`,
      treatment: same
        ? 'For any 100 typical people in the treatment group, the same number committed a proven re-offence within one year.'
        : `For any 100 typical people in the treatment group, the equivalent of ${change} ${direction} people committed a proven re-offence within one year.`,
    },
    'custody-rate': {
      comparison: `For any 100 typical people in the comparison group, ${comparison} received a custodial sentence for a proven re-offence within one year (a rate of ${written(figure, result.comparisonValue, 'percent')}).`,
      treatment: same
        ? 'For any 100 typical people in the treatment group, the same number received a custodial sentence for a proven re-offence within one year.'
        : `For any 100 typical people in the treatment group, the equivalent of ${change} ${direction} people received a custodial sentence for a proven re-offence within one year.`,
    },
    frequency: {
      comparison: `For any 100 typical people in the comparison group, ${comparison} proven re-offences were committed within one year (a frequency of ${written(figure, result.comparisonValue, 'hundredths')} per person).`,
      treatment: same
        ? 'For any 100 typical people in the treatment group, the same number of proven re-offences were committed within one year.'
        : `For any 100 typical people in the treatment group, the equivalent of ${change} ${direction} proven re-offences were committed within one year.`,
    },
    'days-to-first': {
      comparison: `For people in the comparison group who re-offended within one year, the first proven re-offence came ${comparison} days into the year, on average.`,
      treatment: same
        ? 'For people in the treatment group who re-offended, it came at the same point, on average.'
        : `For people in the treatment group who re-offended, it came the equivalent of ${change} days ${direction}, on average.`,
    },
  }[result.measure];
  const noun = scale === 'days' ? '' : scale === 'per-person' ? ' proven re-offences' : ' people';
  const unit = scale === 'days' ? ' days' : '';
  const lower = per100(result, result.lower);
  const upper = per100(result, result.upper);
  // Smaller change first on one side of zero; from the "less" end to the "more" end across it.
  const range =
    upper <= 0
      ? `between ${whole(Math.abs(upper))} and ${whole(Math.abs(lower))}${unit} ${lessWord}${noun}`
      : lower >= 0
        ? `between ${whole(lower)} and ${whole(upper)}${unit} ${moreWord}${noun}`
        : `between ${whole(Math.abs(lower))}${unit} ${lessWord} and ${whole(upper)}${unit} ${moreWord}${noun}`;
  const p = result.pValue === null ? '' : ` (p-value ${formatPValue(result.pValue)})`;
  const better = {
    rate: 'people who took part were less likely to commit a proven re-offence than similar people who did not',
    'custody-rate': 'people who took part were less likely to be sent to custody for a proven re-offence than similar people who did not',
    frequency: 'people who took part committed fewer proven re-offences than similar people who did not',
    'days-to-first': 'people who took part and re-offended took longer to do so than similar people who did not take part',
  }[result.measure];
  const worse = {
    rate: 'people who took part were more likely to commit a proven re-offence than similar people who did not',
    'custody-rate': 'people who took part were more likely to be sent to custody for a proven re-offence than similar people who did not',
    frequency: 'people who took part committed more proven re-offences than similar people who did not',
    'days-to-first': 'people who took part and re-offended did so sooner than similar people who did not take part',
  }[result.measure];
  const verdict =
    result.verdict === 'better'
      ? `This is a statistically significant ${scale === 'days' ? 'difference for the better' : 'reduction'}${p}: ${better}.`
      : result.verdict === 'worse'
        ? `This is a statistically significant ${scale === 'days' ? 'difference for the worse' : 'increase'}${p}: ${worse}.`
        : `The difference is not statistically significant${p}: more people would need to take part in the programme to tell which way it affects this measure. As Justice Data Lab reports say, this “${JDL_NO_EFFECT_CAUTION}”.`;
  const count = (value: number) => formatFigure({ ...figure, unit: 'count', value, numerator: value, denominator: null, interval: null, bound: null, disclosure: null }).value;
  const records =
    result.recordsSubmitted !== null && result.recordsMatched !== null
      ? `, from ${count(result.recordsSubmitted)} records submitted to the Justice Data Lab, of which ${count(result.recordsMatched)} were matched`
      : result.recordsSubmitted !== null
        ? `, from ${count(result.recordsSubmitted)} records submitted to the Justice Data Lab`
        : '';
  const who = scale === 'days' ? 'people who re-offended' : 'people';
  return {
    comparison: sentences.comparison,
    treatment: sentences.treatment,
    interval: `The 95% confidence interval of the difference is ${range}.`,
    verdict,
    counts: `Treatment group: ${count(result.treatmentN)} ${who}${records}. Comparison group: ${count(result.comparisonN)} ${who}.`,
  };
}

/** The cohort period and the report, as one line under a report's results. */
export function jdlSourceLine(result: JdlResult): string {
  const period = result.cohortFrom !== null && result.cohortTo !== null ? `People who took part from ${formatDate(result.cohortFrom)} to ${formatDate(result.cohortTo)}. ` : '';
  return `${period}Source: ${result.report.title}, Justice Data Lab, Ministry of Justice, published ${formatDate(result.report.published)}${result.report.url ? `, ${result.report.url}` : ''}.`;
}
