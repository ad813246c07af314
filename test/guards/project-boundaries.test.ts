import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/projectCopy.ts';

const SKIP = new Set(['node_modules', '.git', 'dist', '.astro', '.evalsite']);

function projectFiles(folder = PROJECT_ROOT): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = join(folder, entry.name);
    return entry.isDirectory() ? projectFiles(full) : [relative(PROJECT_ROOT, full)];
  });
}

const CODE = /\.(ts|mts|js|mjs|cjs|astro|mdx|json|yaml|yml|sh)$|^\.ci\/run$/;

describe('project boundaries', () => {
  test('nothing in the project reads ../shared: what it uses is copied in, with its source', () => {
    const readers = projectFiles()
      .filter((file) => CODE.test(file) && file !== 'test/guards/project-boundaries.test.ts')
      .filter((file) => /(\.\.\/)+shared\b|shared\/reference/.test(readFileSync(join(PROJECT_ROOT, file), 'utf8')));
    expect(readers).toEqual([]);
  });

  test('the licensed outcome tool is never named: not in code, data, content, docs or tests', () => {
    const licensed = ['Outcomes', 'Star'].join(' ');
    const naming = projectFiles()
      .filter((file) => !file.startsWith('test/output/') && file !== 'test/guards/project-boundaries.test.ts' && !/\.(woff2?|png|ico)$/.test(file))
      .filter((file) => readFileSync(join(PROJECT_ROOT, file), 'utf8').toLowerCase().includes(licensed.toLowerCase()));
    expect(naming).toEqual([]);
  });

  // src/lib's purity is a lint rule (eslint.config.js, `npm run lint` over every file). These samples prove the rule
  // fires: each is linted with the project's own config, as if it were a file in src/lib. Type-aware rules are switched
  // off for the samples, which exist only in memory; the rules checked here need no types.
  const eslint = new ESLint({ cwd: PROJECT_ROOT, overrideConfig: tseslint.configs.disableTypeChecked });
  const rulesFiring = async (code: string, filePath = 'src/lib/sample.ts') => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
  };

  test.each([
    ["import { readFileSync } from 'node:fs';\nexport const read = readFileSync;", 'no-restricted-imports'],
    ["import { readFileSync } from 'fs';\nexport const read = readFileSync;", 'no-restricted-imports'],
    ["import { join } from 'path';\nexport const joined = join('a', 'b');", 'no-restricted-imports'],
    ["import { spawn } from 'child_process';\nexport const run = spawn;", 'no-restricted-imports'],
    ["import { readFile } from 'fs/promises';\nexport const read = readFile;", 'no-restricted-imports'],
    ["import { getCollection } from 'astro:content';\nexport const get = getCollection;", 'no-restricted-imports'],
    ["import type { AstroGlobal } from 'astro';\nexport type Global = AstroGlobal;", 'no-restricted-imports'],
    ["export { readFileSync } from 'node:fs';", 'no-restricted-imports'],
    ["export const load = () => import('node:fs');", 'no-restricted-syntax'],
    ['export const folder = process.cwd();', 'no-restricted-globals'],
    ['export const folder = globalThis.process.cwd();', 'no-restricted-properties'],
    ["export const files = import.meta.glob('./*.csv');", 'no-restricted-syntax'],
    ['export const loose: any = JSON.parse("1");', 'no-explicit-any'],
    ['export const loose = JSON.parse("1") as any;', 'no-explicit-any'],
  ])('src/lib is pure: lint reports %j (%s)', async (code, rule) => {
    expect((await rulesFiring(code)).map((ruleId) => ruleId.replace('@typescript-eslint/', ''))).toEqual([rule]);
  });

  test('the purity rules hold only in src/lib, outside its unit tests, and pass pure code', async () => {
    const impure = "import { readFileSync } from 'node:fs';\nexport const folder = process.cwd() + String(readFileSync);";
    expect(await rulesFiring(impure, 'scripts/io/sample.ts')).toEqual([]);
    expect(await rulesFiring(impure, 'src/lib/csv/sample.test.ts')).toEqual([]);
    expect(await rulesFiring(impure, 'src/lib/csv/sample.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await rulesFiring("import { z } from 'zod';\nexport const count = z.number().int();")).toEqual([]);
  });

  test.each([
    ["import { TOPICS } from '../topics/index.ts';\nexport const topics = TOPICS;", 'src/lib/disclosure/sample.ts'],
    ["import { buildSite } from '../pipeline/buildSite.ts';\nexport const build = buildSite;", 'src/lib/topics/sample.ts'],
    ["import { TOPICS } from '../../topics/index.ts';\nexport const topics = TOPICS;", 'src/lib/figures/deeper/sample.ts'],
    ["import { drawn } from '../charts/chartResult.ts';\nexport const charts = drawn;", 'src/lib/problems/sample.ts'],
  ])('src/lib is layered: lint reports %j in %s', async (code, filePath) => {
    expect(await rulesFiring(code, filePath)).toEqual(['@typescript-eslint/no-restricted-imports']);
  });

  test('the layering lets a higher folder import a lower one', async () => {
    expect(await rulesFiring("import { drawn } from '../../charts/chartResult.ts';\nexport const charts = drawn;", 'src/lib/topics/engagement/sample.ts')).toEqual([]);
    expect(await rulesFiring("import { TOPICS } from '../topics/index.ts';\nexport const topics = TOPICS;", 'src/lib/pipeline/sample.ts')).toEqual([]);
  });
});
