import GithubSlugger from 'github-slugger';
import { defineHastPlugin, markdownToHtml } from 'satteri';
import type { Element } from 'hast';
import { EXAMPLE_PROJECT, GUIDE_PAGES } from './guidePages.ts';

/** How the guide links to one of its pages: the page's slug and the heading's anchor, if any. */
export type GuideHref = (slug: string, fragment: string) => string;

export interface RenderedGuidePage {
  /** The text of the file's first heading. */
  readonly title: string;
  readonly html: string;
}

/**
 * One of evalsite's docs as a guide page. Headings get GitHub's anchors (github-slugger), so
 * `docs/errors.md#cells` and `/guide/errors/#cells` name the same place; a link to another doc in
 * the guide goes to its page (`privacy.md#waivers` → `/guide/privacy/#waivers`); a link to a file
 * that is not a guide page (the developers' ARCHITECTURE.md, a file in the evalsite folder) keeps
 * its words without the link, as the file is not on the site. Raw HTML in a doc is dropped: the
 * docs are Markdown only. Wide tables scroll in their own box on a phone, as on the site's pages.
 * `present` are the guide's files that exist (docs/getting-started.md may not).
 */
export function renderGuideMarkdown(file: string, markdown: string, present: ReadonlySet<string>, href: GuideHref): RenderedGuidePage {
  const slugger = new GithubSlugger();
  let title = '';
  let tables = 0;
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const guide = defineHastPlugin({
    name: 'evalsite-guide',
    raw(node, context) {
      context.removeNode(node);
    },
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'table'],
      visit(node, context) {
        if (node.tagName === 'a') {
          const target = guideTarget(folder, node.properties.href ?? '', present);
          if (target === 'keep') return;
          if (target === 'unlink') context.replaceNode(node, node.children);
          else context.setProperty(node, 'href', href(target.slug, target.fragment));
          return;
        }
        if (node.tagName === 'table') {
          tables += 1;
          const box: Element = { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], role: 'region', ariaLabel: `Table ${tables}`, tabIndex: 0 }, children: [] };
          context.wrapNode(node, box);
          return;
        }
        const text = context.textContent(node);
        if (node.tagName === 'h1' && title === '') title = text;
        context.setProperty(node, 'id', slugger.slug(text));
      },
    },
  });
  const { html } = markdownToHtml(markdown, { hastPlugins: [guide], features: { gfm: { footnotes: false }, frontmatter: false } });
  return { title, html };
}

/** Where a link in a doc goes: left as it is (another site, or a place on the same page), to a guide page, or nowhere. */
function guideTarget(folder: string, href: string, present: ReadonlySet<string>): 'keep' | 'unlink' | { slug: string; fragment: string } {
  if (href === '' || href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return 'keep';
  const [path = '', fragment = ''] = href.split('#', 2);
  const file = resolvePath(folder, path);
  // The example project's folder is shown, file by file, on the guide's example page.
  if (file === EXAMPLE_PROJECT || file.startsWith(`${EXAMPLE_PROJECT}/`)) return { slug: 'example', fragment };
  const page = GUIDE_PAGES.find((candidate) => candidate.file === file && present.has(file));
  return page ? { slug: page.slug, fragment } : 'unlink';
}

/** `docs` + `../README.md` → `README.md`: a relative path resolved from a folder of the evalsite folder. */
function resolvePath(folder: string, path: string): string {
  const parts: string[] = folder === '' ? [] : folder.split('/');
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
