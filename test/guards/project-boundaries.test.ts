import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

  const libFiles = projectFiles(join(PROJECT_ROOT, 'src/lib')).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

  test('src/lib is pure: no Astro modules, no file system, no process', () => {
    expect(libFiles.length).toBeGreaterThan(10);
    const impure = libFiles.filter((file) => /from ['"](astro|astro:[\w-]+|node:[\w/]+|fs|path)['"]|\bprocess\.|\bimport\.meta\.glob/.test(readFileSync(join(PROJECT_ROOT, file), 'utf8')));
    expect(impure).toEqual([]);
  });

  test('src/lib has no `any`', () => {
    const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const loose = libFiles.filter((file) => /:\s*any[\s;,)>\]]|as any\b|<any>/.test(withoutComments(readFileSync(join(PROJECT_ROOT, file), 'utf8'))));
    expect(loose).toEqual([]);
  });
});
