import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { STATISTICAL_SYMBOLS } from '../../src/lib/index.ts';
import { figureRecords } from '../../src/site/figureRecords.ts';
import { writeSiteFigures } from '../../scripts/io/writeSiteFigures.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

describe('the site-wide figures.json is written one evaluation at a time, the same file as made whole', () => {
  const folder = mkdtempSync(join(tmpdir(), 'evalsite-site-figures-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const { site } = exampleSiteData();
  if (site === undefined) throw new Error('the examples build');

  test('every figure of every evaluation, pretty-printed as one JSON.stringify of the whole writes it, with links under the base path', () => {
    const out = mkdtempSync(join(folder, 'out-'));
    writeSiteFigures(out, site.evaluations, '/evaluations');
    const text = readFileSync(join(out, 'figures.json'), 'utf8');
    const whole = {
      symbols: STATISTICAL_SYMBOLS,
      evaluations: site.evaluations.map((evaluation) => ({
        evaluation: evaluation.slug,
        title: evaluation.meta.title,
        period: evaluation.meta.period,
        as_of: evaluation.meta.as_of,
        disclosure_threshold: evaluation.disclosure.threshold,
        disclosure_rounding: evaluation.disclosure.rounding,
        figures_file: `/evaluations/${evaluation.slug}/figures.json`,
      })),
      figures: site.evaluations.flatMap((evaluation) => figureRecords(evaluation).map((record) => ({ evaluation: evaluation.slug, ...record }))),
    };
    expect(text).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    const parsed = JSON.parse(text) as { evaluations: Array<{ figures_file: string }>; figures: unknown[] };
    expect(parsed.evaluations.map((entry) => entry.figures_file)).toContain('/evaluations/manchester/figures.json');
    expect(parsed.figures.length).toBe(site.evaluations.reduce((sum, evaluation) => sum + evaluation.figures.length, 0));
  });

  test('never over a file already there: the build stops, naming it', () => {
    const out = mkdtempSync(join(folder, 'taken-'));
    writeFileSync(join(out, 'figures.json'), 'an author file\n');
    expect(() => writeSiteFigures(out, site.evaluations, '/')).toThrow(/public\/figures\.json has the name of a file evalsite makes/);
    expect(readFileSync(join(out, 'figures.json'), 'utf8')).toBe('an author file\n');
  });
});
