import { expect, test } from 'vitest';
import type { MappedDomain } from '../taxonomy/mapDomains.ts';
import { themeCrosswalk } from './themeCrosswalk.ts';

const evaluation = (...domains: Array<[string, string | null]>) => ({ domains: domains.map(([value, theme]) => ({ value, label: value, theme }) as MappedDomain) });

test('domains meet at the theme their manifests map them to; unmapped, conflicting and other dimensions keep their own ids', () => {
  const crosswalk = themeCrosswalk([
    evaluation(['accommodation-and-housing', 'accommodation'], ['health', 'mental-and-physical-health'], ['motivation', null]),
    evaluation(['housing', 'accommodation'], ['health', 'emotional-wellbeing']),
  ]);
  expect(crosswalk('domain', 'accommodation-and-housing')).toBe('accommodation');
  expect(crosswalk('domain', 'housing')).toBe('accommodation');
  // Two evaluations map "health" to different themes: not lined up on a guess.
  expect(crosswalk('domain', 'health')).toBe('health');
  expect(crosswalk('domain', 'motivation')).toBe('motivation');
  expect(crosswalk('gender', 'housing')).toBe('housing');
});
