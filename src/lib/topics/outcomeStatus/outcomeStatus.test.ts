import { describe, expect, test } from 'vitest';
import { countStatuses, outcomeStatusByDomain, type ClientStatus } from './outcomeStatus.ts';

// Two domains; Housing has 4 clients, Health only 2 (not every client has every domain).
// A and B are women, C and D men.
const statuses: ClientStatus[] = [
  { clientId: 'A', domain: 'Housing', status: 'improved' },
  { clientId: 'B', domain: 'Housing', status: 'improved' },
  { clientId: 'C', domain: 'Housing', status: 'maintained' },
  { clientId: 'D', domain: 'Housing', status: 'deteriorated' },
  { clientId: 'A', domain: 'Health', status: 'maintained' },
  { clientId: 'C', domain: 'Health', status: 'improved' },
];
const service = (clientId: string) => [clientId === 'A' || clientId === 'B' ? { dimension: 'service', value: 'women', label: 'Women' } : { dimension: 'service', value: 'men', label: 'Men' }];

describe('outcomeStatusByDomain(statuses, groupsOf)', () => {
  const result = outcomeStatusByDomain(statuses, service);

  test('each domain has its own base', () => {
    expect(result.map(({ domain, all }) => [domain, all])).toEqual([
      ['Housing', { improved: 2, maintained: 1, deteriorated: 1, total: 4 }],
      ['Health', { improved: 1, maintained: 1, deteriorated: 0, total: 2 }],
    ]);
  });

  test('groups split each domain, sorted by dimension and value', () => {
    expect(result[0]?.groups).toEqual([
      { dimension: 'service', value: 'men', label: 'Men', counts: { improved: 0, maintained: 1, deteriorated: 1, total: 2 } },
      { dimension: 'service', value: 'women', label: 'Women', counts: { improved: 2, maintained: 0, deteriorated: 0, total: 2 } },
    ]);
    expect(result[1]?.groups.map((group) => [group.value, group.counts.total])).toEqual([
      ['men', 1],
      ['women', 1],
    ]);
  });
});

test('countStatuses([]) is all zeros', () => {
  expect(countStatuses([])).toEqual({ improved: 0, maintained: 0, deteriorated: 0, total: 0 });
});
