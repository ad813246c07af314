// The site-wide figures.json and figures.csv against each evaluation's own figures.json, on the
// example site the global setup builds (test/support/exampleSiteSetup.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, test } from 'vitest';
import '../support/exampleSite.ts';

const { root } = inject('exampleSite');
const dist = join(root, 'dist');
const json = (path: string): unknown => JSON.parse(readFileSync(join(dist, path), 'utf8'));

interface FigureRecord {
  readonly id: string;
  readonly unit: string;
  readonly value: number | null;
  readonly display: string;
  readonly symbol: string | null;
  readonly denominator: number | null;
  readonly bound: string | null;
  readonly disclosure: { readonly treatment: string } | null;
  readonly [key: string]: unknown;
}
interface SiteFigures {
  readonly evaluations: ReadonlyArray<{ readonly evaluation: string; readonly figures_file: string }>;
  readonly figures: ReadonlyArray<FigureRecord & { readonly evaluation: string }>;
}
interface EvaluationFigures {
  readonly evaluation: string;
  readonly figures: readonly FigureRecord[];
}

const site = json('figures.json') as SiteFigures;
const slugs = site.evaluations.map((entry) => entry.evaluation);
const own = new Map(slugs.map((slug) => [slug, json(`${slug}/figures.json`) as EvaluationFigures]));
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('site-wide figures.json', () => {
  test('lists every evaluation of the site, each with its own figures file', () => {
    expect(slugs).toEqual(expect.arrayContaining(['manchester', 'tayside', 'needs-inventory', 'peer-support', 'narrative-only']));
    for (const entry of site.evaluations) expect(existsSync(join(dist, entry.figures_file)), entry.figures_file).toBe(true);
  });

  test('holds, for each evaluation, exactly the figure records of its own figures.json (as a set)', () => {
    let total = 0;
    for (const slug of slugs) {
      const mine = site.figures.filter((record) => record.evaluation === slug).map(({ evaluation: _evaluation, ...record }) => record);
      const theirs = own.get(slug)?.figures ?? [];
      expect([...mine].sort(byId), slug).toEqual([...theirs].sort(byId));
      total += theirs.length;
    }
    // Nothing belongs to no evaluation, and Manchester alone has hundreds.
    expect(site.figures.length).toBe(total);
    expect(own.get('manchester')?.figures.length).toBeGreaterThan(100);
  });
});

describe('site-wide figures.csv', () => {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(join(dist, 'figures.csv'), 'utf8'), { header: true, skipEmptyLines: true });

  test('parses cleanly, one row per figure of figures.json, with the same ids per evaluation', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields?.slice(0, 3)).toEqual(['evaluation', 'figure_id', 'label']);
    expect(parsed.meta.fields?.slice(-9)).toEqual(['unit', 'value', 'count', 'base', 'lower', 'upper', 'status', 'shown', 'rounded_to']);
    for (const slug of slugs) {
      const ids = parsed.data.filter((row) => row['evaluation'] === slug).map((row) => row['figure_id']);
      expect(new Set(ids), slug).toEqual(new Set(own.get(slug)?.figures.map((figure) => figure.id)));
      expect(ids.length, slug).toBe(own.get(slug)?.figures.length);
    }
  });

  test('every row agrees with its figures.json record: status symbols, the value as a number, the base', () => {
    const records = new Map(site.figures.map((record) => [`${record.evaluation} ${record.id}`, record]));
    for (const row of parsed.data) {
      const record = records.get(`${row['evaluation'] ?? ''} ${row['figure_id'] ?? ''}`);
      const where = `${row['evaluation'] ?? ''} ${row['figure_id'] ?? ''}`;
      expect(record, where).toBeDefined();
      if (!record) continue;
      const range = record.disclosure?.treatment === 'bounded' || (record.disclosure === null && record.bound !== null);
      expect(row['status'], where).toBe(record.symbol ?? (range ? 'range' : ''));
      if (row['status'] === '') {
        expect(row['shown'], where).toBe('');
        // A share is given to one decimal from its counts, a count or sum of money whole, another number to its places.
        expect(Math.abs(Number(row['value']) - (record.value ?? Number.NaN)), where).toBeLessThanOrEqual(record.unit === 'count' || record.unit === 'gbp' ? 0.5 : 0.05 + 1e-9);
      } else {
        expect(row['value'], where).toBe('');
        expect(row['shown'], where).toBe(record.display);
      }
      if (record.unit !== 'count') expect(row['base'], where).toBe(record.denominator === null ? '' : String(record.denominator));
    }
  });
});
