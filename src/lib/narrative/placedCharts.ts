import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { splitFrontMatter, type ChartChoice } from './checkNarrative.ts';

interface ChartNode {
  readonly type: string;
  readonly name?: string | null;
  readonly attributes?: ReadonlyArray<{ readonly type: string; readonly name?: string; readonly value?: unknown }>;
}

/**
 * The ids of the charts the summary text places with `<Chart kind="…" …/>`, in the order it
 * places them, so the summary's main chart is not drawn a second time on the same page (two
 * copies would share their ids). A text that does not parse places none: checkNarrative reports it.
 */
export function placedCharts(file: string, text: string, charts: readonly ChartChoice[]): string[] {
  let tree;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(splitFrontMatter(file, text).body);
  } catch {
    return [];
  }
  const placed: string[] = [];
  visit(tree, (node) => {
    const element = node as ChartNode;
    if ((element.type !== 'mdxJsxFlowElement' && element.type !== 'mdxJsxTextElement') || element.name !== 'Chart') return;
    const options = Object.fromEntries(
      (element.attributes ?? []).flatMap((attribute) => (typeof attribute.value === 'string' && attribute.name !== undefined ? [[attribute.name, attribute.value]] : [])),
    );
    const { kind, ...rest } = options;
    const chart = charts.find(
      (candidate) => candidate.kind === kind && Object.keys(candidate.options).length === Object.keys(rest).length && Object.entries(rest).every(([name, value]) => candidate.options[name] === value),
    );
    if (chart && !placed.includes(chart.id)) placed.push(chart.id);
  });
  return placed;
}
