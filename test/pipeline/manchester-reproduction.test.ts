import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatFigure, type PublishedFigure } from '../../src/lib/index.ts';
import { DEFAULT_UNIT_COSTS } from '../../src/lib/topics/reoffending/defaultUnitCosts.ts';
import { computedFigures } from '../support/computedFigures.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

/** The metric as computed, before disclosure control: what the published source printed. */
const unprotected = (figure: PublishedFigure) => formatFigure({ ...figure, disclosure: null });

function csv(url: URL): Array<Record<string, string>> {
  return Papa.parse<Record<string, string>>(readFileSync(url, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

// The published figures, read from the copy of the source table (test/reference/README.md).
const published = csv(new URL('../reference/cli-manchester-indicators.csv', import.meta.url));
// The seven resettlement pathways, copied from the Knowsley source (test/reference/PATHWAYS.md).
const pathways = csv(new URL('../reference/pathways.csv', import.meta.url)).map((row) => row['pathway'] as string);

function publishedRow(indicator: string | RegExp): { value: number | null; numerator: number | null; denominator: number | null } {
  const row = published.find((candidate) => (typeof indicator === 'string' ? candidate['indicator'] === indicator : indicator.test(candidate['indicator'] ?? '')));
  if (!row) throw new Error(`no published row "${String(indicator)}"`);
  const number = (cell: string | undefined) => (cell ? Number(cell) : null);
  return { value: number(row['value_pct']), numerator: number(row['numerator']), denominator: number(row['denominator']) };
}

// The bases chosen for the synthetic offences: see data/manchester/README.md, "Offences: the
// bases chosen". Written out here, not read from the README, so a change to either is noticed.
const BASES = {
  compared: 50,
  reducedBoth: 28,
  comparedEngagedOverSixMonths: 26,
  reducedFrequencyEngagedOverSixMonths: 18,
  noConvictionsBefore: 8,
  shortFollowUp: 23,
} as const;

// The example's own files, read directly to check the pipeline against them.
const dataFolder = new URL('../../data/manchester/', import.meta.url);
const manifest = parseYaml(readFileSync(new URL('evaluation.yaml', dataFolder), 'utf8')) as {
  as_of: string;
  datasets: { offences: { cost_groups: Record<string, string>; counted_kinds: string[] } };
};
const clients = csv(new URL('clients.csv', dataFolder));
const offences = csv(new URL('offences.csv', dataFolder));
const assessments = csv(new URL('assessments.csv', dataFolder));

// The real pipeline on the real files in data/.
const root = new URL('../..', import.meta.url).pathname;
const { site, problems } = exampleSiteData();
const manchester = site?.evaluations.find((evaluation) => evaluation.slug === 'manchester');
const computed = computedFigures(root, 'manchester');
const figure = (id: string): PublishedFigure => {
  const found = computed.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};

/** DD/MM/YYYY → YYYY-MM-DD. */
const iso = (ukDate: string) => ukDate.split('/').reverse().join('-');
/** `months` calendar months after an ISO date, clamped to the month's last day. */
function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

describe('the Manchester example reproduces the published figures', () => {
  test('the data step has no problems', () => {
    expect(problems).toEqual([]);
  });

  // Published indicator label → the indicator id that carries it on the site.
  test.each([
    ['engaged with the mentoring service', 'engaged'],
    ['actively worked with mentor for over three months', 'engaged-over-3-months'],
    ["assessed as posing 'threat to others'", 'cohort-share[risk-to-others=threat-to-others]'],
    ['aged under 25', 'cohort-share[age-band=under-25]'],
    ['from BME communities', 'cohort-share[ethnic-group=bme]'],
  ])('%s → %s: same numerator, denominator and rounded percentage', (label, id) => {
    const expected = publishedRow(label);
    const actual = figure(id);
    expect([actual.numerator, actual.denominator]).toEqual([expected.numerator, expected.denominator]);
    expect(unprotected(actual).value).toBe(`${expected.value}%`);
    expect(actual.provenance).toBe('synthetic-reconstruction');
  });

  test('cases worked with: the clients table has one row per published case', () => {
    expect(figure('referred').value).toBe(publishedRow('cases worked with').numerator);
  });

  test('aged 22–25 engaged over six months rounds to the published 67%, and the band is not the under-25 group', () => {
    const band = figure('engaged-over-6-months[age-band=22-25]');
    expect(unprotected(band).value).toBe(`${publishedRow('aged 22-25 who engaged for over six months').value}%`);
    const bandSize = figure('referred[age-band=22-25]').value;
    expect(band.denominator).toBe(bandSize);
    expect(bandSize).not.toBe(figure('referred[age-band=under-25]').value);
    // 25-year-olds are in the band but not under 25, so the band reaches past the under-25 group.
    expect(figure('referred[age-band=25-and-over]').value + figure('referred[age-band=under-25]').value).toBe(84);
  });

  test('reported support is shown as published: "over 90%", with no invented base', () => {
    const actual = figure('reported-support');
    expect(actual.value).toBe(publishedRow('reported the service supported them (motivation / use of time / lifestyle / offending)').value);
    expect(actual.bound).toBe('over');
    expect(actual.denominator).toBeNull();
    expect(actual.provenance).toBe('real');
  });

  test('published counts: follow-up assessments and the contracted number', () => {
    expect(figure('follow-up-assessments').value).toBe(publishedRow(/^follow-up .+ assessments completed$/).numerator);
    expect(figure('contracted-clients').value).toBe(publishedRow('contracted number of individuals').numerator);
  });
});

describe('the synthetic offences reproduce the published before-and-after shares', () => {
  test.each([
    ['reduced both frequency and seriousness of convictions (pre vs post)', 'reduced-frequency-and-seriousness', BASES.reducedBoth, BASES.compared],
    ['reduced frequency of convictions where engaged over six months', 'reduced-frequency[engagement=over-6-months]', BASES.reducedFrequencyEngagedOverSixMonths, BASES.comparedEngagedOverSixMonths],
  ])('%s → %s: the published percentage after rounding, on the documented base', (label, id, numerator, denominator) => {
    const actual = figure(id);
    expect(unprotected(actual).value).toBe(`${publishedRow(label).value}%`);
    expect([actual.numerator, actual.denominator]).toEqual([numerator, denominator]);
    expect(actual.provenance).toBe('synthetic-reconstruction');
    expect(actual.source).toBe('data/manchester/offences.csv');
  });

  test('these ids are computed, no longer copied into the published-aggregates file', () => {
    const aggregates = csv(new URL('published-indicators.csv', dataFolder)).map((row) => row['indicator']);
    expect(aggregates).not.toContain('reduced-frequency-and-seriousness');
    expect(aggregates).not.toContain('reduced-frequency-engaged-over-6-months');
    expect(manchester?.figures.some((candidate) => candidate.id === 'reduced-frequency-engaged-over-6-months')).toBe(false);
  });

  test('the compared bases match the long-engaged count: everyone engaged over six months is compared', () => {
    expect(figure('compared-before-after').value).toBe(BASES.compared);
    expect(figure('compared-before-after[engagement=over-6-months]').value).toBe(BASES.comparedEngagedOverSixMonths);
    expect(figure('engaged-over-6-months').numerator).toBe(BASES.comparedEngagedOverSixMonths);
  });

  test('people with no conviction in the three years before starting are excluded and counted', () => {
    // Worked out from the files: people followed for six months or more whose three years before
    // their start hold no counted (conviction) row. Cautions and older convictions do not count.
    const counted = new Set(manifest.datasets.offences.counted_kinds);
    const followedUp = clients.filter((client) => client['Engaged'] === 'Yes' && client['Start date'] && addMonths(iso(client['Start date']), 6) <= manifest.as_of);
    const withoutConvictionsBefore = followedUp.filter((client) => {
      const start = iso(client['Start date'] as string);
      const windowStart = addMonths(start, -36);
      return !offences.some(
        (offence) => offence['client_id'] === client['Case ref'] && counted.has(offence['kind'] as string) && iso(offence['date'] as string) >= windowStart && iso(offence['date'] as string) < start,
      );
    });
    expect(withoutConvictionsBefore).toHaveLength(BASES.noConvictionsBefore);
    expect(figure('excluded-no-offences-before').value).toBe(BASES.noConvictionsBefore);
    // Each of them does have some record: the exclusion is about recent convictions, not an empty history.
    for (const client of withoutConvictionsBefore) expect(offences.some((offence) => offence['client_id'] === client['Case ref'])).toBe(true);
    expect(followedUp.length - withoutConvictionsBefore.length).toBe(BASES.compared);
  });

  test('people who started too late for six months of follow-up are excluded and counted', () => {
    const late = clients.filter((client) => client['Engaged'] === 'Yes' && client['Start date'] && addMonths(iso(client['Start date']), 6) > manifest.as_of);
    expect(late).toHaveLength(BASES.shortFollowUp);
    expect(figure('excluded-short-follow-up').value).toBe(BASES.shortFollowUp);
    const started = clients.filter((client) => client['Engaged'] === 'Yes' && client['Start date']).length;
    expect(BASES.compared + BASES.noConvictionsBefore + BASES.shortFollowUp).toBe(started);
  });

  test('cautions are in the data but are not counted', () => {
    expect(manifest.datasets.offences.counted_kinds).toEqual(['conviction']);
    expect(offences.filter((offence) => offence['kind'] === 'caution').length).toBeGreaterThan(0);
  });

  test('re-offending rates are over clients whose whole window had passed, never over everyone', () => {
    const started = BASES.compared + BASES.noConvictionsBefore + BASES.shortFollowUp;
    for (const months of [3, 6, 12]) {
      const rate = figure(`reoffended-within-${months}-months`);
      const waiting = figure(`not-yet-eligible-${months}-months`).value;
      expect(waiting).toBeGreaterThan(0);
      expect((rate.denominator ?? 0) + waiting).toBe(started);
      expect(rate.provenance).toBe('synthetic-reconstruction');
    }
  });

  test('every offence type in the data is mapped to a costed group of the built-in table, none of them homicide', () => {
    const groups = new Map(Object.entries(manifest.datasets.offences.cost_groups).map(([type, group]) => [type, group.toLowerCase()]));
    const costed = new Set(DEFAULT_UNIT_COSTS.map((cost) => cost.group.toLowerCase()));
    const types = [...new Set(offences.map((offence) => offence['offence_type'] as string))];
    expect(types.length).toBeGreaterThan(1);
    for (const type of types) {
      const group = groups.get(type);
      expect(group, type).toBeDefined();
      expect(costed.has(group as string), `${type} → ${group}`).toBe(true);
      expect(group, type).not.toBe('homicide');
    }
  });

  test('nothing is left uncosted, and the costs are priced from the built-in table', () => {
    const caveat = manchester?.sections.find((section) => section.id === 'reoffending')?.caveat;
    expect(caveat?.paragraphs[1]).toBe('Every counted offence type has a unit cost.');
    expect(caveat?.paragraphs[0]).toContain('at 2015/16 prices');
    const before = figure('cost-per-client-year-before');
    expect(before.unit).toBe('gbp');
    expect(before.denominator).toBe(BASES.compared);
    expect(before.provenance).toBe('synthetic-reconstruction');
    expect(figure('cost-per-client-year-after').value).toBeLessThan(before.value);
  });
});

describe('the illustrative assessments and feedback', () => {
  test('the assessments cover the 51 clients with a published follow-up, each assessed at least twice', () => {
    const followUps = publishedRow(/^follow-up .+ assessments completed$/).numerator;
    expect(new Set(assessments.map((row) => row['client_id'])).size).toBe(followUps);
    for (const domain of [...pathways, 'Motivation']) {
      const slug = domain.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      expect(figure(`assessed[domain=${slug},review=1]`).value).toBe(followUps);
      expect(figure(`reviewed[domain=${slug}]`).value).toBe(followUps);
      // Attrition: fewer people reached a third assessment.
      expect(figure(`assessed[domain=${slug},review=3]`).value).toBeLessThan(followUps as number);
    }
  });

  test('the areas are the seven resettlement pathways and motivation', () => {
    expect(pathways).toHaveLength(7);
    expect(new Set(assessments.map((row) => row['domain']))).toEqual(new Set([...pathways, 'Motivation']));
  });

  test('mean scores improve in every area, most of all in motivation', () => {
    const changes = computed.filter((candidate) => candidate.metric === 'score-change-mean');
    expect(changes).toHaveLength(8);
    for (const change of changes) expect(change.value, change.id).toBeGreaterThan(0);
    const largest = changes.reduce((best, change) => (change.value > best.value ? change : best));
    expect(largest.id).toBe('score-change-mean[domain=motivation]');
  });

  test('feedback and assessment figures carry provenance "illustrative"', () => {
    for (const file of ['assessments.csv', 'feedback.csv']) {
      const fromFile = computed.filter((candidate) => candidate.source === `data/manchester/${file}`);
      expect(fromFile.length, file).toBeGreaterThan(0);
      for (const candidate of fromFile) expect(candidate.provenance, candidate.id).toBe('illustrative');
    }
    expect(figure('agreed[question=my-mentor-understood-what-i-was-dealing-with]').provenance).toBe('illustrative');
    expect(figure('improved[domain=motivation]').provenance).toBe('illustrative');
  });

  test('the illustrative feedback does not stand in for the published "over 90%" support figure', () => {
    const agreed = computed.filter((candidate) => candidate.metric === 'agreed');
    expect(agreed.length).toBeGreaterThanOrEqual(4);
    for (const share of agreed) expect(share.value, share.id).toBeLessThan(90);
  });

  test('the licensed assessment tool is not named in the example', () => {
    // Spelled in parts so that this file does not carry the name either.
    const licensed = ['Outcomes', 'Star'].join(' ').toLowerCase();
    const texts = [...readdirSync(dataFolder).map((name) => readFileSync(new URL(name, dataFolder), 'utf8')), readFileSync(new URL('../../content/manchester/summary.mdx', import.meta.url), 'utf8')];
    for (const text of texts) expect(text.toLowerCase()).not.toContain(licensed);
  });
});
