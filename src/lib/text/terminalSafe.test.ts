import { expect, test } from 'vitest';
import { terminalSafe } from './terminalSafe.ts';

test('escape sequences and reordering characters are shown, never sent to the terminal', () => {
  // ESC ] 0 ; … BEL retitles the window; ESC [ 2 J clears the screen; U+202E reverses what follows.
  expect(terminalSafe('A\u001b]0;pwned\u0007B\u001b[2J')).toBe('A\\u001b]0;pwned\\u0007B\\u001b[2J');
  expect(terminalSafe('file\u202Etxt.csv')).toBe('file\\u202etxt.csv');
  expect(terminalSafe('\u009b31m')).toBe('\\u009b31m');
  expect(terminalSafe('safe\rhidden')).toBe('safe\\u000dhidden');
});

test('ordinary text, accents, tabs and line breaks are left as they are', () => {
  expect(terminalSafe('Café — "Start Date"\tline\nnext')).toBe('Café — "Start Date"\tline\nnext');
});
