import { describe, expect, test } from 'vitest';
import { siteJusticeDataLab } from '../../src/lib/pipeline/siteJusticeDataLab.ts';
import { CONTEXT, jdlSiteFixture } from '../charts/chartFixtures.ts';

// Issue 13, item 2: a forest plot of all Justice Data Lab results across the site's evaluations.
// The fixture's values and verdicts are worked out by hand in chartFixtures.ts (jdlSiteFixture).
describe('the site-wide Justice Data Lab plots', () => {
  const site = siteJusticeDataLab(jdlSiteFixture(), CONTEXT);

  test('one plot per measure with results, each listing the rows of both evaluations, evaluation by evaluation, in file order, with the verdict in words', () => {
    expect(site?.charts.map((chart) => [chart.id, chart.options['measure']])).toEqual([
      ['chart-jdl-forest-site-rate', 'rate'],
      ['chart-jdl-forest-site-frequency', 'frequency'],
    ]);
    // Rates to a tenth of a point, frequencies to hundredths. Not sorted by size: Beta's −5.0 comes after Alpha's −2.0.
    expect(site?.charts.map((chart) => chart.table.rows)).toEqual([
      [
        ['Alpha mentoring: Main analysis', '-6.0', '-11.0 to -1.0', 'significant, for the better'],
        ['Alpha mentoring: Women', '-2.0', '-10.0 to 6.0', 'not significant'],
        ['Beta resettlement service: Main analysis', '-5.0', '-12.0 to 2.0', 'not significant'],
      ],
      [['Alpha mentoring: Main analysis', '0.30', '0.05 to 0.55', 'significant, for the worse']],
    ]);
    expect(site?.charts[0]?.table.caption).toBe('Justice Data Lab results: one-year proven re-offending rate, every evaluation on this site');
    // Alpha from 1 April 2016, Beta to 31 December 2019.
    expect(site?.charts[0]?.subtitle).toBe('3 results, treatment group minus matched comparison group, every evaluation on this site · 1 April 2016 to 31 December 2019');
    expect(site?.charts[0]?.source).toBe('Source: data/alpha/jdl.csv (illustrative data), data/beta/jdl.csv (illustrative data); drawn from Alpha report; Beta report.');
    // Published aggregates are never protected, so no chart has a privacy line to link to a methodology page.
    expect(site?.charts.map((chart) => chart.privacy)).toEqual(['', '']);
  });

  test('lists the evaluations with how many results each, and each report once', () => {
    expect(site?.evaluations).toEqual([
      { slug: 'alpha', title: 'Alpha mentoring', results: 3 },
      { slug: 'beta', title: 'Beta resettlement service', results: 1 },
    ]);
    expect(site?.sources).toEqual([
      'Source: Alpha report, Justice Data Lab, Ministry of Justice, published 13 May 2021.',
      'Source: Beta report, Justice Data Lab, Ministry of Justice, published 13 May 2021.',
    ]);
  });

  test('keeps the order it is given: the site’s order of evaluations, never a ranking', () => {
    const [alpha, beta] = jdlSiteFixture();
    if (!alpha || !beta) throw new Error('fixture');
    const reversed = siteJusticeDataLab([beta, alpha], CONTEXT);
    expect(reversed?.charts[0]?.table.rows.map((row) => row[0])).toEqual(['Beta resettlement service: Main analysis', 'Alpha mentoring: Main analysis', 'Alpha mentoring: Women']);
  });

  test('two evaluations of the same title are told apart by their folder names, so no two rows share a label', () => {
    const [alpha, beta] = jdlSiteFixture();
    if (!alpha || !beta) throw new Error('fixture');
    const twins = siteJusticeDataLab([alpha, { ...beta, title: 'Alpha mentoring' }], CONTEXT);
    expect(twins?.charts[0]?.table.rows.map((row) => row[0])).toEqual(['Alpha mentoring (alpha): Main analysis', 'Alpha mentoring (alpha): Women', 'Alpha mentoring (beta): Main analysis']);
  });

  test('a label the evaluation’s long title wraps past two lines gets a taller row, so labels never run into each other', () => {
    const [alpha, beta] = jdlSiteFixture();
    if (!alpha || !beta) throw new Error('fixture');
    const height = (svg: string | undefined) => Number(/^<svg[^>]*\bheight="(\d+)"/.exec(svg ?? '')?.[1]);
    // Three rows of two lines at most: 60px of axis and margins, 36px a row.
    expect(height(site?.charts[0]?.svg)).toBe(60 + 3 * 36);
    const long = siteJusticeDataLab([{ ...alpha, title: 'An evaluation of a resettlement mentoring programme for women leaving custody in the north of England' }, beta], CONTEXT);
    expect(height(long?.charts[0]?.svg)).toBeGreaterThan(60 + 3 * 36);
  });

  test('no result in any evaluation: no page', () => {
    const [alpha] = jdlSiteFixture();
    if (!alpha) throw new Error('fixture');
    expect(siteJusticeDataLab([], CONTEXT)).toBeNull();
    expect(siteJusticeDataLab([{ ...alpha, pairs: [] }], CONTEXT)).toBeNull();
  });
});
