import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';
import '../support/exampleSite.ts';

// The example site, built once per run by the global setup (test/support/exampleSite.ts).
const { root } = inject('exampleSite');
const documentOf = (path: string): Document => parseHTML(readFileSync(join(root, 'dist', path), 'utf8')).document;
const occurrences = (text: string, part: string) => text.split(part).length - 1;

// The documents data/manchester/evaluation.yaml lists under sources, by title.
const MANCHESTER_DOCUMENTS = ['CLI: What we do and why it works', 'European Reoffending Research Project, Action Learning Set 2', 'The economic and social costs of crime, second edition'];

describe('sources: listed once per page, each chart naming only its own', () => {
  test.each(['manchester/index.html', 'manchester/findings/index.html'])('%s lists each document once, in full, in its Sources section at the foot', (path) => {
    const document = documentOf(path);
    const text = document.querySelector('main')?.textContent ?? '';
    const sections = document.querySelectorAll('.page-sources');
    expect(sections).toHaveLength(1);
    for (const title of MANCHESTER_DOCUMENTS) expect(occurrences(text, title)).toBe(1);
    expect(sections[0]?.textContent).toContain('The economic and social costs of crime, second edition, Home Office (2018)');
  });

  test('no chart cites a document: the gender chart names only the clients file it is drawn from', () => {
    const document = documentOf('manchester/findings/index.html');
    const sources = [...document.querySelectorAll('.chart-source')].map((line) => line.textContent);
    expect(sources.length).toBeGreaterThan(5);
    for (const line of sources) for (const title of MANCHESTER_DOCUMENTS) expect(line).not.toContain(title);
    // Gender is a client attribute, read from clients.csv; the evaluation's provenance is a synthetic reconstruction.
    expect(document.querySelector('#chart-cohort-share-by-gender .chart-source')?.textContent).toBe('Source: clients.csv (synthetic reconstruction of published figures).');
  });

  test('every chart links to the methodology entry of each measure it draws, and each entry is there', () => {
    const findings = documentOf('manchester/findings/index.html');
    const methodology = documentOf('manchester/methodology/index.html');
    const charts = [...findings.querySelectorAll('figure.chart')];
    expect(charts.length).toBeGreaterThan(5);
    for (const chart of charts) {
      const links = [...chart.querySelectorAll('.chart-definitions a')].map((link) => link.getAttribute('href') ?? '');
      expect(links.length, chart.id).toBeGreaterThan(0);
      for (const href of links) {
        expect(href).toMatch(/^\/manchester\/methodology\/#metric-/);
        expect(methodology.getElementById(href.split('#')[1] ?? '')).not.toBeNull();
      }
    }
    // The outcome chart draws its bases and each status.
    const outcome = [...findings.querySelectorAll('#chart-improved-by-domain .chart-definitions a')].map((link) => link.getAttribute('href'));
    expect(outcome).toEqual(expect.arrayContaining(['/manchester/methodology/#metric-reviewed', '/manchester/methodology/#metric-improved']));
  });

  test('the heading is the message and the description is not printed under it, but opens the data table', () => {
    const chart = documentOf('manchester/findings/index.html').querySelector('#chart-improved-by-domain');
    // The heading agrees with the chart's own table: the row with the largest share improved and the one with the smallest.
    const rows = [...(chart?.querySelectorAll('tbody tr') ?? [])].map((row) => ({
      label: row.children[0]?.textContent ?? '',
      improved: Number(/^(\d+)%/.exec(row.children[2]?.textContent ?? '')?.[1]),
    }));
    const most = rows.reduce((best, row) => (row.improved > best.improved ? row : best));
    const least = rows.reduce((best, row) => (row.improved < best.improved ? row : best));
    expect(rows.filter((row) => row.improved === most.improved || row.improved === least.improved)).toHaveLength(2);
    expect(chart?.querySelector('h3')?.textContent).toBe(
      `Clients improved most often on ${most.label.toLowerCase()} (${most.improved}%), least often on ${least.label.toLowerCase()} (${least.improved}%)`,
    );
    expect(chart?.querySelector('.chart-subtitle')?.textContent).toMatch(/^Outcome status by domain · /);
    const description = chart?.querySelector('.chart-description');
    expect(description?.parentElement?.matches('details.chart-data')).toBe(true);
    expect(chart?.querySelector('.chart-svg svg')?.getAttribute('aria-describedby')).toBe(description?.id);
  });
});

test('each chart’s download line reads "data (CSV) · chart (SVG) · chart (PNG)", a space each side of every dot', () => {
  const lines = [...documentOf('manchester/findings/index.html').querySelectorAll('.chart-downloads')].map((line) => line.textContent.replace(/\s+/g, ' ').trim());
  expect(lines.length).toBeGreaterThan(3);
  expect(lines).toContain('Download: data (CSV) · chart (SVG) · chart (PNG)');
  for (const line of lines) expect(line).not.toMatch(/·\S|\S·/);
});
