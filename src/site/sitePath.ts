/**
 * A link inside the site, under the base path the site is published at (`--base`, default `/`),
 * so the same build works at the root of a domain or in a sub-folder of another site.
 */
export function sitePath(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}
