import { expect, test } from 'vitest';
import { keyFindingText } from './keyFindingText.ts';

test('words and figures in braces, in order; an id may hold brackets and an equals sign', () => {
  expect(keyFindingText('Most clients ({engaged}) engaged; {engaged-over-6-months[age-band=22-25]} of young adults stayed.')).toEqual({
    segments: [
      { kind: 'text', text: 'Most clients (' },
      { kind: 'figure', id: 'engaged' },
      { kind: 'text', text: ') engaged; ' },
      { kind: 'figure', id: 'engaged-over-6-months[age-band=22-25]' },
      { kind: 'text', text: ' of young adults stayed.' },
    ],
    faults: [],
  });
});

test('a figure may open or close the finding, and spaces inside the braces are ignored', () => {
  expect(keyFindingText('{ referred } people were referred').segments).toEqual([
    { kind: 'figure', id: 'referred' },
    { kind: 'text', text: ' people were referred' },
  ]);
});

test('a digit outside the braces is a fault, wherever it is, in any script', () => {
  expect(keyFindingText('Within 12 months, {reoffended-12} re-offended').faults).toEqual(['digit']);
  expect(keyFindingText('{reoffended-12} re-offended within twelve months').faults).toEqual([]);
  // U+0663 is an Arabic-Indic digit three.
  expect(keyFindingText('about \u0663 in ten').faults).toEqual(['digit']);
  // Superscript nine (U+2079), one half (U+00BD), Roman twelve (U+216B), circled one (U+2460): numbers too.
  for (const number of ['\u2079\u2077%', '\u00bd of them', '\u216b months', '\u2460 in ten']) expect(keyFindingText(`Nearly ${number}: {engaged}`).faults, number).toEqual(['digit']);
});

test('a brace left open, or a closing brace alone, or empty braces, are faults', () => {
  expect(keyFindingText('Most {engaged engaged').faults).toEqual(['unclosed-brace']);
  expect(keyFindingText('Most {engaged {referred}').faults).toEqual(['unclosed-brace']);
  expect(keyFindingText('Most engaged}').faults).toEqual(['unclosed-brace']);
  expect(keyFindingText('{engaged} engaged}').faults).toEqual(['unclosed-brace']);
  expect(keyFindingText('Most {} engaged').faults).toEqual(['empty-braces']);
});

test('a finding with no figure has no figure segment and no fault: whether that is allowed is decided later', () => {
  expect(keyFindingText('Clients valued their mentors.')).toEqual({ segments: [{ kind: 'text', text: 'Clients valued their mentors.' }], faults: [] });
});
