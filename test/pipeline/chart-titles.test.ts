import { describe, expect, test } from 'vitest';
import { buildSite } from '../../src/lib/pipeline/buildSite.ts';
import { formatProblem } from '../../src/lib/problems/problem.ts';
import { DEMO_FILES, demoManifestWith } from '../support/memoryProject.ts';
import { memoryEffects } from '../support/memoryEffects.ts';

const withTitles = (yaml: string) => memoryEffects({ ...DEMO_FILES, 'data/demo/evaluation.yaml': demoManifestWith('indicators:\n', `chart_titles:\n${yaml}indicators:\n`) });

describe('the manifest’s chart_titles', () => {
  test('an author’s title heads the chart, on the page and in the download, with the descriptive title first in the subtitle', () => {
    // The demo has fewer than 5 clients: {referred} is published as "fewer than 5", and reads so in the title.
    const { site, warnings } = buildSite(['demo'], withTitles('  chart-cohort-share-by-gender: Men and women among the {referred} clients referred\n'));
    const chart = site?.evaluations[0]?.charts.find((candidate) => candidate.id === 'chart-cohort-share-by-gender');
    expect(chart?.title).toBe('Men and women among the fewer than 5 clients referred');
    expect(chart?.descriptiveTitle).toBe('Who the clients were: gender');
    expect(chart?.subtitle).toMatch(/^Who the clients were: gender · /);
    expect(chart?.downloadSvg).toContain('<title>Men and women among the fewer than 5 clients referred</title>');
    expect(chart?.svg).toContain('<title>Men and women among the fewer than 5 clients referred</title>');
    // "fewer than 5" is a shown range, not a hidden figure: no warning about the title (the demo's others are about its summary and headline).
    expect(warnings.map(formatProblem).filter((line) => line.includes('chart_titles'))).toEqual([]);
  });

  test('a figure hidden for privacy reads as its phrase, never its value, and is a warning on the title', () => {
    const { site, warnings } = buildSite(['demo'], withTitles('  chart-cohort-share-by-gender: Engaged {engaged}\n'));
    const chart = site?.evaluations[0]?.charts.find((candidate) => candidate.id === 'chart-cohort-share-by-gender');
    expect(chart?.title).toBe('Engaged a number (too small to publish)');
    expect(warnings.map(formatProblem).filter((line) => line.includes('chart_titles'))).toEqual([
      expect.stringMatching(
        /^data\/demo\/evaluation\.yaml:chart_titles\.chart-cohort-share-by-gender — \{engaged\}, a figure protected for privacy whose value is not published: the title will read "a number \(too small to publish\)"/,
      ),
    ]);
  });

  test('a title for a chart the evaluation does not draw stops the build, naming the field and the charts', () => {
    const { site, problems } = buildSite(['demo'], withTitles('  chart-improved-by-domian: Clients improved\n'));
    expect(site).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'data/demo/evaluation.yaml:chart_titles.chart-improved-by-domian — a title for "chart-improved-by-domian", which is not one of this evaluation\'s charts — the id of one of this evaluation\'s charts, as its findings page anchors it: chart-cohort-share-by-gender, chart-engaged-by-age-band, chart-dosage-by-month, chart-improved-by-domain, chart-improved-by-domain-and-gender',
    ]);
  });

  test('a typed number stops the build without printing the title', () => {
    const { problems } = buildSite(['demo'], withTitles('  chart-improved-by-domain: In 2014 clients improved\n'));
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^data\/demo\/evaluation\.yaml:chart_titles\.chart-improved-by-domain — a number typed into a chart title — /)]);
    expect(problems.map(formatProblem).join('\n')).not.toContain('In 2014');
  });
});
