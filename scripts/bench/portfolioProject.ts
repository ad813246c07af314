/**
 * A project of N evaluations for the benchmark: copies of the Manchester example (its data and
 * content) under slugs `programme-001`, `programme-002`, …, with the example's site settings.
 * The copies do the same work, which is what a portfolio's cost per evaluation needs, but they
 * are not byte for byte the same: each copy after the first has one client's sessions and one
 * assessment's score changed (varyCopy), so its dosage and distance-travelled charts differ from
 * the others' and are drawn for it, as a real portfolio's would be, not taken from a copy drawn
 * earlier in the same build. Its other charts still repeat across copies.
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
    if (index > 0) varyCopy(join(root, 'data', slug), index);
    slugs.push(slug);
  }
  return slugs;
}

/** One cell changed, by a function of its text, on the first line from `line` on that quotes nothing (so its cells are split at every comma). */
function changeCell(file: string, line: number, column: string, change: (cell: string) => string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = (lines[0] ?? '').split(',').indexOf(column);
  while (line < lines.length && (lines[line] ?? '').includes('"')) line += 1;
  const cells = (lines[line] ?? '').split(',');
  if (at < 0 || cells[at] === undefined) throw new Error(`no ${column} on line ${line} of ${file}`);
  cells[at] = change(cells[at]);
  lines[line] = cells.join(',');
  writeFileSync(file, lines.join('\n'));
}

/** Copy `index` made a little different: one client attended one more session, one score moved by one. */
export function varyCopy(folder: string, index: number): void {
  const clients = join(folder, 'clients.csv');
  const clientLine = 1 + (index % (readFileSync(clients, 'utf8').trim().split('\n').length - 1));
  changeCell(clients, clientLine, 'Sessions attended', (cell) => String(Number(cell) + 1));
  changeCell(clients, clientLine, 'Contact hours', (cell) => (Number(cell) + 1).toFixed(2));
  const assessments = join(folder, 'assessments.csv');
  const scoreLine = 1 + ((index * 7) % (readFileSync(assessments, 'utf8').trim().split('\n').length - 1));
  changeCell(assessments, scoreLine, 'score', (cell) => String(Number(cell) < 10 ? Number(cell) + 1 : Number(cell) - 1));
}
