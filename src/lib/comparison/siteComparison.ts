import { formatPeriod } from '../dates/formatDate.ts';
import { describeDerivation } from '../figures/describeDerivation.ts';
import { figureAnchor, indicatorId } from '../figures/indicatorId.ts';
import type { EvaluationResult } from '../pipeline/evaluationResult.ts';
import { metricAnchor } from '../pipeline/metricEntries.ts';
import { clipDescription } from '../pipeline/pageDescription.ts';
import type { PublicFigure } from '../pipeline/publicFigure.ts';
import { METRICS } from '../topics/index.ts';
import { SMALL_BASE } from '../figures/smallBase.ts';
import {
  comparisonFacts,
  definedByEvalsite,
  figureDifferences,
  monthsCovered,
  populationText,
  REFUSAL_LABELS,
  refusalCodes,
  type ComparedEntry,
  type ComparisonFacts,
  type Difference,
  type DifferenceCode,
} from './comparisonRules.ts';

/**
 * Maps a breakdown's value to the value comparisons use: the identity for now; a taxonomy
 * crosswalk (a programme's "accommodation-and-housing" and another's "housing" to one domain) can
 * be passed in without changing anything else.
 */
export type Crosswalk = (dimension: string, value: string) => string;

const SAME_ID: Crosswalk = (_dimension, value) => value;

/** One evaluation's figure, as the comparison table shows it: text from the formatter only, never a value of a protected figure. */
export interface ComparisonRow {
  readonly slug: string;
  readonly title: string;
  /** The evaluation's summary page, from the site root (`manchester/`). */
  readonly path: string;
  /** Where the metric is defined on the evaluation's methodology page (`manchester/methodology/#metric-engaged`). */
  readonly definitionPath: string;
  readonly period: string;
  readonly months: number;
  /** The figure as readers see it everywhere else: `49%`, `over 95%`, `fewer than 5`. */
  readonly value: string;
  /** `41 of 84 clients`, `n = 51`, or empty. */
  readonly base: string;
  /** The small-base warning, or null. */
  readonly smallBase: string | null;
  /** How disclosure control treated it, in words. */
  readonly privacy: string;
  readonly definition: string;
  /** Who wrote the definition: evalsite's catalogue, with this evaluation's note, or the evaluation's authors. */
  readonly definedBy: string;
  readonly derivation: string;
  readonly population: string;
  /** Beside which other rows it may be read, and in a few words why not beside the rest (standing, below). */
  readonly standing: { readonly alike: boolean; readonly text: string };
}

/** Two evaluations' figures and whether they may be read side by side. */
export interface ComparisonPair {
  /** Row indexes, the first before the second. */
  readonly first: number;
  readonly second: number;
  /** Refusals and notes, refusals first: a pair with a refusal is not set side by side. */
  readonly differences: readonly Difference[];
  readonly alike: boolean;
}

/** Every figure the site's evaluations publish under one indicator, two evaluations or more. */
export interface IndicatorComparison {
  /** The indicator id as compared (`engaged`, `improved[domain=housing]`). */
  readonly id: string;
  /** HTML id of its heading: `compare-engaged`. */
  readonly anchor: string;
  /** Its own page, from the site root: `compare/engaged/`, `compare/improved-domain-accommodation/`. */
  readonly path: string;
  readonly label: string;
  /** The page's description, for search results and shared links. */
  readonly description: string;
  /** One row per evaluation, by period (earliest first), then title: never by value. */
  readonly rows: readonly ComparisonRow[];
  /**
   * Every pair of rows, in row order, with its reasons in full, when there are at most
   * PAIRS_LISTED_UP_TO rows; none beyond (the groups and each row's standing say it instead).
   */
  readonly pairs: readonly ComparisonPair[];
  /**
   * Groups of two or more rows every pair of which may be read side by side, each a list of row
   * indexes in row order (each row in at most one group, joined in row order).
   */
  readonly alikeGroups: ReadonlyArray<readonly number[]>;
  /** The definition, when every row's is the same word for word; null when they differ (each row then gives its own). */
  readonly sameDefinition: string | null;
  /** What can and cannot be set side by side, in a sentence or two, pointing to the reasons below it on the indicator's page. */
  readonly summary: string;
  /** The same, for the list of indicators (the reasons are on the indicator's page). */
  readonly brief: string;
}

