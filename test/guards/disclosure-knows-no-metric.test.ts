import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { METRICS } from '../../src/lib/index.ts';
import { PROJECT_ROOT } from '../support/projectCopy.ts';

/**
 * Disclosure control works only from each figure's declared semantics and the topics' rules: a
 * metric id written into it would be a rule that a new metric silently escapes.
 */
/** The string literals in code (comments left out) that are, or start, a metric id or a cell key of one. */
function metricIdsIn(source: string): string[] {
  const ids = Object.keys(METRICS);
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const strings = [...code.matchAll(/'([^'\\]*)'|"([^"\\]*)"|`([^`\\]*)`/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
  return strings.filter((text) => ids.some((id) => text === id || text.startsWith(`${id}|`) || text.startsWith(`${id}[`)));
}

describe('the disclosure folder', () => {
  const folder = join(PROJECT_ROOT, 'src/lib/disclosure');
  const files = readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

  test('names no metric id in its code', () => {
    expect(files).toContain('applyDisclosureControl.ts');
    expect(files.flatMap((file) => metricIdsIn(readFileSync(join(folder, file), 'utf8')).map((text) => `${file}: ${text}`))).toEqual([]);
  });

  test('the check finds ids written in any quotes, and ignores comments', () => {
    expect(metricIdsIn("if (figure.metric === 'improved') return;")).toEqual(['improved']);
    expect(metricIdsIn('const key = `reviewed|${parts}`; const other = "cohort-share[gender=female]";')).toEqual(['reviewed|${parts}', 'cohort-share[gender=female]']);
    expect(metricIdsIn("// 'improved' is a status\nconst x = 'not-a-metric';")).toEqual([]);
  });
});
