/** The public surface of evalsite's pure library, for scripts/ and src/components/. */
export type { Problem } from './problems/problem.ts';
export { formatProblem, sortProblems, InputProblems } from './problems/problem.ts';
export type { ReadText } from './datasets/loadDatasets.ts';
export { buildSite } from './pipeline/buildSite.ts';
export { buildEvaluation } from './pipeline/buildEvaluation.ts';
export type { EvaluationResult, SiteData, TargetResult } from './pipeline/evaluationResult.ts';
export type { PublishedFigure } from './figures/publishedFigure.ts';
export { formatFigure, type FormattedFigure } from './figures/formatFigure.ts';
export type { ChartResult, ChartTable } from './charts/chartResult.ts';
export { METRICS } from './indicators/metricCatalogue.ts';
export { figureAnchor } from './indicators/indicatorId.ts';
export { formatDate, formatPeriod } from './dates/formatDate.ts';
export { SMALL_BASE, isSmallBase } from './figures/smallBase.ts';
export { CHART_KINDS, type ChartKind } from './charts/chartResult.ts';
export { formatPValue } from './figures/formatPValue.ts';