/** The comparison page: the indicators shared by two evaluations or more, in the order of evalsite's catalogue (findings-page order), then the authors' own. */
export interface SiteComparison {
  readonly indicators: readonly IndicatorComparison[];
  /** How many evaluations publish figures at all. */
  readonly evaluationsWithFigures: number;
  /** The page's opening count: how many indicators are shared, and for how many some evaluations can be read side by side. */
  readonly overview: string;
}

/**
 * Up to this many evaluations, an indicator's page lists every pair with its reasons in full.
 * Beyond, the pairs (whose number grows with the square of the evaluations: 4,950 for 100) give
 * way to the groups that can be read side by side and each card's reasons in a few words, so a
 * page, and the build, grow with the number of evaluations only.
 */
export const PAIRS_LISTED_UP_TO = 8;

/** The privacy treatment in words: every word from the data step's own text for the figure. */
function privacyText(figure: PublicFigure): string {
  // The reason disclosure control gave, which says what readers see ("Shown as a range: …").
  if (figure.disclosure !== null) return figure.disclosure.reason;
  if (figure.bound !== null) return 'Published by its source only as a range.';
  if (figure.text.rounded !== null) return figure.text.rounded;
  return 'Shown as computed.';
}

function definedByText(figure: PublicFigure): string {
  if (!definedByEvalsite(figure.metric)) return "The evaluation's authors";
  return figure.definition === METRICS[figure.metric as keyof typeof METRICS].definition ? "evalsite's catalogue" : "evalsite's catalogue, with this evaluation's note";
}

function rowOf(evaluation: EvaluationResult, figure: PublicFigure): ComparisonRow {
  return {
    slug: evaluation.slug,
    title: evaluation.meta.title,
    path: `${evaluation.slug}/`,
    definitionPath: `${evaluation.slug}/methodology/#${metricAnchor(figure.metric)}`,
    period: formatPeriod(evaluation.meta.period),
    months: monthsCovered(evaluation.meta.period),
    value: figure.text.value,
    base: figure.card.base,
    // The small-base rule on the base as published, so a share shown as a range over 18 people is flagged too.
    smallBase: figure.unit !== 'count' && figure.denominator !== null && figure.denominator < SMALL_BASE ? `Small base: fewer than ${SMALL_BASE} people, so read with care.` : null,
    privacy: privacyText(figure),
    definition: figure.definition,
    definedBy: definedByText(figure),
    derivation: describeDerivation(figure.derivation, figure.source),
    population: populationText(evaluation.meta.population),
    standing: { alike: false, text: '' },
  };
}

/** Catalogue position of a metric (its findings-page order); the authors' own indicators after evalsite's. */
const CATALOGUE_ORDER: ReadonlyMap<string, number> = new Map(Object.keys(METRICS).map((metric, index) => [metric, index]));

/**
 * Lines up every indicator two or more evaluations publish. Rows, pairs and groups are ordered by
 * period and title only, so the page reads the same whatever the figures say: no league table.
 */
