/**
 * A project of N evaluations for the benchmark: copies of the Manchester example (its data and
 * content) under slugs `programme-001`, `programme-002`, …, with the example's site settings.
 * The copies are the same evaluation N times, which is what a portfolio's cost per evaluation
 * needs: every evaluation does the same work.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TEMPLATE_SLUG = 'manchester';

export function programmeSlug(index: number): string {
  return `programme-${String(index + 1).padStart(3, '0')}`;
}

/** Writes the project into `root` (which must be empty or absent) and returns its slugs. */
export function writePortfolioProject(evalsiteFolder: string, root: string, count: number): string[] {
  mkdirSync(join(root, 'data'), { recursive: true });
  mkdirSync(join(root, 'content'), { recursive: true });
  const siteSettings = join(evalsiteFolder, 'site.yaml');
  if (existsSync(siteSettings)) writeFileSync(join(root, 'site.yaml'), readFileSync(siteSettings));
  const slugs: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const slug = programmeSlug(index);
    cpSync(join(evalsiteFolder, 'data', TEMPLATE_SLUG), join(root, 'data', slug), { recursive: true });
    cpSync(join(evalsiteFolder, 'content', TEMPLATE_SLUG), join(root, 'content', slug), { recursive: true });
    slugs.push(slug);
  }
  return slugs;
}
