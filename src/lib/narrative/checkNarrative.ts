import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { CHART_KINDS, CHART_METRICS } from '../topics/index.ts';
import type { Problem } from '../problems/problem.ts';
import { problem, type ProblemPlace } from '../problems/problem.ts';
import { parseYamlFile } from '../yaml/parseYamlFile.ts';
import { CODE_SCHEMES, urlScheme } from '../text/urlScheme.ts';
import { allowedAttributes, NARRATIVE_ELEMENTS, URL_ATTRIBUTES } from './narrativeAllowList.ts';
import { z } from 'zod';
import { notMeasuredFor, type NotMeasured } from '../figures/notMeasured.ts';
import type { ProtectedInline } from './protectedInline.ts';
import type { EvidenceStrength } from '../figures/evidenceStrength.ts';
import { causalWording, NOT_IMPROVED_WORDS } from './causalWording.ts';
import type { JdlVerdict } from '../topics/justiceDataLab/jdlResult.ts';
import { mergedOnlyInstead } from './mergedOnlyFigures.ts';

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

interface NarrativeNode {
  readonly type: string;
  readonly name?: string | null;
  readonly attributes?: readonly JsxAttribute[];
  readonly url?: string;
  readonly value?: string;
  readonly identifier?: string;
  readonly data?: { readonly estree?: { readonly body?: readonly unknown[] } };
  readonly position?: { readonly start: { readonly line: number } };
}

/** Markdown and MDX nodes the summary may hold; anything else is refused (see `checkNode`). */
const MARKDOWN_NODES = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'code',
  'inlineCode',
  'text',
  'emphasis',
  'strong',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  // GFM, which Astro turns on: tables, strikethrough, footnotes (their content is checked in its turn).
  'table',
  'tableRow',
  'tableCell',
  'delete',
  'footnoteReference',
  'footnoteDefinition',
]);

/** Schemes a link may use; a relative address, a site path or a #fragment has none and is fine. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/** Schemes an image may use; otherwise a path under public/ starting with "/". */
const IMAGE_SCHEMES = new Set(['http:', 'https:']);

/** The front matter: a title, nothing else (Astro reads it as data; nothing in it may act). */
const FrontMatterSchema = z.strictObject({ title: z.string().optional() });

/**
 * Checks an MDX narrative before Astro renders it. The summary is content, not code: it may hold
 * Markdown, the components evalsite provides and a short list of plain HTML elements
 * (narrativeAllowList.ts), and nothing that runs — no import or export, no expression in braces
 * (a pure comment `{/* … *\/}` is allowed), no element, attribute or address outside the lists.
 * Every `<Indicator id="…" />` must name a published figure of this evaluation, and every
 * `<Chart>` one of its charts. Problems give the file and line, so an author finds the mistake
 * without reading a stack trace; since the data step stops on any problem, Astro never compiles a
 * refused summary. An `<Indicator>` naming a figure in `protectedFigures` (protectedInline.ts) is
 * a warning, not an error: the sentence will read the figure's protected phrase. So is wording
 * that says the service caused a change ("reduced re-offending") in a paragraph with an
 * `<Indicator>` of a figure whose `evidence` is below level 3, or of a Justice Data Lab result
 * whose entry in `verdicts` is not a significant improvement (causalWording.ts).
 */
export function checkNarrative(
  file: string,
  text: string,
  figureIds: ReadonlySet<string>,
  charts: readonly ChartChoice[] = [],
  protectedFigures: ReadonlyMap<string, ProtectedInline> = new Map(),
  unmeasured: readonly NotMeasured[] = [],
  evidence: ReadonlyMap<string, EvidenceStrength> = new Map(),
  verdicts: ReadonlyMap<string, JdlVerdict> = new Map(),
): Problem[] {
  const tooLong = tooLongToRead(file, text);
  if (tooLong) return [tooLong];
  const { body, problems: frontMatterProblems } = splitFrontMatter(file, text);
  let tree;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  } catch (error) {
    const place = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? 'MDX that does not parse';
    return [...frontMatterProblems, problem('mdx-does-not-parse', { file, row: place }, { reason })];
  }
  const problems = [...frontMatterProblems, ...checkTree(file, tree, figureIds, charts, protectedFigures, unmeasured, evidence, verdicts)];
  // Astro compiles the summary with Sätteri, not remark, and with GFM: the two can read the same
  // text differently (a footnote's content, a table cell cut inside a code span), so the tree
  // Astro compiles is checked too, and whatever only it shows is refused as well.
  let compiled;
  try {
    compiled = mdxToMdast(body, { features: { ...ASTRO_FEATURES, frontmatter: false } });
  } catch (error) {
    const place = /^(\d+):\d+:/.exec((error as { message?: string }).message ?? '')?.[1];
    return [...problems, problem('mdx-does-not-parse', { file, row: place === undefined ? undefined : Number(place) }, { reason: 'Astro cannot read it' })];
  }
  const seen = new Set(problems.map(problemKey));
  for (const found of checkTree(file, compiled, figureIds, charts, protectedFigures, unmeasured, evidence, verdicts)) {
    if (!seen.has(problemKey(found))) {
      seen.add(problemKey(found));
      problems.push(found);
    }
  }
  return problems;
}

