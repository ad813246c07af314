import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeSiteData } from '../../scripts/io/writeSiteData.ts';
import { readSiteData } from '../../src/site/siteData.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

describe('the site data is written as one file per evaluation and read back whole', () => {
  const folder = mkdtempSync(join(tmpdir(), 'evalsite-site-data-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const { site } = exampleSiteData();
  if (site === undefined) throw new Error('the examples build');
  const file = writeSiteData(folder, site);

  test('the site step reads exactly the site data the data step made', () => {
    expect(readSiteData(file)).toEqual(JSON.parse(JSON.stringify(site)));
  });

  test('site-data.json holds no evaluation, and each evaluation has a file of its own', () => {
    const index = JSON.parse(readFileSync(file, 'utf8')) as { evaluations: unknown[]; evaluationFiles: string[] };
    expect(index.evaluations).toEqual([]);
    expect(index.evaluationFiles).toHaveLength(site.evaluations.length);
    expect(readdirSync(folder).sort()).toEqual(['site-data.json', ...index.evaluationFiles].sort());
    index.evaluationFiles.forEach((name, position) => {
      expect((JSON.parse(readFileSync(join(folder, name), 'utf8')) as { slug: string }).slug).toBe(site.evaluations[position]?.slug);
    });
  });

  test('a site-data.json that holds its evaluations itself is read as it is', () => {
    const whole = join(folder, 'whole.json');
    writeFileSync(whole, JSON.stringify(site));
    expect(readSiteData(whole)).toEqual(JSON.parse(JSON.stringify(site)));
    rmSync(whole);
  });
});
