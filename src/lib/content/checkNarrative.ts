import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Problem } from '../problems/problem.ts';

/** The figure components an author may place in MDX, and the attribute that names the figure. */
const FIGURE_COMPONENTS = new Set(['Indicator', 'IndicatorCard']);
/** Every component the summary page provides to MDX (src/components/index.ts). */
export const NARRATIVE_COMPONENTS: readonly string[] = [...FIGURE_COMPONENTS];

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
export function checkNarrative(file: string, text: string, figureIds: ReadonlySet<string>): Problem[] {
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