/**
 * Limits that keep reading the summary quick: the MDX reader takes time that grows with the square
 * of a paragraph's length for some text (a long run of `*a` or `[a]`), so a paragraph (the text
 * between blank lines) of more than 10,000 characters, or a summary of more than 100,000, is
 * refused before it is read. A long summary is a few thousand characters.
 */
export const MAX_SUMMARY_CHARACTERS = 100_000;
export const MAX_PARAGRAPH_CHARACTERS = 10_000;

function tooLongToRead(file: string, text: string): Problem | undefined {
  if (text.length > MAX_SUMMARY_CHARACTERS) return problem('mdx-too-long', { file }, { what: 'a summary text', limit: MAX_SUMMARY_CHARACTERS });
  let row = 1;
  for (const paragraph of text.split(/\n[ \t]*\r?\n/)) {
    if (paragraph.length > MAX_PARAGRAPH_CHARACTERS) return problem('mdx-too-long', { file, row }, { what: 'a paragraph', limit: MAX_PARAGRAPH_CHARACTERS });
    row += paragraph.split('\n').length + 1;
  }
  return undefined;
}

/** The Markdown features Astro's MDX integration compiles with (its defaults: GFM and smart punctuation); front matter is blanked out before, as Astro does. */
const ASTRO_FEATURES = { gfm: true, smartPunctuation: true };

function problemKey(found: Problem): string {
  return `${found.code}\u0000${found.row ?? ''}\u0000${found.column ?? ''}`;
}

/**
 * Front matter as Astro finds it (@astrojs/internal-helpers/frontmatter, copied here since
 * src/lib imports no Astro module): after any blank lines, between `---` (or TOML's `+++`)
 * lines, closing at the first line that starts with either. Astro reads every key of it, and
 * imports the module a `layout` key names, so it is checked exactly where Astro finds it.
 */
const ASTRO_FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(---|\+\+\+)/;

/**
 * The front matter's problems, and the body Astro compiles: the text with its front matter
 * blanked out, lines kept, as Astro does, so lines count from the top of the file.
 */
export function splitFrontMatter(file: string, text: string): { body: string; problems: Problem[] } {
  const match = ASTRO_FRONT_MATTER.exec(text);
  if (!match) return { body: text, problems: [] };
  const [whole, open = '', yaml = '', close = ''] = match;
  const start = match.index + whole.indexOf(open);
  const firstLine = text.slice(0, start).split('\n').length;
  if (open !== '---' || close !== '---') return { body: text, problems: [problem('mdx-front-matter-not-yaml', { file, row: firstLine })] };
  const body = `${text.slice(0, start)}${whole.slice(whole.indexOf(open)).replace(/[^\r\n]/g, ' ')}${text.slice(match.index + whole.length)}`;
  // Empty front matter (`---` twice) is an empty object to Astro.
  if (yaml.trim() === '') return { body, problems: [] };
  const problems = parseYamlFile(file, yaml, FrontMatterSchema).problems.map((found) => ({ ...found, row: (found.row ?? 1) + firstLine - 1 }));
  return { body, problems };
}

