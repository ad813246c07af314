import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Floats to three decimals and one element per line, so a diff reads well. */
export function normaliseSvg(svg: string): string {
  return `${svg.replace(/\d+\.\d+/g, (number) => String(Number(Number(number).toFixed(3)))).replace(/></g, '>\n<')}\n`;
}

/**
 * Compares an SVG with its golden file test/output/<name>.svg, in the manner of Plot's tests. A
 * mismatch writes <name>-changed.svg (git-ignored) for review; a missing golden file is written
 * locally but is an error in CI, where CI=true.
 */
export function expectGoldenSvg(name: string, svg: string): void {
  const actual = normaliseSvg(svg);
  const golden = new URL(`../output/${name}.svg`, import.meta.url);
  const changed = new URL(`../output/${name}-changed.svg`, import.meta.url);
  if (!existsSync(golden)) {
    if (process.env['CI']) throw new Error(`missing golden file test/output/${name}.svg: generate it locally and review it`);
    writeFileSync(golden, actual);
  }
  const expected = readFileSync(golden, 'utf8');
  if (actual === expected) rmSync(changed, { force: true });
  else writeFileSync(changed, actual);
  expect(actual).toBe(expected);
}
