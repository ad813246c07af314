/**
 * The author guide (`/guide/` on a built site): evalsite's own docs for authors, each page made
 * from one file in the evalsite folder, so the docs and the guide cannot say different things.
 * In reading order. Developers' pages (ARCHITECTURE.md, CONTRIBUTING.md) are not part of it.
 */
export interface GuidePage {
  /** The page's folder under /guide/. */
  readonly slug: string;
  /** The file it is made from, from the evalsite folder; `null` for a page made from evalsite's code. */
  readonly file: string | null;
  /** What the page is for, on the guide's contents page. */
  readonly summary: string;
  /** Shown only when its file is there (docs/getting-started.md is written separately). */
  readonly optional?: true;
}

export const GUIDE_PAGES: readonly GuidePage[] = [
  { slug: 'getting-started', file: 'docs/getting-started.md', summary: 'From a spreadsheet to a first site, step by step.' },
  { slug: 'preview', file: 'docs/preview.md', summary: 'The live preview: pages that update as you save.' },
  { slug: 'overview', file: 'README.md', summary: 'What evalsite does, how a project is laid out, and the commands.' },
  { slug: 'example', file: null, summary: 'A small, complete example project, file by file: evalsite builds it in its tests, so it always works.' },
  { slug: 'datasets', file: 'docs/datasets.md', summary: 'The kinds of data file, their columns, and an example of each.' },
  { slug: 'manifest', file: 'docs/manifest.md', summary: 'evaluation.yaml, field by field.' },
  { slug: 'summary-components', file: null, summary: 'What the summary text (summary.mdx) may contain: every component and its props, and the HTML it allows.' },
  { slug: 'indicators', file: 'docs/indicators.md', summary: 'Indicator ids, and how to place a figure in a sentence or a card.' },
  { slug: 'charts', file: 'docs/charts.md', summary: 'The charts, and how to place one in the summary.' },
  { slug: 'metrics', file: 'docs/metrics.md', summary: 'How every figure is worked out.' },
  { slug: 'theory-of-change', file: 'docs/theory-of-change.md', summary: 'The theory-of-change file and its diagram.' },
  { slug: 'journeys', file: 'docs/journeys.md', summary: 'Client journeys: the script format and the illustration kit.' },
  { slug: 'taxonomy', file: 'docs/taxonomy.md', summary: 'The outcome themes evaluations are filed under.' },
  { slug: 'privacy', file: 'docs/privacy.md', summary: 'The privacy rules: what is checked, what is protected, and how.' },
  { slug: 'site-settings', file: 'docs/site-settings.md', summary: 'site.yaml: the site’s name, colours, addresses and this guide.' },
  { slug: 'publishing', file: 'docs/publishing.md', summary: 'Putting the built site on the web.' },
  { slug: 'releases', file: 'docs/releases.md', summary: 'Publishing a new release of an evaluation.' },
  { slug: 'report', file: 'docs/report.md', summary: 'The one-page report and its PDF.' },
  { slug: 'comparison', file: 'docs/comparison.md', summary: 'The page of figures several evaluations share.' },
  { slug: 'search', file: 'docs/search.md', summary: 'The site’s search.' },
  { slug: 'performance', file: 'docs/performance.md', summary: 'How long builds take, rebuilds that reuse earlier results, and the benchmark.' },
  { slug: 'errors', file: 'docs/errors.md', summary: 'Every error and warning, what it means and how to fix it.' },
];

/** Docs for the people who change evalsite, not for authors: not in the guide. A new doc goes in GUIDE_PAGES or here (a test checks). */
export const DEVELOPER_DOCS: readonly string[] = ['docs/ARCHITECTURE.md'];

/** The guide's example project, from the evalsite folder: the example page shows its files. */
export const EXAMPLE_PROJECT = 'docs/examples/guide-project';

/** The guide page made from a file (`docs/privacy.md`, `README.md`), by the file's path from the evalsite folder. */
export function guidePageOfFile(file: string): GuidePage | undefined {
  return GUIDE_PAGES.find((page) => page.file === file);
}