/** The problems of one reading of the summary: remark's (with the expressions' syntax trees) or Sätteri's. */
function checkTree(
  file: string,
  tree: unknown,
  figureIds: ReadonlySet<string>,
  charts: readonly ChartChoice[],
  protectedFigures: ReadonlyMap<string, ProtectedInline>,
  unmeasured: readonly NotMeasured[],
  evidence: ReadonlyMap<string, EvidenceStrength>,
  verdicts: ReadonlyMap<string, JdlVerdict>,
): Problem[] {
  const problems: Problem[] = [];
  const imageLabels = new Set<string>();
  visit(tree as Parameters<typeof visit>[0], 'imageReference', (node) => {
    imageLabels.add((node as NarrativeNode).identifier ?? '');
  });
  visit(tree as Parameters<typeof visit>[0], (node) => {
    const element = node as NarrativeNode;
    const line = element.position?.start.line;
    const at = (column?: string): ProblemPlace => ({ file, row: line, column });
    switch (element.type) {
      case 'mdxjsEsm':
        problems.push(problem('mdx-import-export', at()));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // `{/* a note */}` compiles to nothing; anything else is code that runs.
        if (!isOnlyComments(element)) problems.push(problem('mdx-expression', at()));
        return;
      case 'link':
        problems.push(...checkUrl(element.url ?? '', 'link', at()));
        return;
      case 'image':
        problems.push(...checkUrl(element.url ?? '', 'image', at()));
        return;
      case 'definition':
        problems.push(...checkUrl(element.url ?? '', imageLabels.has(element.identifier ?? '') ? 'image' : 'link', at()));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...checkElement(element, figureIds, charts, protectedFigures, unmeasured, at));
        return;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        // Only the block's words are looked at, never printed: the warning quotes evalsite's own phrase.
        for (const found of causalWording(element, evidence, verdicts)) {
          const place = { file, row: found.line ?? line };
          problems.push(
            found.verdict === null
              ? problem('mdx-causal-wording', place, { phrase: found.phrase, id: found.id, level: found.evidence.level, design: found.evidence.label, suggestion: found.suggestion })
              : problem('mdx-causal-wording-not-significant', place, { phrase: found.phrase, id: found.id, result: NOT_IMPROVED_WORDS[found.verdict], suggestion: found.suggestion }),
          );
        }
        return;
      default:
        if (!MARKDOWN_NODES.has(element.type)) problems.push(problem('mdx-element-not-allowed', at(), { name: element.type, elements: NARRATIVE_ELEMENTS }));
    }
  });
  return problems;
}

/**
 * Whether an expression holds only comments: remark's parse gives its syntax tree; Sätteri's gives
 * only its text, read left to right as JavaScript would (a comment can only start between tokens,
 * so text made only of comments and spaces is nothing else).
 */
function isOnlyComments(element: NarrativeNode): boolean {
  const body = element.data?.estree?.body;
  if (body) return body.length === 0;
  return (element.value ?? '').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').trim() === '';
}

/** Problems of a summary as content, whatever its figures: what `checkNarrative` finds that is not about ids and charts. */
const FIGURE_CODES: ReadonlySet<string> = new Set([
  'mdx-indicator-without-id',
  'mdx-unknown-indicator',
  'mdx-indicator-not-measured',
  'mdx-chart-without-kind',
  'mdx-unknown-chart-kind',
  'mdx-chart-not-drawable',
  'mdx-chart-not-measured',
  'mdx-chart-options',
]);

/**
 * Checks a summary that belongs to no evaluation (a `content/<slug>/` with no `data/<slug>/`) as
 * content only: Astro compiles it all the same, so nothing in it may run, but it has no figures
 * or charts to check its components against.
 */
export function checkNarrativeContent(file: string, text: string): Problem[] {
  return checkNarrative(file, text, new Set()).filter((found) => !FIGURE_CODES.has(found.code));
}