export function siteComparison(evaluations: readonly EvaluationResult[], crosswalk: Crosswalk = SAME_ID): SiteComparison {
  const byKey = new Map<string, Array<{ evaluation: EvaluationResult; figure: PublicFigure }>>();
  for (const evaluation of evaluations) {
    // A calendar month's figure is one point of a series over time, shared only when periods happen to overlap: not a measure of a programme.
    for (const figure of evaluation.figures.filter((candidate) => !candidate.breakdowns.some((part) => part.dimension === 'month'))) {
      const key = indicatorId(
        figure.metric,
        figure.breakdowns.map(({ dimension, value }) => ({ dimension, value: crosswalk(dimension, value) })),
      );
      const members = byKey.get(key);
      if (members) members.push({ evaluation, figure });
      else byKey.set(key, [{ evaluation, figure }]);
    }
  }
  const shared = [...byKey].filter(([, members]) => new Set(members.map(({ evaluation }) => evaluation.slug)).size >= 2);
  const position = (key: string, metric: string): [number, string] => [CATALOGUE_ORDER.get(metric) ?? CATALOGUE_ORDER.size, key];
  shared.sort(([keyA, [a]], [keyB, [b]]) => {
    const [orderA, idA] = position(keyA, a?.figure.metric ?? '');
    const [orderB, idB] = position(keyB, b?.figure.metric ?? '');
    return orderA - orderB || (idA < idB ? -1 : idA > idB ? 1 : 0);
  });
  // Each indicator's page address, from its id made safe for an address; two ids that come out the same (`a[b=c d]`, `a[b=c-d]`) are told apart by a number.
  const taken = new Set<string>();
  const pageName = (key: string): string => {
    const base = figureAnchor(key);
    let name = base;
    for (let count = 2; taken.has(name); count++) name = `${base}-${count}`;
    taken.add(name);
    return name;
  };
  const indicators = shared.map(([key, members]): IndicatorComparison => {
    const ordered = [...members].sort(
      ({ evaluation: a }, { evaluation: b }) => compareText(a.meta.period.from, b.meta.period.from) || compareText(a.meta.title, b.meta.title) || compareText(a.slug, b.slug),
    );
    const entries: ComparedEntry[] = ordered.map(({ evaluation, figure }) => ({
      slug: evaluation.slug,
      title: evaluation.meta.title,
      period: evaluation.meta.period,
      population: evaluation.meta.population,
      figure,
    }));
    // Whether each pair may be read side by side, from the facts of each figure worked out once:
    // rows with the same facts (factClasses) are asked about once, whatever their number.
    const classes = factClasses(entries.map(comparisonFacts));
    // Every pair with its reasons in full, for a page that can list them; beyond that their number grows with the square of the evaluations.
    const listed = entries.length <= PAIRS_LISTED_UP_TO;
    const pairs: ComparisonPair[] = [];
    if (listed) {
      entries.forEach((first, i) => {
        entries.forEach((second, j) => {
          if (j <= i) return;
          const differences = figureDifferences(first, second);
          pairs.push({ first: i, second: j, differences, alike: differences.every((difference) => difference.severity === 'note') });
        });
      });
    }
    // Each row joins the first group every member of which it may stand beside, in row order. Every
    // member comes before the row, so a group is judged by the classes of its members.
    const groups: Array<{ readonly members: number[]; readonly classes: Set<number> }> = [];
    entries.forEach((_entry, index) => {
      const mine = classes.classOf[index] ?? 0;
      const group = groups.find(({ classes: theirs }) => [...theirs].every((theirClass) => classes.refused(theirClass, mine).length === 0));
      if (group) {
        group.members.push(index);
        group.classes.add(mine);
      } else groups.push({ members: [index], classes: new Set([mine]) });
    });
    const groupOf = new Map(groups.flatMap(({ members }) => members.map((member) => [member, members] as const)));
    const first = ordered[0]?.figure;
    const titles = ordered.map(({ evaluation: { meta } }) => meta.title);
    const rows = ordered.map(({ evaluation, figure }, index) => ({
      ...rowOf(evaluation, figure),
      standing: listed ? standing(index, titles, pairs) : standingAmongMany(classes.othersOf(index), groupOf.get(index) ?? [index]),
    }));
    const alikeGroups = groups.map(({ members }) => members).filter((members) => members.length >= 2);
    const label = first?.label ?? key;
    const name = pageName(key);
    return {
      id: key,
      anchor: `compare-${name}`,
      path: `compare/${name}/`,
      label,
      // Cut at a word to the length search results show: an authors' own indicator may have a long label.
      description: clipDescription(`${label}: the figure as ${rows.length} evaluations publish it, each with its base, period, definition and protection, and whether they can be read side by side.`),
      rows,
      pairs,
      alikeGroups,
      sameDefinition: rows.every((row) => row.definition === rows[0]?.definition) ? (rows[0]?.definition ?? null) : null,
      // Beyond PAIRS_LISTED_UP_TO no reasons are listed below: each card gives its own, above.
      summary: comparisonSummary(rows, alikeGroups, listed),
      brief: comparisonSummary(rows, alikeGroups, false),
    };
  });
  return {
    indicators,
    evaluationsWithFigures: evaluations.filter((evaluation) => evaluation.figures.length > 0).length,
    overview: overviewText(indicators.length, indicators.filter((indicator) => indicator.alikeGroups.length > 0).length),
  };
}

