import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { checkSvg } from './checkSvg.ts';
import { isUnreadable, unreadableProblem, type FileText } from '../problems/unreadableProblem.ts';

/** Kinds of file a browser runs as a page or a program; evalsite makes every page itself. */
const CODE_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml', 'xml', 'xsl', 'xslt', 'js', 'mjs', 'cjs', 'wasm', 'swf', 'svgz', 'php']);

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
    const extension = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
    if (CODE_EXTENSIONS.has(extension)) return [problem('public-file-code', { file }, { extension })];
    if (UNSTRIPPABLE_IMAGES.has(extension)) return [problem('public-image-unsupported', { file }, { extension })];
    if (extension !== 'svg') return [];
    const read = readText(file);
    // A link is reported once, with every other link (buildSite); other unreadable files here.
    if (isUnreadable(read)) return read.unreadable === 'symlink' ? [] : [unreadableProblem(file, read)];
    return checkSvg(file, read ?? '');
  });
}
