/**
 * Makes a project of N copies of the Manchester example, for timing how builds grow with the
 * portfolio: `node scripts/bench/manchesterCopies.ts <N> <folder>`, then for instance
 * `EVALSITE_TIMINGS=1 node scripts/evalsite.ts build --root <folder> --no-cache`.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const [count, folder] = process.argv.slice(2);
const copies = Number(count);
if (!Number.isInteger(copies) || copies < 1 || folder === undefined) {
  process.stderr.write('usage: node scripts/bench/manchesterCopies.ts <copies> <folder>\n');
  process.exit(2);
}
if (existsSync(folder)) rmSync(folder, { recursive: true });
mkdirSync(folder, { recursive: true });
for (let index = 1; index <= copies; index += 1) {
  const slug = `manchester-${String(index).padStart(3, '0')}`;
  cpSync(join(ROOT, 'data/manchester'), join(folder, 'data', slug), { recursive: true });
  cpSync(join(ROOT, 'content/manchester'), join(folder, 'content', slug), { recursive: true });
}
process.stdout.write(`${copies} copies of the Manchester example in ${folder}\n`);