/**
 * A row's standing among the others, for the line on its card: `Can be read beside B.`, `Can be
 * read beside B; not beside A (worked out differently, no time in common).`, or `Not set beside
 * the others: no time in common.` The reasons in full follow the figures.
 */
export function standing(index: number, titles: readonly string[], pairs: readonly ComparisonPair[]): ComparisonRow['standing'] {
  const mine = pairs.filter((pair) => pair.first === index || pair.second === index);
  const other = (pair: ComparisonPair): string => titles[pair.first === index ? pair.second : pair.first] ?? '';
  const beside = mine.filter((pair) => pair.alike).map(other);
  const refused = mine.filter((pair) => !pair.alike);
  const codes = Object.keys(REFUSAL_LABELS).filter((code) => refused.some((pair) => pair.differences.some((difference) => difference.severity === 'refuse' && difference.code === code)));
  const reasons = codes.map((code) => REFUSAL_LABELS[code as keyof typeof REFUSAL_LABELS]).join(', ');
  if (beside.length === 0) return { alike: false, text: `Not set beside ${refused.length === 1 ? 'the other' : 'the others'}: ${reasons}.` };
  if (refused.length === 0) return { alike: true, text: `Can be read beside ${listOf(beside)}.` };
  return { alike: true, text: `Can be read beside ${listOf(beside)}; not beside ${listOf(refused.map(other))} (${reasons}).` };
}

/** Some of the other rows, all with the same facts and on the same side of a row, and the refusals between them and it (none: they may be read beside it). */
export interface OtherRows {
  readonly count: number;
  readonly refused: readonly DifferenceCode[];
}

/**
 * The rows of one indicator, put in classes of rows with the same facts. Every rule reads the
 * facts only (and which row comes first), so the rules are asked once for each pair of classes:
 * a portfolio of hundreds of copies of one programme, or of programmes reporting the same
 * periods, costs what its few distinct classes cost, not the square of its rows.
 */
function factClasses(facts: readonly ComparisonFacts[]): {
  /** Each row's class. */
  readonly classOf: readonly number[];
  /** The refusals between a row of class `earlier` and a later row of class `later` (refusalCodes). */
  readonly refused: (earlier: number, later: number) => readonly DifferenceCode[];
  /** The other rows, as counts by class and side, with their refusals: for standingAmongMany. */
  readonly othersOf: (row: number) => OtherRows[];
} {
  const byKey = new Map<string, number>();
  const first: ComparisonFacts[] = [];
  const rowsOf: number[][] = [];
  const classOf = facts.map((fact, row) => {
    // Every field of the facts, so a fact a rule comes to read is never left out of the class (comparisonFacts makes them in one order).
    const key = JSON.stringify(fact);
    let found = byKey.get(key);
    if (found === undefined) {
      found = first.length;
      byKey.set(key, found);
      first.push(fact);
      rowsOf.push([]);
    }
    rowsOf[found]?.push(row);
    return found;
  });
  const asked = new Map<number, readonly DifferenceCode[]>();
  const refused = (earlier: number, later: number): readonly DifferenceCode[] => {
    const pair = earlier * first.length + later;
    let codes = asked.get(pair);
    if (codes === undefined) asked.set(pair, (codes = refusalCodes(first[earlier] as ComparisonFacts, first[later] as ComparisonFacts)));
    return codes;
  };
  const othersOf = (row: number): OtherRows[] => {
    const mine = classOf[row] ?? 0;
    return rowsOf.flatMap((rows, theirs) => {
      // Rows are listed in order: those of the class before this row, and those after it (never itself).
      const before = countBelow(rows, row);
      const after = rows.length - before - (theirs === mine ? 1 : 0);
      return [...(before > 0 ? [{ count: before, refused: refused(theirs, mine) }] : []), ...(after > 0 ? [{ count: after, refused: refused(mine, theirs) }] : [])];
    });
  };
  return { classOf, refused, othersOf };
}

