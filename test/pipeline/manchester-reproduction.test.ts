import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { buildSite, formatFigure, type PublishedFigure } from '../../src/lib/index.ts';
import { chartDocument } from '../../scripts/io/chartDocument.ts';
import { evaluationSlugs, projectReader } from '../../scripts/io/projectFiles.ts';

// The published figures, read from the copy of the source table (test/reference/README.md).
const published = Papa.parse<Record<string, string>>(readFileSync(new URL('../reference/cli-manchester-indicators.csv', import.meta.url), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

function publishedRow(indicator: string): { value: number | null; numerator: number | null; denominator: number | null } {
  const row = published.find((candidate) => candidate['indicator'] === indicator);
  if (!row) throw new Error(`no published row "${indicator}"`);
  const number = (cell: string | undefined) => (cell ? Number(cell) : null);
  return { value: number(row['value_pct']), numerator: number(row['numerator']), denominator: number(row['denominator']) };
}

// The real pipeline on the real files in data/.
const root = new URL('../..', import.meta.url).pathname;
const { site, problems } = buildSite(evaluationSlugs(root), projectReader(root), { document: chartDocument() });
const manchester = site?.evaluations.find((evaluation) => evaluation.slug === 'manchester');
const figure = (id: string): PublishedFigure => {
  const found = manchester?.figures.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};

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
    expect(formatFigure(actual).value).toBe(`${expected.value}%`);
    expect(actual.provenance).toBe('synthetic-reconstruction');
  });

  test('cases worked with: the clients table has one row per published case', () => {
    expect(figure('referred').value).toBe(publishedRow('cases worked with').numerator);
  });

  test('aged 22–25 engaged over six months rounds to the published 67%, and the band is not the under-25 group', () => {
    const band = figure('engaged-over-6-months[age-band=22-25]');
    expect(formatFigure(band).value).toBe(`${publishedRow('aged 22-25 who engaged for over six months').value}%`);
    const bandSize = figure('referred[age-band=22-25]').value;
    expect(band.denominator).toBe(bandSize);
    expect(bandSize).not.toBe(figure('referred[age-band=under-25]').value);
    // 25-year-olds are in the band but not under 25, so the band reaches past the under-25 group.
    expect(figure('referred[age-band=25-and-over]').value + figure('referred[age-band=under-25]').value).toBe(84);
  });

  test.each([
    ['reduced both frequency and seriousness of convictions (pre vs post)', 'reduced-frequency-and-seriousness', null],
    ['reduced frequency of convictions where engaged over six months', 'reduced-frequency-engaged-over-6-months', null],
    ['reported the service supported them (motivation / use of time / lifestyle / offending)', 'reported-support', 'over'],
  ])('published aggregate "%s" is shown as published, with no invented base', (label, id, bound) => {
    const actual = figure(id);
    expect(actual.value).toBe(publishedRow(label).value);
    expect(actual.bound).toBe(bound);
    expect(actual.denominator).toBeNull();
    expect(actual.provenance).toBe('real');
  });

  test('published counts: follow-up assessments and the contracted number', () => {
    expect(figure('follow-up-assessments').value).toBe(publishedRow('follow-up Outcomes Star assessments completed').numerator);
    expect(figure('contracted-clients').value).toBe(publishedRow('contracted number of individuals').numerator);
  });
});
