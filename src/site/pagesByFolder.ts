/**
 * The pages Astro is to write (its prerenderer's list), grouped by their first folder in the order
 * each folder first comes, and in their own order within it: every page of an evaluation one after
 * another, rather than one kind of page for every evaluation before the next kind. A build holds
 * each evaluation's large parts on disk until read (scripts/io/evaluationsOnDisk.ts), so an
 * evaluation is read back about once instead of once per kind of page. Which pages are written,
 * and what each holds, does not depend on the order (astro.config.mjs).
 */
export function pagesByFolder<T extends { readonly pathname: string }>(pages: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const page of pages) {
    const folder = page.pathname.split('/').find((part) => part !== '') ?? '';
    const group = groups.get(folder);
    if (group) group.push(page);
    else groups.set(folder, [page]);
  }
  return [...groups.values()].flat();
}