/** How many of the sorted numbers are below `value`. */
function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A row's standing among many (more than PAIRS_LISTED_UP_TO): whom it may be read beside, by its
 * group (the page's summary names each group), and the reasons, in a few words, it is not set
 * beside the rest. A row may also be alike with some in other groups (each row joins the first
 * group it fits): they are counted, never named. `otherRows` are the other rows, by class (factClasses).
 */
export function standingAmongMany(otherRows: readonly OtherRows[], group: readonly number[]): ComparisonRow['standing'] {
  let beside = 0;
  const reasons = new Set<DifferenceCode>();
  for (const { count, refused } of otherRows) {
    if (refused.length === 0) beside += count;
    for (const code of refused) reasons.add(code);
  }
  const why = (Object.keys(REFUSAL_LABELS) as DifferenceCode[])
    .filter((code) => reasons.has(code))
    .map((code) => REFUSAL_LABELS[code])
    .join(', ');
  const rest = reasons.size === 0 ? '' : `; not beside the rest (${why})`;
  const grouped = group.length - 1;
  const elsewhere = beside - grouped;
  const others = (n: number): string => (n === 1 ? '1 other' : `${n} others`);
  if (beside === 0) return { alike: false, text: `Not set beside the others: ${why}.` };
  if (grouped === 0) return { alike: true, text: `Can be read beside ${others(elsewhere)}, each grouped at the top of the page with some it cannot be read beside${rest}.` };
  const also = elsewhere > 0 ? `, and ${elsewhere} more outside its group` : '';
  return { alike: true, text: `Can be read beside the ${others(grouped)} it is grouped with at the top of the page${also}${rest}.` };
}

/** The page's opening count: `34 figures are published by more than one evaluation. For 5 of them, …; for the other 29, none can.` */
export function overviewText(shared: number, alike: number): string {
  const opening = `${shared === 1 ? '1 figure is' : `${shared} figures are`} published by more than one evaluation.`;
  if (alike === 0) return `${opening} None of them can be set side by side: each says why.`;
  const some = "some of the evaluations' figures can be read side by side";
  if (alike === shared) return `${opening} For ${shared === 1 ? 'it' : 'each of them'}, ${some}.`;
  return `${opening} For ${alike} of them, ${some}; for the other ${shared - alike}, none can. Each says why.`;
}

/** `A and B`, `A, B and C`. */
function listOf(titles: readonly string[]): string {
  return titles.length <= 1 ? (titles[0] ?? '') : `${titles.slice(0, -1).join(', ')} and ${titles.at(-1) ?? ''}`;
}

/** Which rows may be read side by side, and which stand apart. */
export function comparisonSummary(rows: ReadonlyArray<{ readonly title: string }>, alikeGroups: ReadonlyArray<readonly number[]>, reasonsBelow = true): string {
  if (alikeGroups.length === 0) return `None of these figures can be set side by side: each pair differs in a way that matters${reasonsBelow ? ', as set out below' : ''}.`;
  const titles = (group: readonly number[]): string[] => group.map((index) => rows[index]?.title ?? '');
  const together = alikeGroups.map((group) => `${listOf(titles(group))} can be read side by side.`);
  const grouped = new Set(alikeGroups.flat());
  const apart = rows.flatMap((row, index) => (grouped.has(index) ? [] : [row.title]));
  return [...together, ...(apart.length > 0 ? [`${listOf(apart)} ${apart.length === 1 ? 'stands' : 'stand'} apart${reasonsBelow ? ', for the reasons below' : ''}.`] : [])].join(' ');
}

/** Text order by code unit, so the order never depends on the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
