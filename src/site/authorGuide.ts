import { GUIDE_PAGES, renderGuideMarkdown, type GuidePage } from '../lib/index.ts';
import { siteData } from './siteData.ts';
import { sitePath } from './sitePath.ts';

/**
 * The author guide's sources, read from the evalsite folder (Astro's root) when the site is built:
 * evalsite's own docs, never the project's files. Vite reads them as text at build time.
 */
const SOURCES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(import.meta.glob<string>(['/README.md', '/docs/*.md'], { query: '?raw', import: 'default', eager: true })).map(([path, text]) => [path.replace(/^\//, ''), text]),
);

/** The guide's example project (docs/examples/guide-project/), file by file, as its page shows it. */
const EXAMPLE_ROOT = 'docs/examples/guide-project/';
const EXAMPLE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('/docs/examples/guide-project/**/*', { query: '?raw', import: 'default', eager: true })).map(([path, text]) => [
    path.replace(/^\//, '').slice(EXAMPLE_ROOT.length),
    text,
  ]),
);

export interface GuideEntry extends GuidePage {
  readonly title: string;
  readonly href: string;
}

/** Whether this site carries the guide: only when site.yaml says `author_guide: true`. */
export function authorGuideBuilt(): boolean {
  return siteData().settings.authorGuide;
}

/** A guide page's address under the site's base path, with a heading's anchor. */
export function guideHref(slug: string, fragment = ''): string {
  return `${sitePath(slug === '' ? 'guide/' : `guide/${slug}/`)}${fragment === '' ? '' : `#${fragment}`}`;
}

/** The guide's pages, in reading order, those whose file is there; none when the site leaves the guide out. */
export function guideEntries(): GuideEntry[] {
  // An evalsite folder without its docs has no guide to give: none rather than a hollow one.
  if (!authorGuideBuilt() || Object.keys(SOURCES).length === 0) return [];
  return GUIDE_PAGES.filter((page) => (page.file === null ? page.slug !== 'example' || Object.keys(EXAMPLE).length > 0 : SOURCES[page.file] !== undefined)).map((page) => ({
    ...page,
    title: page.file === null ? (GENERATED_TITLES[page.slug] ?? page.slug) : renderedGuidePage(page.file).title,
    href: guideHref(page.slug),
  }));
}

const GENERATED_TITLES: Readonly<Record<string, string>> = { example: 'An example project, file by file', 'summary-components': 'The summary text: components and props' };

const RENDERED = new Map<string, { title: string; html: string }>();

/** A doc as a guide page: its title and HTML, links between docs made links between guide pages. */
export function renderedGuidePage(file: string): { title: string; html: string } {
  const text = SOURCES[file];
  if (text === undefined) throw new Error(`no guide source ${file}`);
  // Every page's contents list needs every title: each doc is rendered once per build.
  let page = RENDERED.get(file);
  if (!page) {
    page = renderGuideMarkdown(file, text, new Set(Object.keys(SOURCES)), guideHref);
    RENDERED.set(file, page);
  }
  return page;
}

/** The order an author writes a project in: the site's settings, the manifest, the data, then the words and pictures. */
const EXAMPLE_ORDER = [/^site\.yaml$/, /^data\/[^/]+\/evaluation\.yaml$/, /^data\//, /\/summary\.mdx$/, /\/theory-of-change\.yaml$/, /\/journeys\//];

/** The example project's files, by their path in the project, in the order an author writes them. */
export function guideExampleFiles(): Array<{ path: string; text: string }> {
  const rank = (path: string) => {
    const index = EXAMPLE_ORDER.findIndex((pattern) => pattern.test(path));
    return index === -1 ? EXAMPLE_ORDER.length : index;
  };
  return Object.entries(EXAMPLE)
    .map(([path, text]) => ({ path, text }))
    .sort((a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
