import { describe, expect, test } from 'vitest';
import { normaliseHeader } from './normaliseHeader.ts';

describe('normaliseHeader', () => {
  test('ignores case, spaces, punctuation and a trailing question mark', () => {
    expect(normaliseHeader('Start Date')).toBe(normaliseHeader('start_date'));
    expect(normaliseHeader('Engaged?')).toBe(normaliseHeader('engaged'));
    expect(normaliseHeader('Client ID')).toBe(normaliseHeader('client_id'));
    expect(normaliseHeader('END-DATE')).toBe(normaliseHeader('end_date'));
    expect(normaliseHeader(' Contact hours. ')).toBe(normaliseHeader('contact_hours'));
  });

  test('keeps letters and digits apart', () => {
    expect(normaliseHeader('Start Date')).toBe('startdate');
    expect(normaliseHeader('Score 2')).toBe('score2');
    expect(normaliseHeader('Start Dt')).not.toBe(normaliseHeader('start_date'));
    expect(normaliseHeader('Age')).not.toBe(normaliseHeader('Ages'));
  });
});
