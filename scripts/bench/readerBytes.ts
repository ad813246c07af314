/**
 * What a reader downloads to read one built page, compressed (gzip, as a web server sends it):
 * the page's HTML, the stylesheets and scripts it links to or preloads, and the data files a
 * Framework page registers for its charts. Images, fonts and search indexes are not counted, for
 * either tool: they are fetched on demand, and the page-weight rule of evalsite leaves them out too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const LINKED = /<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"|<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|modulepreload)"|<script\b[^>]*\bsrc="([^"]+)"/g;
/** Framework's client registers each FileAttachment with its built path. */
const REGISTERED_FILE = /registerFile\("[^"]*",\s*\{[^}]*"path":"([^"]+)"/g;
/** Framework's page module imports its runtime and Plot by path. */
const IMPORTED = /\bimport\s*(?:[^'"]*from\s*)?["'](\.{0,2}\/[^"']+\.js)["']/g;

function resolveLink(dist: string, page: string, href: string): string | null {
  if (/^[a-z]+:/i.test(href) || href.startsWith('//')) return null;
  const path = href.split(/[?#]/)[0] ?? '';
  const file = path.startsWith('/') ? join(dist, path) : join(dirname(join(dist, page)), path);
  return normalize(file);
}

/** The compressed bytes and the number of files (requests) of one page. */
export function readerBytes(dist: string, page: string): { bytes: number; requests: number } {
  const html = readFileSync(join(dist, page), 'utf8');
  const files = new Set<string>();
  const visit = (text: string, from: string, patterns: readonly RegExp[]): void => {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const href = match[1] ?? match[2] ?? match[3];
        if (href === undefined || href.startsWith('/pagefind/') || href.includes('/_search/')) continue;
        const file = resolveLink(dist, from, href);
        if (file === null || files.has(file) || !existsSync(file)) continue;
        files.add(file);
        // A script's own static imports are downloaded too (Framework's modules import one another).
        if (file.endsWith('.js')) visit(readFileSync(file, 'utf8'), file.slice(dist.length + 1), [IMPORTED]);
      }
    }
  };
  visit(html, page, [LINKED, REGISTERED_FILE, IMPORTED]);
  let bytes = gzipSync(html).length;
  for (const file of [...files].sort()) bytes += gzipSync(readFileSync(file)).length;
  return { bytes, requests: files.size + 1 };
}
