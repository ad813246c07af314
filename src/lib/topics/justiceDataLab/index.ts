import { drawn, type ChartTable } from '../../charts/chartResult.ts';
import { JDL_MEASURES, type JdlMeasure } from '../../datasets/justiceDataLabMeasures.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import { formatPValue } from '../../figures/formatPValue.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { NO_FINDINGS, type Topic } from '../topic.ts';
import { jdlForestPlot } from './jdlForestPlot.ts';
import type { JdlResult } from './jdlResult.ts';
import { jdlSentences, jdlSourceLine } from './jdlSentences.ts';
import { justiceDataLabResults } from './justiceDataLabResults.ts';
import { JDL_METRICS } from './metrics.ts';

const MEASURE_ORDER = Object.keys(JDL_MEASURES) as JdlMeasure[];

const VERDICT_CELL = { better: 'Significant, for the better', worse: 'Significant, for the worse', inconclusive: 'Not significant' } as const;

/** The results of an evaluation with their published figures, as every presentation of them pairs them. */
export function pairedResults(results: readonly JdlResult[], figures: readonly PublishedFigure[]): Array<{ result: JdlResult; figure: PublishedFigure }> {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  return results.flatMap((result) => {
    const figure = byId.get(result.figureId);
    return figure ? [{ result, figure }] : [];
  });
}

/** Every result in one table: the groups' values, the difference with its interval, and the verdict. */
function resultsTable(pairs: ReadonlyArray<{ result: JdlResult; figure: PublishedFigure }>): ChartTable {
  const value = (pair: { result: JdlResult; figure: PublishedFigure }, of: number) => {
    const scale = JDL_MEASURES[pair.result.measure].scale;
    const plain = { ...pair.figure, value: of, numerator: null, denominator: null, interval: null, bound: null, disclosure: null };
    return formatFigure(scale === 'percent' ? { ...plain, unit: 'percent' } : { ...plain, unit: 'number', decimals: scale === 'days' ? 0 : 2 }).value;
  };
  const difference = (pair: { result: JdlResult; figure: PublishedFigure }, of: number) => formatFigure({ ...pair.figure, value: of, denominator: null }).value;
  const count = (pair: { figure: PublishedFigure }, of: number) => formatFigure({ ...pair.figure, unit: 'count', value: of, numerator: of, denominator: null, disclosure: null }).value;
  return {
    caption: 'Justice Data Lab results as the report gives them',
    columns: ['Analysis and measure', 'Treatment group', 'Comparison group', 'Difference', '95% confidence interval', 'p-value', 'Result', 'People (treatment, comparison)'],
    rows: pairs.map((pair) => [
      `${pair.result.analysis}: ${JDL_MEASURES[pair.result.measure].label.toLowerCase()}`,
      value(pair, pair.result.treatmentValue),
      value(pair, pair.result.comparisonValue),
      formatFigure(pair.figure).value,
      `${difference(pair, pair.result.lower)} to ${difference(pair, pair.result.upper)}`,
      pair.result.pValue === null ? 'not given' : formatPValue(pair.result.pValue),
      VERDICT_CELL[pair.result.verdict],
      `${count(pair, pair.result.treatmentN)}, ${count(pair, pair.result.comparisonN)}`,
    ]),
  };
}

/**
 * Justice Data Lab results: the matched-comparison analysis the Ministry of Justice runs for a
 * provider, copied from its report (a `justice_data_lab` dataset, aggregates only). Each result's
 * difference is a published figure resting on a matched comparison (Maryland level 3); the section
 * says each result in sentences as a Justice Data Lab report does, lists them in a table, and draws
 * a forest plot per measure.
 */
export const justiceDataLabTopic = {
  id: 'justice-data-lab',
  section: { id: 'justice-data-lab', title: 'Justice Data Lab results' },
  metrics: JDL_METRICS,
  bases: [],
  sums: [],
  merges: [],
  chartKinds: ['jdl-forest'],
  compute({ manifest, datasets, contextOf }) {
    const config = manifest.datasets.justice_data_lab;
    if (!datasets.justice_data_lab || !config) return NO_FINDINGS;
    const { results, figures } = justiceDataLabResults(datasets.justice_data_lab, config.report, contextOf('justice_data_lab'));
    return {
      figures,
      problems: [],
      jdlResults: results,
      present: ({ figures: protectedFigures, chart }) => {
        const pairs = pairedResults(results, protectedFigures);
        // Published aggregates are never protected; a result whose figure was would not be put in words.
        const worded = pairs.filter((pair) => pair.figure.disclosure === null);
        const paragraphs = worded.map(({ result, figure }) => {
          const said = jdlSentences(result, figure);
          return `${result.analysis}, ${JDL_MEASURES[result.measure].label.toLowerCase()}. ${said.comparison} ${said.treatment} ${said.interval} ${said.verdict} ${said.counts}`;
        });
        const sources = [...new Set(pairs.map((pair) => jdlSourceLine(pair.result)))];
        // The charts' source line names the report beside the data file.
        const context = { ...chart, sources: [...chart.sources, config.report.title] };
        const charts = drawn(
          MEASURE_ORDER.map((measure) =>
            jdlForestPlot(
              pairs.filter((pair) => pair.result.measure === measure).map((pair) => ({ label: pair.result.analysis, ...pair })),
              measure,
              context,
            ),
          ),
        );
        return {
          caveat: { heading: 'What the Justice Data Lab found', paragraphs: [...paragraphs, ...sources] },
          charts,
          tables: [resultsTable(pairs)],
          limitations: [
            'The Justice Data Lab results compare the people it could match with people like them on what official records hold; differences nobody recorded may remain, and people it could not match are not in them.',
          ],
        };
      },
    };
  },
} as const satisfies Topic;
