import { problem, type Problem } from '../problems/problem.ts';

/** Files the site writes at its top, whatever its evaluations (robots.txt is left out: an author's own is kept). */
const SITE_FILES: ReadonlySet<string> = new Set(['index.html', '404.html', 'figures.json', 'figures.csv', 'sitemap.xml', 'share.png']);

/**
 * Files under public/ at an address the site writes itself: inside an evaluation's folder (its
 * pages, charts' CSV, SVG and PNG, figures.json, tables, share picture, PDF), inside one of the
 * site's own folders, or one of its top-level files. The site builder would publish one of the two
 * silently (an author's chart CSV in place of the figures' own, or evalsite's PDF over the
 * author's), so such a file is a problem before anything is built.
 */
export function publicAddressClashes(files: readonly string[], evaluationSlugs: readonly string[], siteFolders: ReadonlySet<string>): Problem[] {
  const evaluations = new Set(evaluationSlugs);
  // Located by the folder, whose name is an evaluation's or the site's, never by the file's own name,
  // which is the author's and could hold anything: every file in such a folder clashes. A top-level
  // file is named, as its name is one of the site's own.
  const places = files.flatMap((file) => {
    const [, first = '', ...rest] = file.split('/');
    // pagefind/ has its own problem (public-search-folder).
    if (rest.length > 0) return first !== 'pagefind' && (evaluations.has(first) || siteFolders.has(first) || first === '_astro') ? [`public/${first}`] : [];
    return SITE_FILES.has(first) ? [file] : [];
  });
  return [...new Set(places)].map((place) => problem('public-file-site-address', { file: place }));
}
