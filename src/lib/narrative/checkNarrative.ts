import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { CHART_KINDS } from '../charts/chartResult.ts';
import type { Problem } from '../problems/problem.ts';

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
    const problem: Problem = { file, found: `MDX that does not parse (${reason})`, expected: 'valid MDX: close every tag, and escape { and < in prose as \\{ and \\<' };
    return [place === undefined ? problem : { ...problem, row: place }];
  }
  const problems: Problem[] = [];
  visit(tree, (node) => {
    const element = node as JsxNode;
    if (element.type !== 'mdxJsxFlowElement' && element.type !== 'mdxJsxTextElement') return;
    if (!element.name) return;
    const line = element.position?.start.line;
    const at = (rest: Omit<Problem, 'file' | 'row'>): Problem => (line === undefined ? { file, ...rest } : { file, row: line, ...rest });
    if (element.name === 'Chart') {
      problems.push(...checkChart(element, charts).map((rest) => at(rest)));
      return;
    }
    if (!FIGURE_COMPONENTS.has(element.name)) {
      // Lower-case names are plain HTML elements; capitalised ones must be components we provide.
      if (/^[A-Z]/.test(element.name)) {
        problems.push(at({ column: element.name, found: `unknown component <${element.name}>`, expected: `one of the components evalsite provides: ${NARRATIVE_COMPONENTS.map((name) => `<${name}>`).join(', ')}` }));
      }
      return;
    }
    const id = element.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
    if (typeof id !== 'string') {
      problems.push(at({ column: element.name, found: 'no id="…" written as plain text', expected: `<${element.name} id="engaged" /> naming a published indicator (see docs/indicators.md)` }));
    } else if (!figureIds.has(id)) {
      problems.push(at({ column: element.name, found: `unknown indicator id "${id}"`, expected: `an indicator id this evaluation publishes (its figures.json lists all ${figureIds.size})` }));
    }
  });
  return problems;
}

/** `<Chart kind="…" …/>` must name a kind this evaluation has, with options one of its charts has. */
function checkChart(element: JsxNode, charts: readonly ChartChoice[]): Array<Omit<Problem, 'file' | 'row'>> {
  const attributes = element.attributes ?? [];
  const plain = attributes.filter((attribute) => attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string');
  if (plain.length !== attributes.length) {
    return [{ column: 'Chart', found: 'an attribute that is not plain text', expected: 'attributes written as name="value", e.g. <Chart kind="outcome-status" group="service" />' }];
  }
  const options = Object.fromEntries(plain.map((attribute) => [attribute.name ?? '', String(attribute.value)]));
  const { kind, ...rest } = options;
  if (kind === undefined) return [{ column: 'Chart', found: 'no kind="…"', expected: `a chart kind: ${CHART_KINDS.join(', ')}` }];
  if (!(CHART_KINDS as readonly string[]).includes(kind)) return [{ column: 'Chart', found: `unknown chart kind "${kind}"`, expected: `one of ${CHART_KINDS.join(', ')}` }];
  const ofKind = charts.filter((chart) => chart.kind === kind);
  if (ofKind.length === 0) {
    const available = [...new Set(charts.map((chart) => chart.kind))];
    return [{ column: 'Chart', found: `the ${kind} chart, which this evaluation's data cannot draw`, expected: `a kind whose data it has: ${available.join(', ') || '(none: it has no datasets)'}` }];
  }
  const matches = ofKind.some((chart) => sameOptions(chart.options, rest));
  if (matches) return [];
  const describe = (chartOptions: Readonly<Record<string, string>>) => Object.entries(chartOptions).map(([name, value]) => `${name}="${value}"`).join(' ') || '(no options)';
  return [{ column: 'Chart', found: `no ${kind} chart with ${describe(rest)}`, expected: `one of: ${ofKind.map((chart) => describe(chart.options)).join('; ')}` }];
}

function sameOptions(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
