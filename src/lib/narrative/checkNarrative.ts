import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { CHART_KINDS } from '../topics/index.ts';
import type { Problem } from '../problems/problem.ts';
import { problem, type ProblemPlace } from '../problems/problem.ts';

/** The figure components an author may place in MDX, and the attribute that names the figure. */
const FIGURE_COMPONENTS = new Set(['Indicator', 'IndicatorCard']);
/** Every component the summary page provides to MDX (src/components/index.ts). */
export const NARRATIVE_COMPONENTS: readonly string[] = [...FIGURE_COMPONENTS, 'Chart'];

/** A chart the evaluation has, as `<Chart kind="…" option="…" />` selects it. */
export interface ChartChoice {
  readonly id: string;
  readonly kind: string;
  readonly options: Readonly<Record<string, string>>;
}

interface JsxAttribute {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
}

interface JsxNode {
  readonly type: string;
  readonly name?: string | null;
  readonly attributes?: readonly JsxAttribute[];
  readonly position?: { readonly start: { readonly line: number } };
}

/**
 * Checks an MDX narrative before Astro renders it: the file must parse, and every
 * `<Indicator id="…" />` must name a published figure of this evaluation. Problems give the file
 * and line, so an author finds the typo without reading a stack trace.
 */
export function checkNarrative(file: string, text: string, figureIds: ReadonlySet<string>, charts: readonly ChartChoice[] = []): Problem[] {
  let tree;
  try {
    tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(text);
  } catch (error) {
    const place = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? 'MDX that does not parse';
    return [problem('mdx-does-not-parse', { file, row: place }, { reason })];
  }
  const problems: Problem[] = [];
  visit(tree, (node) => {
    const element = node as JsxNode;
    if (element.type !== 'mdxJsxFlowElement' && element.type !== 'mdxJsxTextElement') return;
    if (!element.name) return;
    const line = element.position?.start.line;
    const at = (column: string): ProblemPlace => ({ file, row: line, column });
    if (element.name === 'Chart') {
      problems.push(...checkChart(element, charts, at('Chart')));
      return;
    }
    if (!FIGURE_COMPONENTS.has(element.name)) {
      // Lower-case names are plain HTML elements; capitalised ones must be components we provide.
      if (/^[A-Z]/.test(element.name)) {
        problems.push(problem('mdx-unknown-component', at(element.name), { name: element.name, components: NARRATIVE_COMPONENTS }));
      }
      return;
    }
    const id = element.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
    if (typeof id !== 'string') {
      problems.push(problem('mdx-indicator-without-id', at(element.name), { component: element.name }));
    } else if (!figureIds.has(id)) {
      problems.push(problem('mdx-unknown-indicator', at(element.name), { id, published: figureIds.size }));
    }
  });
  return problems;
}

/** `<Chart kind="…" …/>` must name a kind this evaluation has, with options one of its charts has. */
function checkChart(element: JsxNode, charts: readonly ChartChoice[], where: ProblemPlace): Problem[] {
  const attributes = element.attributes ?? [];
  const plain = attributes.filter((attribute) => attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string');
  if (plain.length !== attributes.length) {
    return [problem('mdx-chart-attribute-not-plain', where)];
  }
  const options = Object.fromEntries(plain.map((attribute) => [attribute.name ?? '', String(attribute.value)]));
  const { kind, ...rest } = options;
  if (kind === undefined) return [problem('mdx-chart-without-kind', where, { kinds: CHART_KINDS })];
  if (!(CHART_KINDS as readonly string[]).includes(kind)) return [problem('mdx-unknown-chart-kind', where, { kind, kinds: CHART_KINDS })];
  const ofKind = charts.filter((chart) => chart.kind === kind);
  if (ofKind.length === 0) {
    const available = [...new Set(charts.map((chart) => chart.kind))];
    return [problem('mdx-chart-not-drawable', where, { kind, available })];
  }
  const matches = ofKind.some((chart) => sameOptions(chart.options, rest));
  if (matches) return [];
  return [problem('mdx-chart-options', where, { kind, wanted: rest, choices: ofKind.map((chart) => chart.options) })];
}

function sameOptions(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
