import { describe, expect, test } from 'vitest';
import { urlScheme } from './urlScheme.ts';

describe('urlScheme(url)', () => {
  test.each([
    ['https://example.org/a', 'https:'],
    ['mailto:team@example.org', 'mailto:'],
    ['JavaScript:alert(1)', 'javascript:'],
    [' \tjavascript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['java\nscript:alert(1)', 'javascript:'],
    ['java\u200bscript:alert(1)', 'javascript:'],
    ['java\u0000script:x', 'javascript:'],
    ['DATA:text/html;base64,PHNjcmlwdD4=', 'data:'],
    ['vbscript:msgbox', 'vbscript:'],
  ])('%j has the scheme %s', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });

  test.each(['/images/a.png', '#top', 'report.pdf', '../a/b', '?q=1', '/a:b', ''])('%j is relative', (url) => {
    expect(urlScheme(url)).toBeUndefined();
  });
});
