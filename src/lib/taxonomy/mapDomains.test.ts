import { describe, expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { mapDomains } from './mapDomains.ts';

const FILE = 'data/x/evaluation.yaml';
const DOMAINS = [
  { value: 'accommodation-and-housing', label: 'Accommodation and housing' },
  { value: 'substance-misuse', label: 'Substance misuse' },
  { value: 'motivation', label: 'Motivation' },
];

describe('mapDomains(file, mapping, domains)', () => {
  test('gives each domain the theme the manifest maps it to, and no problem when all are mapped', () => {
    const { domains, problems } = mapDomains(FILE, { 'accommodation-and-housing': 'accommodation', 'substance-misuse': 'drugs-alcohol', motivation: 'attitudes' }, DOMAINS);
    expect(domains.map((domain) => domain.theme)).toEqual(['accommodation', 'drugs-alcohol', 'attitudes']);
    expect(problems).toEqual([]);
  });

  test('a key that is none of the domains is an error at domains.<key>, listing the domains there are', () => {
    const { problems } = mapDomains(FILE, { 'accomodation-and-housing': 'accommodation', 'substance-misuse': 'drugs-alcohol', motivation: 'attitudes' }, DOMAINS);
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:domains.accomodation-and-housing — "accomodation-and-housing", which is not an assessment domain of this evaluation's figures — one of this evaluation's domains, by the id its figures use: accommodation-and-housing, substance-misuse, motivation`,
      // The misspelt key leaves the real domain unmapped: a warning, with the obvious theme by its name.
      `${FILE}:domains — the domain "accommodation-and-housing" mapped to no theme, so the portfolio cannot find it by outcome domain — an entry under domains naming a theme in docs/taxonomy.md; by its name, perhaps accommodation (Accommodation): check before you write it`,
    ]);
    expect(problems.map((found) => found.code)).toEqual(['domain-mapping-unknown', 'domain-unmapped']);
  });

  test('an unmapped domain whose name points to no theme is a warning without a guess, and has no theme', () => {
    const { domains, problems } = mapDomains(FILE, { 'accommodation-and-housing': 'accommodation', 'substance-misuse': 'drugs-alcohol' }, DOMAINS);
    expect(domains[2]).toEqual({ value: 'motivation', label: 'Motivation', theme: null });
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:domains — the domain "motivation" mapped to no theme, so the portfolio cannot find it by outcome domain — an entry under domains naming one of the themes in docs/taxonomy.md (none matches its name obviously: choose the nearest)`,
    ]);
  });

  test('without a domains block nothing is mapped and nothing is warned about: the author has not begun mapping', () => {
    const { domains, problems } = mapDomains(FILE, {}, DOMAINS);
    expect(domains.map((domain) => domain.theme)).toEqual([null, null, null]);
    expect(problems).toEqual([]);
  });

  test('an evaluation with no domain figures may map none, and a key is then an error saying so', () => {
    expect(mapDomains(FILE, {}, []).problems).toEqual([]);
    expect(mapDomains(FILE, { housing: 'accommodation' }, []).problems.map((found) => found.expected)).toEqual(['no domains block: this evaluation publishes no figure by domain']);
  });
});
