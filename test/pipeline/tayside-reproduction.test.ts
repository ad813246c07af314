import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { formatFigure, type PublishedFigure } from '../../src/lib/index.ts';
import { computedFigures } from '../support/computedFigures.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

/** The metric as computed, before disclosure control: what the published source printed. */
const unprotected = (figure: PublishedFigure) => formatFigure({ ...figure, disclosure: null });

// The published figures, read from the copies of the source tables (test/reference/TAYSIDE.md).
function reference(file: string): Array<Record<string, string>> {
  return Papa.parse<Record<string, string>>(readFileSync(new URL(`../reference/${file}`, import.meta.url), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}
const outcomes = reference('tayside-outcomes.csv');
const activity = reference('tayside-activity.csv');
const targets = reference('tayside-targets.csv');
const targetMap = reference('tayside-target-map.csv');

function activityCount(measure: string): number {
  const row = activity.find((candidate) => candidate['measure'] === measure);
  if (!row) throw new Error(`no published activity row "${measure}"`);
  return Number(row['value']);
}

/** The slug rule of docs/indicators.md, written out here so the test does not borrow the program's. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** round(100·k/n), halves up, in integers. */
const percent = (k: number, n: number) => Math.floor((200 * k + n) / (2 * n));

/** Whether some split of n people into improved / maintained / deteriorated gives all three percentages. */
function feasible(n: number, [improved, maintained, deteriorated]: readonly [number, number, number]): boolean {
  for (let i = 0; i <= n; i++) {
    for (let m = 0; m <= n - i; m++) {
      if (percent(i, n) === improved && percent(m, n) === maintained && percent(n - i - m, n) === deteriorated) return true;
    }
  }
  return false;
}

// Each service's reviewed clients, as published: the ceiling for every base of that service.
const reviewedCap: Record<string, number> = {
  women: activityCount('clients reviewed - female'),
  men: activityCount('clients reviewed - male'),
};

// The real pipeline on the real files in data/.
const root = new URL('../..', import.meta.url).pathname;
const { site, problems } = exampleSiteData();
const tayside = site?.evaluations.find((evaluation) => evaluation.slug === 'tayside');
const computed = computedFigures(root, 'tayside');
const figure = (id: string): PublishedFigure => {
  const found = computed.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};

const outcomeRows = outcomes.map((row) => ({
  service: row['service'] ?? '',
  domain: row['domain'] ?? '',
  published: [Number(row['improved_pct']), Number(row['maintained_pct']), Number(row['deteriorated_pct'])] as [number, number, number],
}));

describe('the Tayside example reproduces the published figures', () => {
  test('the data step has no problems', () => {
    expect(problems).toEqual([]);
    expect(tayside).toBeDefined();
  });

  test('the published table has the expected shape: two services, seven domains each', () => {
    expect(outcomeRows).toHaveLength(14);
    expect(new Set(outcomeRows.map((row) => row.service))).toEqual(new Set(['women', 'men']));
  });

  test('the synthetic clients are the reviewed clients of each service', () => {
    // The clients file is the reviewed cohort (cohort: reviewed), so its size shows in the cohort shares.
    expect(figure('cohort-share[service=women]').numerator).toBe(reviewedCap.women);
    expect(figure('cohort-share[service=men]').numerator).toBe(reviewedCap.men);
    expect(figure('cohort-share[service=women]').denominator).toBe(activityCount('clients with at least one review'));
    expect(tayside?.figures.some((candidate) => candidate.metric === 'referred' || candidate.metric.startsWith('engaged'))).toBe(false);
    // Services were reported separately: no share combines women and men.
    expect(tayside?.figures.some((candidate) => candidate.metric === 'improved' && candidate.breakdowns.length === 1)).toBe(false);
  });

  describe.each(outcomeRows)('$service, $domain', ({ service, domain, published }) => {
    const key = `domain=${slug(domain)},service=${service}`;

    test('improved, maintained and deteriorated round to the published percentages', () => {
      const statuses = ['improved', 'maintained', 'deteriorated'] as const;
      const base = figure(`reviewed[${key}]`).value;
      statuses.forEach((status, index) => {
        const actual = figure(`${status}[${key}]`);
        expect(unprotected(actual).value).toBe(`${published[index]}%`);
        expect(actual.denominator).toBe(base);
        expect(actual.provenance).toBe('synthetic-reconstruction');
      });
      const counts = statuses.map((status) => figure(`${status}[${key}]`).numerator);
      expect(counts.reduce((sum: number, count) => sum + (count ?? 0), 0)).toBe(base);
    });

    test('the base is within the service and is the largest one that can give the published percentages', () => {
      const base = figure(`reviewed[${key}]`).value;
      const cap = reviewedCap[service];
      if (cap === undefined) throw new Error(`no reviewed count for ${service}`);
      expect(base).toBeGreaterThan(0);
      expect(base).toBeLessThanOrEqual(cap);
      let largest = 0;
      for (let n = cap; n >= 1; n--) {
        if (feasible(n, published)) {
          largest = n;
          break;
        }
      }
      expect(largest).toBeGreaterThan(0);
      expect(base).toBe(largest);
    });
  });

  // Published activity measure → the indicator id that carries it on the site.
  test.each([
    ['referrals 1 Apr 2013 - 31 Mar 2014', 'referrals'],
    ['referrals - female', 'referrals[group=female]'],
    ['referrals - male', 'referrals[group=male]'],
    ['volunteer mentors recruited', 'volunteer-mentors-recruited'],
    ['volunteer mentor matches made', 'volunteer-mentor-matches'],
    ['peer mentors recruited', 'peer-mentors-recruited'],
    ['clients open in the year', 'clients-open'],
    ['clients with at least one review', 'clients-reviewed'],
    ['clients reviewed - female', 'clients-reviewed[group=female]'],
    ['clients reviewed - male', 'clients-reviewed[group=male]'],
    ['capacity - women mentored at any one time', 'capacity-women-at-one-time'],
    ['capacity - persistent young male offenders engaged', 'capacity-young-men-engaged'],
  ])('activity "%s" → %s is shown as published', (measure, id) => {
    const row = activity.find((candidate) => candidate['measure'] === measure);
    const actual = figure(id);
    expect(actual.unit).toBe('count');
    expect(actual.value).toBe(activityCount(measure));
    expect(actual.provenance).toBe('real');
    expect(actual.bound).toBe(row?.['note'] === 'approximate' ? 'about' : null);
  });

  test('every published activity measure is on the site', () => {
    expect(activity).toHaveLength(12);
  });

  test('the target map covers every published target', () => {
    expect(targetMap.map((row) => [row['horizon'], row['target_outcome'], row['target_pct']])).toEqual(targets.map((row) => [row['horizon'], row['outcome'], row['target_pct']]));
    expect(tayside?.outcomeTargets).toHaveLength(targets.length);
  });

  describe.each(targetMap)('target: $horizon term, $target_outcome', (row) => {
    const id = `${row['horizon']}-${slug(row['target_outcome'] ?? '')}`;
    const domain = row['measured_by_domain'] ?? '';
    const atLeast = Number(row['target_pct']);

    test(domain ? 'is compared with each service separately' : 'is reported as not measured', () => {
      const result = tayside?.outcomeTargets.find((candidate) => candidate.id === id);
      if (!result) throw new Error(`no target ${id}`);
      expect(result.horizon).toBe(row['horizon']);
      expect(result.outcome.toLowerCase()).toBe(row['target_outcome']);
      expect(result.atLeast).toBe(atLeast);
      if (!domain) {
        expect(result.measurements).toEqual([]);
        expect(result.note).not.toBeNull();
        return;
      }
      expect(result.measurements.map((measurement) => measurement.figureId)).toEqual(['women', 'men'].map((service) => `improved[domain=${slug(domain)},service=${service}]`));
      for (const measurement of result.measurements) {
        const measured = figure(measurement.figureId);
        // A protected figure's value is never published, not even inside a target's result.
        expect(measurement.value).toBe(measurement.met === null ? null : measured.value);
        expect(measurement.met).toBe(measured.value >= atLeast);
      }
      const approximate = /closest|combines/.test(row['note'] ?? '');
      expect(result.match).toBe(approximate ? 'approximate' : 'exact');
    });
  });
});
