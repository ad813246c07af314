import type { MetricDefinition } from '../../figures/metricDefinition.ts';
import { JDL_MEASURES, type JdlMeasure } from '../../datasets/justiceDataLabMeasures.ts';

/**
 * One metric per Justice Data Lab measure: the estimated difference between the treatment group
 * and the matched comparison group (treatment minus comparison), as the report published it. Each
 * figure is broken down by `analysis` (the main analysis or a subgroup). Published elsewhere, so
 * tied to no other figure's counts; an outcome resting on a matched comparison (Maryland level 3).
 */
function differenceMetric<M extends JdlMeasure>(measure: M, unitWords: string) {
  return {
    id: `jdl-${measure}-difference`,
    // The unit in the label, so a card reading "-7.0" says what it is -7.0 of.
    label: `${JDL_MEASURES[measure].label}: difference from the matched comparison group, in ${unitWords}`,
    definition: `The Justice Data Lab’s estimate of the treatment group’s ${JDL_MEASURES[measure].label.charAt(0).toLowerCase()}${JDL_MEASURES[measure].label.slice(1)} minus the matched comparison group’s, in ${unitWords}, as its report published it.`,
    unit: 'number',
    privacy: { kind: 'published' },
    outcome: true,
    design: 'matched-comparison',
  } as const satisfies MetricDefinition;
}

export const JDL_METRICS = {
  'jdl-rate-difference': differenceMetric('rate', 'percentage points'),
  'jdl-frequency-difference': differenceMetric('frequency', 'proven re-offences per person'),
  'jdl-days-to-first-difference': differenceMetric('days-to-first', 'days'),
  'jdl-custody-rate-difference': differenceMetric('custody-rate', 'percentage points'),
} as const satisfies Readonly<Record<string, MetricDefinition>>;

/** The metric of a measure's difference. */
export function jdlMetric(measure: JdlMeasure): MetricDefinition {
  return JDL_METRICS[`jdl-${measure}-difference`];
}

/** Decimal places of a measure's difference on its own scale: tenths of a percentage point, hundredths of a re-offence per person, whole days. */
export const DIFFERENCE_DECIMALS: Readonly<Record<JdlMeasure, number>> = { rate: 1, frequency: 2, 'days-to-first': 0, 'custody-rate': 1 };
