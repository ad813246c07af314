import { describe, expect, test } from 'vitest';
import { problem } from '../../src/lib/problems/problem.ts';
import { reportWarnings } from '../../scripts/io/reportWarnings.ts';

describe('reportWarnings', () => {
  test('redacts a warning as every printed problem is: an id holding an NHS number is not repeated', () => {
    // 943 476 5919 is a valid NHS number (its check digit is right), here as a group in an id.
    const warning = problem(
      'mdx-indicator-protected',
      { file: 'content/demo/summary.mdx', row: 3, column: 'Indicator' },
      { id: 'engaged[group=9434765919]', reads: 'a number (too small to publish)', suggestion: undefined },
    );
    let printed = '';
    reportWarnings({ write: (text: string) => (printed += text) }, [warning]);
    expect(printed).not.toContain('9434765919');
    expect(printed).toContain('warning: content/demo/summary.mdx:3:Indicator — ');
    expect(printed).toContain('not repeated here');
  });

  test('prints nothing when there are no warnings', () => {
    let printed = '';
    reportWarnings({ write: (text: string) => (printed += text) }, []);
    expect(printed).toBe('');
  });
});