/** A JSX element: one of the components, or an allowed HTML element with allowed, plain attributes. */
function checkElement(
  element: NarrativeNode,
  figureIds: ReadonlySet<string>,
  charts: readonly ChartChoice[],
  protectedFigures: ReadonlyMap<string, ProtectedInline>,
  unmeasured: readonly NotMeasured[],
  at: (column?: string) => ProblemPlace,
): Problem[] {
  // A fragment, <>…</>, only groups its children, which are checked in their turn.
  if (!element.name) return [];
  const name = element.name;
  const attributes = element.attributes ?? [];
  // Attributes that compute something, {...spread} or name={value}, run code whatever the element.
  if (attributes.some((attribute) => attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string'))) {
    return [problem('mdx-expression', at(name))];
  }
  const isComponent = /^[A-Z]/.test(name);
  if (isComponent) {
    if (!NARRATIVE_COMPONENTS.includes(name)) return [problem('mdx-unknown-component', at(name), { name, components: NARRATIVE_COMPONENTS })];
    const unsafe = attributes.find((attribute) => !/^[a-z][a-z0-9-]*$/.test(attribute.name ?? '') || /^on/i.test(attribute.name ?? '') || (FIGURE_COMPONENTS.has(name) && attribute.name !== 'id'));
    if (unsafe)
      return [
        problem('mdx-attribute-not-allowed', at(name), {
          name: unsafe.name ?? '',
          element: `<${name}>`,
          allowed: FIGURE_COMPONENTS.has(name) ? ['id'] : ['kind', 'and the options of docs/charts.md'],
        }),
      ];
    if (name === 'Chart') return checkChart(element, charts, at(name), unmeasured);
    const id = attributes.find((attribute) => attribute.name === 'id')?.value;
    if (typeof id !== 'string') return [problem('mdx-indicator-without-id', at(name), { component: name })];
    if (!figureIds.has(id)) {
      // A figure the data cannot give is not a typing mistake: say so, and why.
      const absent = notMeasuredFor(id, unmeasured);
      return [
        absent
          ? problem('mdx-indicator-not-measured', at(name), { id, reason: absent.reason })
          : problem('mdx-unknown-indicator', at(name), { id, published: figureIds.size, instead: mergedOnlyInstead(id) }),
      ];
    }
    // A card gives the reason beside a protected value; a sentence loses the number.
    const hidden = name === 'Indicator' ? protectedFigures.get(id) : undefined;
    return hidden ? [problem('mdx-indicator-protected', at(name), { id, reads: hidden.reads, suggestion: hidden.suggestion })] : [];
  }
  if (!NARRATIVE_ELEMENTS.includes(name)) return [problem('mdx-element-not-allowed', at(name), { name: `<${name}>`, elements: NARRATIVE_ELEMENTS })];
  const allowed = allowedAttributes(name);
  return attributes.flatMap((attribute): Problem[] => {
    const attributeName = attribute.name ?? '';
    if (!allowed.includes(attributeName)) return [problem('mdx-attribute-not-allowed', at(name), { name: attributeName, element: `<${name}>`, allowed })];
    const value = typeof attribute.value === 'string' ? attribute.value : '';
    if (URL_ATTRIBUTES.has(attributeName)) return checkUrl(value, name === 'img' ? 'image' : 'link', at(name));
    // Any other attribute holding a code address is refused too, in case a browser ever reads it as one.
    const scheme = urlScheme(value);
    return scheme !== undefined && CODE_SCHEMES.includes(scheme) ? [problem('mdx-url-not-allowed', at(name), { kind: 'attribute', scheme })] : [];
  });
}

/** A link may go anywhere on the web, by mail or within the site; an image comes from public/ or the web. */
function checkUrl(url: string, kind: 'link' | 'image', where: ProblemPlace): Problem[] {
  const scheme = urlScheme(url);
  if (scheme === undefined) {
    // Astro imports a relative image as a module; a path under public/ ("/images/a.png") is only copied.
    return kind === 'image' && !url.trim().startsWith('/') ? [problem('mdx-url-not-allowed', where, { kind, scheme: 'a relative path' })] : [];
  }
  return (kind === 'image' ? IMAGE_SCHEMES : LINK_SCHEMES).has(scheme) ? [] : [problem('mdx-url-not-allowed', where, { kind, scheme })];
}

/** `<Chart kind="…" …/>` must name a kind this evaluation has, with options one of its charts has. */
function checkChart(element: NarrativeNode, charts: readonly ChartChoice[], where: ProblemPlace, unmeasured: readonly NotMeasured[]): Problem[] {
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
    // Not drawn because the figures it draws are not measured: say so, and why.
    const metrics = CHART_METRICS[kind] ?? [];
    const absent = unmeasured.find((record) => metrics.includes(record.metric));
    if (absent) return [problem('mdx-chart-not-measured', where, { kind, reason: absent.reason })];
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
