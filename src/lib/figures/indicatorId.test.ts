import { describe, expect, test } from 'vitest';
import { indicatorId, parseIndicatorId } from './indicatorId.ts';
import { isSlug, slugify } from '../text/slug.ts';

describe('indicator ids', () => {
  test.each([
    ['engaged', []],
    ['engaged-over-6-months[age-band=22-25]', [{ dimension: 'age-band', value: '22-25' }]],
    [
      'improved[domain=accommodation,service=women]',
      [
        { dimension: 'domain', value: 'accommodation' },
        { dimension: 'service', value: 'women' },
      ],
    ],
  ])('%s round-trips through parseIndicatorId and indicatorId', (id, breakdowns) => {
    const parsed = parseIndicatorId(id);
    expect(parsed?.breakdowns).toEqual(breakdowns);
    expect(parsed && indicatorId(parsed.metric, parsed.breakdowns)).toBe(id);
  });

  test.each(['Engaged', 'engaged[]', 'engaged[age-band]', 'engaged[a=b,]', 'engaged--x', 'engaged[a=B]'])('%j is not an id', (id) => {
    expect(parseIndicatorId(id)).toBeUndefined();
  });

  test('slugify(text) folds accents, case and punctuation into hyphens', () => {
    expect(slugify('Threat to others')).toBe('threat-to-others');
    expect(slugify('22–25')).toBe('22-25');
    expect(slugify('Éducation & training')).toBe('education-training');
    expect(slugify('???')).toBe('');
    expect(isSlug('education-training')).toBe(true);
    expect(isSlug('-x')).toBe(false);
  });
});
