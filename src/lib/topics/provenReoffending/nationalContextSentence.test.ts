import { describe, expect, test } from 'vitest';
import { nationalContextSentence } from './nationalContextSentence.ts';

describe('nationalContextSentence: a national rate in words, as context and never as a comparison', () => {
  test('says it is context, names the group, the rate to one decimal, the period and the source, and why it is no comparison', () => {
    // 25 is written as 25.0%: official rates are given to one decimal place.
    expect(nationalContextSentence({ group: 'adults', rate: 25, period: 'October to December 2022', source: { title: 'Proven reoffending statistics: October to December 2022' } })).toBe(
      'For context, not comparison: the national proven re-offending rate for adults was 25.0% in October to December 2022 (Proven reoffending statistics: October to December 2022); it is for everyone cautioned, convicted or released from custody in England and Wales, not a group like this service’s clients, so the gap between the two rates says nothing about what the service did.',
    );
  });

  test('rounds halves up to one decimal, and gives the source’s address when there is one', () => {
    // 31.25 → 31.3 (a half, rounded up).
    const sentence = nationalContextSentence({ group: 'juveniles', rate: 31.25, period: '2021', source: { title: 'Youth justice statistics', url: 'https://example.org/youth' } });
    expect(sentence).toContain('for juveniles was 31.3% in 2021 (Youth justice statistics, https://example.org/youth);');
  });

  test('never states a difference between the two rates', () => {
    const sentence = nationalContextSentence({ group: 'adults', rate: 25.3, period: '2022', source: { title: 'MoJ' } });
    expect(sentence).not.toMatch(/points|lower than|higher than|better|worse/);
  });
});
