import { describe, expect, it } from 'vitest';
import { pagesByFolder } from './pagesByFolder.ts';

const page = (pathname: string) => ({ pathname });

describe('pagesByFolder', () => {
  it('puts each folder’s pages together, folders in the order they first come, pages in their own order', () => {
    // As Astro lists them: route by route (findings of every evaluation, then methodology of every evaluation).
    const listed = ['/a/findings/', '/b/findings/', '/', '/a/methodology/', '/compare/x/', '/b/methodology/', '/a/charts/one.svg', '/compare/'].map(page);
    expect(pagesByFolder(listed).map((entry) => entry.pathname)).toEqual(['/a/findings/', '/a/methodology/', '/a/charts/one.svg', '/b/findings/', '/b/methodology/', '/', '/compare/x/', '/compare/']);
  });

  it('keeps every page once, and the objects themselves', () => {
    const listed = ['/x/', '/y/', '/x/z/'].map(page);
    const ordered = pagesByFolder(listed);
    expect(ordered).toHaveLength(3);
    expect(new Set(ordered)).toEqual(new Set(listed));
  });
});
