import { describe, expect, test } from 'vitest';
import { disjointSets } from './ageBandSums.ts';

const band = (id: string, min?: number, max?: number) => ({ id, label: id, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });

describe('disjointSets: the largest sets of age bands that do not overlap', () => {
  test("Manchester's bands: under 25 and 25 and over add up; 22 to 25 overlaps both", () => {
    // Under 25 is up to 24, 22 to 25 is 22–25, 25 and over is 25 up: 22–25 shares 22–24 with the
    // first and 25 with the last, so it is a set on its own.
    const sets = disjointSets([band('under-25', undefined, 24), band('22-25', 22, 25), band('25-and-over', 25)]);
    expect(sets.map((set) => set.map((member) => member.id))).toHaveLength(2);
    expect(sets.map((set) => set.map((member) => member.id))).toEqual(expect.arrayContaining([['under-25', '25-and-over'], ['22-25']]));
  });

  test('bands with a gap between them are a set too: the clients in the gap are outside it', () => {
    // 18–24 and 30–39 share no age; nobody said the ages 25–29 are empty.
    expect(disjointSets([band('young', 18, 24), band('thirties', 30, 39)]).map((set) => set.map((member) => member.id))).toEqual([['young', 'thirties']]);
  });

  test('a band that touches the next at one age overlaps it', () => {
    // Up to 25 and 25 up both hold 25-year-olds.
    expect(disjointSets([band('to-25', undefined, 25), band('from-25', 25)]).map((set) => set.map((member) => member.id))).toEqual([['to-25'], ['from-25']]);
  });
});
