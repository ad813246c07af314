import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { checkSvg } from './checkSvg.ts';
import { isUnreadable, unreadableProblem, type FileText } from '../problems/unreadableProblem.ts';

/** Kinds of file a browser runs as a page or a program; evalsite makes every page itself. */
const CODE_EXTENSIONS = new Set([
  ...['html', 'htm', 'xhtml', 'xht', 'shtml', 'shtm', 'mht', 'mhtml', 'hta', 'xml', 'xsl', 'xslt', 'xsd', 'dtd', 'rss', 'atom', 'rdf', 'mml', 'mathml', 'xul', 'svgz'],
  ...['js', 'mjs', 'cjs', 'wasm', 'swf', 'php', 'phtml', 'asp', 'aspx', 'jsp', 'cgi'],
]);

/** The folder at the top of the site that holds its search index: none of the author's files may be there. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** Files that tell a web server how to serve the others (as pages, say): never the author's to publish. */
const SERVER_CONFIGURATION = new Set(['.htaccess', '.htpasswd', 'web.config']);

/**
 * The start of a file a browser would take for a page or an XML document if the server sent no
 * type (the HTML standard's sniffing: after spaces, within the first 1,445 bytes), or that an SVG
 * viewer would run.
 */
const MARKUP_START = /^[\s\ufeff]*<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|!--|\?xml|svg)[\s>/]/i;

/** Image formats that carry metadata (EXIF, XMP) evalsite cannot remove. */
const UNSTRIPPABLE_IMAGES = new Set(['avif', 'heic', 'heif', 'tif', 'tiff', 'jxl', 'jp2', 'psd']);

/**
 * Checks the author's files under public/, which Astro copies into the site as they are: no page
 * or program, no image whose metadata cannot be removed, and every SVG a plain picture (checkSvg). Raster images are published without
 * their metadata (scripts/io/stripImageMetadata.ts), so they need no check here.
 * `files` are project-relative paths (`public/images/gate.svg`).
 */
export function checkPublicFiles(files: readonly string[], readText: (path: string) => FileText): Problem[] {
  return files.flatMap((file) => {
    // The site's search index is written there after the pages are built (scripts/io/searchIndex.ts).
    if (file.startsWith(`public/${SEARCH_INDEX_FOLDER}/`)) return [problem('public-search-folder', { file })];
    const extension = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
    if (CODE_EXTENSIONS.has(extension)) return [problem('public-file-code', { file }, { extension })];
    if (UNSTRIPPABLE_IMAGES.has(extension)) return [problem('public-image-unsupported', { file }, { extension })];
    if (SERVER_CONFIGURATION.has(file.slice(file.lastIndexOf('/') + 1).toLowerCase())) return [problem('public-file-server-configuration', { file })];
    const read = readText(file);
    if (extension !== 'svg') {
      // A page or a picture's markup under another name: a server that does not know the name
      // sends no type, and the browser then reads the file as a page. Binary files are not text.
      return !isUnreadable(read) && read !== undefined && MARKUP_START.test(read.slice(0, 1445)) ? [problem('public-file-markup', { file }, { extension })] : [];
    }
    // A link is reported once, with every other link (buildSite); other unreadable files here.
    if (isUnreadable(read)) return read.unreadable === 'symlink' ? [] : [unreadableProblem(file, read)];
    return checkSvg(file, read ?? '');
  });
}
