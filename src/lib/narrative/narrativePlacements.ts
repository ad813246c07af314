import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { splitFrontMatter, type ChartChoice } from './checkNarrative.ts';
import { problem, type Problem } from '../problems/problem.ts';

interface PlacedNode {
  readonly type: string;
  readonly name?: string | null;
  readonly attributes?: ReadonlyArray<{ readonly type: string; readonly name?: string; readonly value?: unknown }>;
  readonly position?: { readonly start: { readonly line: number } };
}

/** What the summary text places, each with its line: charts by the id they select, cards by figure id. */
export interface NarrativePlacements {
  readonly charts: ReadonlyArray<{ readonly id: string; readonly line: number | undefined }>;
  readonly cards: ReadonlyArray<{ readonly id: string; readonly line: number | undefined }>;
  /** Figures its sentences give (`<Indicator id="…" />`), by id. */
  readonly inline: ReadonlyArray<{ readonly id: string; readonly line: number | undefined }>;
}

/**
 * The charts (`<Chart kind="…" …/>`, by the chart its options select) and cards
 * (`<IndicatorCard id="…" />`) the summary text places, in its order. A text that does not parse
 * places nothing: checkNarrative reports it.
 */
export function narrativePlacements(file: string, text: string, charts: readonly ChartChoice[]): NarrativePlacements {
  let tree;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(splitFrontMatter(file, text).body);
  } catch {
    return { charts: [], cards: [], inline: [] };
  }
  const placed = {
    charts: [] as Array<{ id: string; line: number | undefined }>,
    cards: [] as Array<{ id: string; line: number | undefined }>,
    inline: [] as Array<{ id: string; line: number | undefined }>,
  };
  visit(tree, (node) => {
    const element = node as PlacedNode;
    if (element.type !== 'mdxJsxFlowElement' && element.type !== 'mdxJsxTextElement') return;
    const options = Object.fromEntries(
      (element.attributes ?? []).flatMap((attribute) => (typeof attribute.value === 'string' && attribute.name !== undefined ? [[attribute.name, attribute.value]] : [])),
    );
    const line = element.position?.start.line;
    if (element.name === 'IndicatorCard' && options['id'] !== undefined) placed.cards.push({ id: options['id'], line });
    if (element.name === 'Indicator' && options['id'] !== undefined) placed.inline.push({ id: options['id'], line });
    if (element.name !== 'Chart') return;
    const { kind, ...rest } = options;
    const chart = charts.find(
      (candidate) => candidate.kind === kind && Object.keys(candidate.options).length === Object.keys(rest).length && Object.entries(rest).every(([name, value]) => candidate.options[name] === value),
    );
    if (chart) placed.charts.push({ id: chart.id, line });
  });
  return placed;
}

/**
 * A chart or card the page would show twice: a `<Chart>` the text places again, or an
 * `<IndicatorCard>` of a headline figure or one placed again. Two copies share their ids, which
 * screen readers and in-page links rely on, so each is an error at its line.
 */
export function repeatedPlacements(file: string, placements: NarrativePlacements, headline: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const seenCharts = new Set<string>();
  for (const { id, line } of placements.charts) {
    if (seenCharts.has(id)) problems.push(problem('mdx-placed-twice', { file, row: line, column: 'Chart' }, { what: 'chart', id }));
    seenCharts.add(id);
  }
  const seenCards = new Set<string>(headline);
  for (const { id, line } of placements.cards) {
    if (seenCards.has(id)) problems.push(problem('mdx-placed-twice', { file, row: line, column: 'IndicatorCard' }, { what: headline.includes(id) ? 'headline card' : 'card', id }));
    seenCards.add(id);
  }
  return problems;
}
