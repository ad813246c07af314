/**
 * The Observable Framework twin of a built evalsite site: for each evaluation page, a Framework
 * page with the same text and the same charts, drawn in the reader's browser by Plot from the same
 * data (each chart's CSV download, as JSON). It is how a team would publish the same evaluation
 * with Framework, and it lets the benchmark time the two builds and weigh the two pages.
 *
 * The text is evalsite's own HTML (Framework's Markdown passes HTML through); each chart's two
 * drawings (wide and narrow) become one JavaScript cell. Framework resolves `@observablehq/plot`
 * from node_modules, so the build needs no network; the data is JSON so no CSV parser is fetched.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import Papa from 'papaparse';

const MAIN = /<main\b[^>]*>([\s\S]*?)<\/main>/;
const CHART_PARTS =
  /<figure class="(?:report-)?chart\b[^"]*" id="(?:report-)?(chart-[^"]+)"|<div class="chart-svg chart-svg-wide">[\s\S]*?<\/svg><\/div><div class="chart-svg chart-svg-narrow">[\s\S]*?<\/svg><\/div>/g;

/** Markdown would read indented or blank-separated HTML as text: each chunk of HTML is kept on one line, starting with a tag. */
function oneLine(html: string): string {
  return html.replace(/\s*\n\s*/g, ' ').trim();
}

/** The evaluation pages of a built site: every HTML page under each evaluation's folder. */
export function evaluationPages(dist: string, slugs: readonly string[]): string[] {
  return slugs.flatMap((slug) =>
    readdirSync(join(dist, slug), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
      .sort(),
  );
}

function chartCell(dataFile: string): string {
  // A horizontal bar per row, as most of evalsite's charts are; rows without a value (protected) are left out, as evalsite leaves them undrawn.
  return [
    '```js',
    `const rows = (await FileAttachment(${JSON.stringify(dataFile)}).json()).filter((row) => typeof row.value === "number");`,
    'display(Plot.plot({marginLeft: 220, width: Math.min(width, 960), x: {grid: true}, marks: [Plot.barX(rows, {x: "value", y: "label", fill: "#1d4e89"}), Plot.text(rows, {x: "value", y: "label", text: "value", dx: 4, textAnchor: "start"}), Plot.ruleX([0])]}));',
    '```',
  ].join('\n');
}

function chartJson(csvText: string): string {
  const parsed = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true });
  const rows = parsed.data.map((row) => ({ label: row.label ?? '', value: row.value === undefined || row.value === '' ? null : Number(row.value) }));
  return JSON.stringify(rows);
}

/** The Markdown of one page: its main content's HTML with each chart's drawings replaced by a Plot cell. */
export function twinMarkdown(html: string, dataFileOf: (chartId: string) => string): { markdown: string; charts: string[] } {
  const main = MAIN.exec(html)?.[1] ?? '';
  // Each pair of drawings belongs to the chart figure opened before it (a chart told in a sentence has none).
  const drawn: string[] = [];
  const parts: string[] = [];
  let from = 0;
  let figure = '';
  for (const match of main.matchAll(CHART_PARTS)) {
    if (match[1] !== undefined) {
      figure = match[1];
      continue;
    }
    parts.push(oneLine(main.slice(from, match.index)));
    parts.push(chartCell(dataFileOf(figure)));
    drawn.push(figure);
    from = match.index + match[0].length;
  }
  parts.push(oneLine(main.slice(from)));
  const body = parts.join('\n\n');
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Page';
  const markdown = ['---', `title: ${JSON.stringify(title)}`, '---', '', '```js', 'import * as Plot from "@observablehq/plot";', '```', '', body, ''].join('\n');
  return { markdown, charts: drawn };
}

/**
 * Writes the twin project into `twinRoot` from the built site in `dist`, for the given evaluations.
 * Returns the number of pages and charts written.
 */
export function writeFrameworkTwin(dist: string, slugs: readonly string[], twinRoot: string, nodeModules: string): { pages: number; charts: number } {
  const src = join(twinRoot, 'src');
  mkdirSync(src, { recursive: true });
  // Search on, as evalsite's site has search; no sidebar or pager, as evalsite's pages list no other evaluation's pages.
  writeFileSync(join(twinRoot, 'observablehq.config.js'), 'export default {root: "src", title: "Framework twin", sidebar: false, pager: false, search: true};\n');
  symlinkSync(nodeModules, join(twinRoot, 'node_modules'), 'dir');
  let charts = 0;
  const pages = evaluationPages(dist, slugs);
  for (const page of pages) {
    const slug = page.split('/')[0] ?? '';
    const html = readFileSync(join(dist, page), 'utf8');
    const target = join(src, page.replace(/\.html$/, '.md'));
    mkdirSync(dirname(target), { recursive: true });
    const dataFolder = join(src, slug, 'data');
    mkdirSync(dataFolder, { recursive: true });
    const twin = twinMarkdown(html, (id) => `./${relative(dirname(target), join(dataFolder, `${id}.json`))}`.replace(/^\.\/\.\.\//, '../'));
    for (const id of twin.charts) writeFileSync(join(dataFolder, `${id}.json`), chartJson(readFileSync(join(dist, slug, 'charts', `${id}.csv`), 'utf8')));
    charts += twin.charts.length;
    writeFileSync(target, twin.markdown);
  }
  // The files the pages link to (chart downloads, tables, images): Framework copies every local file a page links to, as evalsite publishes them.
  for (const slug of slugs) {
    for (const entry of readdirSync(join(dist, slug), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name.endsWith('.html')) continue;
      const from = join(entry.parentPath, entry.name);
      const to = join(src, relative(dist, from));
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
    }
  }
  writeFileSync(join(src, 'index.md'), `# Framework twin\n\n${slugs.map((slug) => `- [${slug}](./${slug}/)`).join('\n')}\n`);
  return { pages: pages.length, charts };
}
