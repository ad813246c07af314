import { asOlderEvalsiteBuilt } from '../support/olderSite.ts';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';
import { buildSite, formatProblem } from '../../src/lib/index.ts';
import { parsePreviousRelease } from '../../src/lib/pipeline/previousRelease.ts';
import { evaluationSlugs } from '../../scripts/io/projectFiles.ts';
import { projectEffects } from '../../scripts/io/projectEffects.ts';
import { chartDocument } from '../../scripts/io/chartDocument.ts';
import { checkOutputFolder } from '../../scripts/io/outputFolder.ts';
import '../support/exampleSite.ts';

/** Every file below a folder, relative, sorted. */
function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

// The example site (test/support/exampleSite.ts: the bundled example, a narrative-only
// evaluation and a waived column), built once per run by the global setup with the real command
// line, twice, in two folders, under different time zones, locales and file times. The first
// build is also the one the site checks below read.
const { root: first, run: firstRun, twin: second, twinRun: secondRun } = inject('exampleSite');

const dist = () => join(first, 'dist');
const page = (path: string) => readFileSync(join(dist(), path), 'utf8');

describe('npm run build on the bundled example', () => {
  test('succeeds', () => {
    expect(firstRun.stderr).toBe('');
    expect(firstRun.status).toBe(0);
    expect(secondRun.status).toBe(0);
  });

  test('is byte-identical across folders, time zones, locales and file times', () => {
    const files = filesBelow(dist());
    expect(filesBelow(join(second, 'dist'))).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(second, 'dist', file)).equals(readFileSync(join(dist(), file))), file).toBe(true);
    }
    expect(statSync(join(dist(), 'index.html')).size).toBeGreaterThan(0);
  });

  test('publishes a home page and, per evaluation, summary and methodology pages, a figures file and chart downloads', () => {
    const files = filesBelow(dist()).filter((file) => !file.startsWith('_astro/'));
    for (const slug of ['manchester', 'tayside', 'narrative-only']) {
      expect(files).toEqual(expect.arrayContaining([`${slug}/index.html`, `${slug}/methodology/index.html`, `${slug}/figures.json`]));
    }
    // A findings page only where there are findings to chart: none for evaluations without data.
    expect(files).toEqual(expect.arrayContaining(['manchester/findings/index.html', 'tayside/findings/index.html']));
    expect(files).not.toContain('narrative-only/findings/index.html');
    expect(files).not.toContain('knowsley/findings/index.html');
    expect(files).toEqual(expect.arrayContaining(['index.html', 'manchester/charts/chart-improved-by-domain.csv', 'manchester/charts/chart-improved-by-domain.svg']));
    // The site's icon is evalsite's own, published with its other assets, not a file the project's public/ must hold.
    const icon = /<link rel="icon" href="\/(_astro\/favicon\.[\w-]+\.svg)"/.exec(page('index.html'))?.[1];
    expect(icon && readFileSync(join(dist(), icon), 'utf8')).toContain('<svg');
    // The search page, and the search index it reads (scripts/io/searchIndex.ts).
    expect(files).toEqual(expect.arrayContaining(['search/index.html', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json']));
    expect(files).toEqual(expect.arrayContaining(['journey-kit/index.html', 'manchester/journeys/index.html', 'manchester/journeys/journey-1/index.html', 'knowsley/journeys/journey-4/index.html']));
    expect(
      files.filter(
        (file) =>
          !/^(\.evalsite-build|index\.html|figures\.(json|csv)|404\.html|robots\.txt|sitemap\.xml|share\.png|images\/journeys\/keys\.svg|portfolio\/(oldest|[a-z-]+\/[a-z0-9-]+)\/index\.html|findings-and-recommendations\/[a-z-]+\/index\.html|compare\/[a-z0-9-]+\/index\.html|guide\/[a-z-]+\/index\.html|pagefind\/(pagefind(-worker)?\.js|pagefind-entry\.json|pagefind\.en_[0-9a-f]+\.pf_meta|wasm\.(en|unknown)\.pagefind|fragment\/en_[0-9a-f]+\.pf_fragment|index\/en_[0-9a-f]+\.pf_index)|[a-z-]+\/(index\.html|(findings|conclusions|methodology|downloads|report|theory-of-change|journeys(\/[a-z0-9-]+)?)\/index\.html|figures\.json|share\.png|[a-z-]+-tables\.(zip|xlsx)|charts\/chart-[a-z0-9-]+\.(csv|svg|png)))$/.test(
            file,
          ),
      ),
    ).toEqual([]);
  });

  test('carries the marker that tells the next build this folder is a site it may replace, listing the files it built and nothing about the project', () => {
    const built = filesBelow(dist()).filter((file) => file !== '.evalsite-build');
    expect(built.length).toBeGreaterThan(50);
    expect(page('.evalsite-build')).toBe(`This folder is a website built by evalsite. The next evalsite build replaces it whole.\nThe files it built:\n${built.join('\n')}\n`);
  });

  // A marker alone can be copied anywhere, and an author may put a file into a built site: the list
  // tells the site's own files from theirs, which no build may delete.
  test('a built site that has since been given a file of someone else’s, or a folder of files with a copied marker, is refused', () => {
    const copy = mkdtempSync(join(tmpdir(), 'evalsite-marked-'));
    try {
      const site = join(copy, 'dist');
      cpSync(dist(), site, { recursive: true });
      expect(checkOutputFolder(first, site)).toEqual({ path: realpathSync(site) });
      writeFileSync(join(site, 'notes.txt'), 'my notes\n');
      mkdirSync(join(site, 'manchester/drafts'));
      writeFileSync(join(site, 'manchester/drafts/index.html'), '<p>draft</p>\n');
      expect(checkOutputFolder(first, site)).toContain('holds 2 files or folders that no evalsite build wrote');
      const other = join(copy, 'other');
      mkdirSync(other);
      writeFileSync(join(other, 'report.docx'), 'report\n');
      cpSync(join(site, '.evalsite-build'), join(other, '.evalsite-build'));
      expect(checkOutputFolder(first, other)).toContain('holds 1 file or folder that no evalsite build wrote');
      expect(existsSync(join(site, 'notes.txt')) && existsSync(join(other, 'report.docx'))).toBe(true);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test('without the marker, as an older evalsite built it, it is still recognised as a site a build may replace; with a file of someone else’s, it is not', () => {
    const copy = mkdtempSync(join(tmpdir(), 'evalsite-older-'));
    try {
      const older = join(copy, 'dist');
      cpSync(dist(), older, { recursive: true });
      asOlderEvalsiteBuilt(older);
      expect(checkOutputFolder(first, older)).toEqual({ path: realpathSync(older) });
      writeFileSync(join(older, 'manchester/notes.docx'), 'notes\n');
      expect(checkOutputFolder(first, older)).toContain('holds 1 file or folder that no evalsite build wrote');
      expect(existsSync(join(older, 'manchester/notes.docx'))).toBe(true);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test('a consented story shows its client’s own figures beside the strip; a composite shows none', () => {
    // Lee's case study points at CLI0004 in data/manchester/clients.csv: 9 sessions attended and
    // 9.00 contact hours; engaged 25/12/2013 to 16/03/2014, 2 whole months (25 Jan and 25 Feb
    // passed, 25 Mar not); their one offence in offences.csv is dated 15/07/2010, before their
    // start, so none since starting.
    const lee = page('manchester/journeys/lee-case-study/index.html');
    const figures = [...lee.matchAll(/<dt>([^<]+)<\/dt><dd>([^<]+)<\/dd>/g)].map((match) => [match[1], match[2]]);
    expect(figures).toEqual([
      ['Sessions — Lee', '9'],
      ['Hours of contact — Lee', '9.0'],
      ['Months engaged — Lee', '2'],
      ['Proven offences since starting — Lee', '0'],
    ]);
    expect(lee).toContain('Illustrative: Lee is made up');
    expect(page('manchester/journeys/journey-1/index.html')).not.toContain('own figures');
  });

  test('an author’s picture takes the place of a drawn scene, described for screen readers and copied into the site', () => {
    const journey = page('narrative-only/journeys/own-picture/index.html');
    const panels = journey.split('<li class="panel-step"').slice(1);
    expect(panels).toHaveLength(2);
    expect(panels[1]).toMatch(/<img class="panel-illustration" src="\/images\/journeys\/keys\.svg" alt="">/);
    expect(panels[1]).toContain('A front door with a set of keys in the lock.');
    expect(panels[0]).not.toContain('<img');
    // The drawn scene is the larger drawing: the picture's panel draws no backdrop.
    const art = (panel = '') => /<svg[^>]*class="panel-drawing"[\s\S]*?<\/svg>/.exec(panel)?.[0].length ?? 0;
    expect(art(panels[1])).toBeLessThan(art(panels[0]));
    expect(readFileSync(join(dist(), 'images/journeys/keys.svg'), 'utf8')).toContain('<svg');
  });

  test('an evaluation with no datasets still gets its pages, and says it publishes no data', () => {
    expect(page('narrative-only/index.html')).toContain('This evaluation tells its story in words alone.');
    expect(page('narrative-only/methodology/index.html')).toContain('This evaluation publishes no datasets.');
    expect(JSON.parse(page('narrative-only/figures.json'))).toMatchObject({ figures: [] });
    expect(page('index.html')).toContain('href="/narrative-only/"');
  });

  test('figures.json lists each figure with its numerator, denominator and provenance', () => {
    const { figures } = JSON.parse(page('manchester/figures.json')) as { figures: Array<Record<string, unknown>> };
    expect(figures.find((figure) => figure['id'] === 'engaged-over-3-months')).toMatchObject({
      numerator: 41,
      denominator: 84,
      display: '49%',
      provenance: 'synthetic-reconstruction',
      source: 'data/manchester/clients.csv',
      disclosure: null,
    });
    // 81 of 84 engaged would tell a reader that 3 did not: the share is published as a range only.
    expect(figures.find((figure) => figure['id'] === 'engaged')).toMatchObject({
      display: 'over 95%',
      value: null,
      numerator: null,
      denominator: 84,
      interval: null,
      disclosure: { treatment: 'bounded' },
    });
    expect(figures.find((figure) => figure['id'] === 'reported-support')).toMatchObject({ display: 'over 90%', bound: 'over', denominator: null, provenance: 'real' });
    // Downloads give the government symbol [c] for a value kept back, nothing for one shown or shown as a range.
    expect(figures.find((figure) => figure['id'] === 'engaged')?.['symbol']).toBeNull();
    expect(figures.find((figure) => figure['id'] === 'engaged-over-3-months')).toMatchObject({ symbol: null, rounded: null });
    const keptBack = figures.filter((figure) => figure['disclosure'] !== null && (figure['disclosure'] as { treatment: string }).treatment !== 'bounded');
    expect(keptBack.length).toBeGreaterThan(0);
    for (const figure of keptBack) expect(figure).toMatchObject({ symbol: '[c]', value: null });
    const head = JSON.parse(page('manchester/figures.json')) as { disclosure_rounding: number; symbols: Record<string, string> };
    expect(head.disclosure_rounding).toBe(1);
    expect(Object.keys(head.symbols)).toEqual(['[c]', '[x]', '[z]']);
    // Every figure the data step computed is listed, no more and no fewer.
    const { site } = buildSite(evaluationSlugs(first), projectEffects(first, chartDocument()));
    const computed = site?.evaluations.find((evaluation) => evaluation.slug === 'manchester')?.figures.map((figure) => figure.id);
    expect(figures.map((figure) => figure['id'])).toEqual(computed);
  });

  test("every evaluation's figures.json, as this build writes it, can be read as the previous release of the next one", () => {
    // A field the build adds to figures.json that the previous-release check refuses would break
    // every re-release; this reads each built file exactly as `npm run release` and the next build do.
    const slugs = evaluationSlugs(first).filter((slug) => existsSync(join(dist(), slug, 'figures.json')));
    expect(slugs).toEqual(expect.arrayContaining(['manchester', 'tayside', 'knowsley', 'needs-inventory', 'jdl-mentoring']));
    for (const slug of slugs) {
      const parsed = parsePreviousRelease(`${slug}/figures.json`, page(`${slug}/figures.json`), '1');
      expect(parsed.problems.map(formatProblem), slug).toEqual([]);
      expect(parsed.release?.figures.length, slug).toBe((JSON.parse(page(`${slug}/figures.json`)) as { figures: unknown[] }).figures.length);
    }
  });

  test('the summary page shows computed figures with their bases', () => {
    const html = page('manchester/index.html');
    expect(html).toContain('<p class="card-value">over 95%</p><p class="card-base">of 84 clients</p>');
    // The definition, interval and provenance behind "How this is measured", not on the face of the card.
    expect(html).toContain('<details class="card-details"><summary>How this is measured</summary><p class="card-definition">Share of referred clients who engaged with the service.</p>');
    expect(html).toContain('<strong>49%</strong> (41 of 84)');
    expect(html).toContain('Synthetic reconstruction of published figures');
    expect(html).toContain('CLI: What we do and why it works');
  });

  test('the summary opens with the key findings, each figure written from the data as a sentence reads it', () => {
    const { document } = parseHTML(page('manchester/index.html'));
    const findings = [...document.querySelectorAll('.key-findings li')].map((item) => item.textContent);
    // Worked by hand from data/manchester: 81 of 84 engaged, 3 did not (fewer than 5), so a range:
    // at least 84 − 5 + 1 = 80 of 84, over 95%. 41 of 84 engaged over three months, 48.8%. 28 of
    // the 50 compared offended less often and less seriously, 56%. The published report gives the
    // share who said the service supported them only as "over 90%", with no base
    // (data/manchester/published-indicators.csv, copied from the report: see data/manchester/README.md).
    expect(findings).toEqual([
      'Almost everyone referred took up mentoring, over 95% (80 or more of 84), and 49% (41 of 84) stayed with it for more than three months.',
      'Of the clients whose offending could be compared before and after they started, 56% (28 of 50) offended both less often and less seriously afterwards.',
      'Of the clients asked, over 90% said the service supported their motivation, use of time, lifestyle or offending.',
    ]);
    // Before the headline cards.
    expect(page('manchester/index.html').indexOf('id="key-findings"')).toBeLessThan(page('manchester/index.html').indexOf('id="headlines"'));
  });

  test('the summary shows a strip of the stories, each with its first panel as a glimpse, linked to the story', () => {
    const { document } = parseHTML(page('manchester/index.html'));
    const stories = [...document.querySelectorAll('.stories-strip li')];
    // Manchester's four journeys (content/manchester/journeys/), in file-name order.
    expect(stories.map((story) => story.querySelector('.story-title')?.textContent)).toHaveLength(4);
    for (const story of stories) {
      const href = story.querySelector('a.story-card')?.getAttribute('href') ?? '';
      expect(existsSync(join(dist(), href.replace(/^\//, ''), 'index.html')), href).toBe(true);
      // The picture is decorative: the link's words are the title.
      expect(story.querySelector('.story-thumbnail')?.getAttribute('aria-hidden')).toBe('true');
      expect(story.querySelector('.story-thumbnail svg, .story-thumbnail img')).not.toBeNull();
    }
  });

  test('the findings page shows every chart with its data table, and states the limitations first', () => {
    const html = page('manchester/findings/index.html');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain('<caption>Engagement by age band (share of clients in each band)</caption>');
    expect(html.indexOf('Read these findings with their limits')).toBeGreaterThan(0);
    expect(html.indexOf('Read these findings with their limits')).toBeLessThan(html.indexOf('<figure class="chart"'));
    expect(html).toContain('There is no comparison group');
  });

  test('the Justice Data Lab page lists every result of the site, a forest plot per measure with its table and downloads, and the home page links to it', () => {
    // data/jdl-mentoring/justice-data-lab.csv, counted by hand: 7 rows, the only evaluation with
    // results. Rate: all participants, completed, did not complete; frequency: the same three;
    // days to first re-offence: all participants only.
    const html = page('justice-data-lab/index.html');
    const { document } = parseHTML(html);
    const figures = [...document.querySelectorAll('figure.chart')];
    expect(figures.map((figure) => figure.id)).toEqual(['chart-jdl-forest-site-rate', 'chart-jdl-forest-site-frequency', 'chart-jdl-forest-site-days-to-first']);
    const rows = figures.map((figure) => [...figure.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent.trim())));
    const title = 'Justice Data Lab example (illustrative)';
    expect(rows).toEqual([
      [
        [`${title}: All participants`, '-7.0', '-13.0 to -1.0', 'significant, for the better'],
        [`${title}: Completed the programme`, '-12.0', '-20.0 to -4.0', 'significant, for the better'],
        [`${title}: Did not complete`, '3.0', '-7.0 to 13.0', 'not significant'],
      ],
      [
        [`${title}: All participants`, '-0.33', '-0.71 to 0.05', 'not significant'],
        [`${title}: Completed the programme`, '-0.63', '-1.05 to -0.21', 'significant, for the better'],
        [`${title}: Did not complete`, '0.55', '0.08 to 1.02', 'significant, for the worse'],
      ],
      [[`${title}: All participants`, '17', '-6 to 40', 'not significant']],
    ]);
    expect(rows.flat()).toHaveLength(7);
    // Each plot is drawn, with a zero line and a square per result, and downloads of its own under the page's folder.
    for (const figure of figures) {
      expect(figure.querySelector('svg[role="img"]')).not.toBeNull();
      expect(existsSync(join(dist(), `justice-data-lab/charts/${figure.id}.csv`))).toBe(true);
      expect(existsSync(join(dist(), `justice-data-lab/charts/${figure.id}.svg`))).toBe(true);
      expect(figure.querySelector(`a[href="/justice-data-lab/charts/${figure.id}.csv"]`)).not.toBeNull();
    }
    expect(document.querySelector('a[href="/jdl-mentoring/findings/#justice-data-lab"]')?.textContent).toBe(title);
    expect(page('index.html')).toContain('<a href="/justice-data-lab/">Justice Data Lab results</a>');
  });

  test('the methodology page quotes each re-offending definition with its source, and the findings page and cards link to it', () => {
    const { document } = parseHTML(page('needs-inventory/methodology/index.html'));
    const proven = document.getElementById('definition-proven-reoffending')?.closest('section');
    expect(proven?.querySelector('blockquote')?.textContent).toContain('within a further six month waiting period');
    expect(proven?.querySelector('.definition-source')?.textContent).toContain('Source: Ministry of Justice, Guide to Proven Reoffending Statistics');
    const service = document.getElementById('definition-reoffending-recorded')?.closest('section');
    expect(service?.textContent).toContain('not the Ministry of Justice’s proven re-offending rate');
    const findings = page('needs-inventory/findings/index.html');
    expect(findings).toContain('methodology/#definition-proven-reoffending');
    expect(findings).toContain('methodology/#definition-reoffending-recorded');
  });

  test('a chart most of whose rows cannot be drawn is one sentence and its open table, with no drawing to download', () => {
    // Manchester's outcome status by gender: none of its 16 bars can be drawn (test/pipeline/empty-charts.test.ts).
    const html = page('manchester/findings/index.html');
    const figure = /<figure class="chart" id="chart-improved-by-domain-and-gender"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(figure).toContain(
      '<p class="chart-not-drawn">Too few clients had most of these outcomes to draw this chart without risking identifying someone; the table below shows what can be published. Each row has its own base: not every client was reviewed in every domain.</p>',
    );
    expect(figure).not.toContain('<svg');
    expect(figure).toMatch(/<details class="chart-data" open/);
    expect(figure).toContain('chart-improved-by-domain-and-gender.csv');
    expect(figure).not.toContain('chart-improved-by-domain-and-gender.svg');
    expect(existsSync(join(dist(), 'manchester/charts/chart-improved-by-domain-and-gender.csv'))).toBe(true);
    expect(existsSync(join(dist(), 'manchester/charts/chart-improved-by-domain-and-gender.svg'))).toBe(false);
  });

  test('every page of an evaluation links to its other pages, marks the one it is, and links to no page the evaluation lacks', () => {
    const pageFiles = filesBelow(dist()).filter((file) => /^(manchester|knowsley|narrative-only)\/(.+\/)?index\.html$/.test(file));
    // What each evaluation has, from the bundled example: Manchester every kind of page; Knowsley stories but
    // no theory of change and no datasets, so no findings; the narrative-only evaluation (exampleSite.ts) one story.
    const expected: Record<string, string[]> = {
      manchester: ['Summary', 'Findings', 'Conclusions', 'How it works', 'Stories', 'Methods', 'Downloads', 'Report'],
      knowsley: ['Summary', 'Stories', 'Methods', 'Downloads', 'Report'],
      'narrative-only': ['Summary', 'Stories', 'Methods', 'Downloads', 'Report'],
    };
    for (const file of pageFiles) {
      const slug = file.split('/')[0] ?? '';
      const { document } = parseHTML(page(file));
      const navs = [...document.querySelectorAll('nav.evaluation-nav')];
      expect(navs, file).toHaveLength(1);
      const links = [...(navs[0]?.querySelectorAll('a') ?? [])];
      expect(
        links.map((link) => link.textContent),
        file,
      ).toEqual(expected[slug]);
      for (const link of links) expect(existsSync(join(dist(), (link.getAttribute('href') ?? '').replace(/^\//, ''), 'index.html')), `${file} → ${link.getAttribute('href')}`).toBe(true);
      // One page is the current one, and it is the page itself (a single story counts as the stories).
      const current = links.filter((link) => link.getAttribute('aria-current') === 'page').map((link) => link.getAttribute('href'));
      const own = `/${file.replace(/index\.html$/, '')}`.replace(/\/journeys\/[^/]+\/$/, '/journeys/');
      expect(current, file).toEqual([own]);
    }
    expect(pageFiles.length).toBeGreaterThan(10);
  });

  test("every page gives each id once: the summary's main chart is never a second copy of one its text places", () => {
    for (const file of filesBelow(dist()).filter((name) => name.endsWith('.html'))) {
      // Ids of elements only: the author guide quotes components' markup as text (&lt;IndicatorCard id="…" /&gt;).
      const ids = [...page(file).matchAll(/<[a-z][^<>]*?\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        file,
      ).toEqual([]);
    }
    // Each summary with a drawable chart leads with one, under its headline figures; Tayside's text places its outcome-status chart by service, so another is chosen.
    const { document } = parseHTML(page('tayside/index.html'));
    const hero = document.querySelector('.hero-chart figure');
    expect(hero).not.toBeNull();
    expect(hero?.getAttribute('id')).not.toBe('chart-improved-by-domain-and-service');
    // Manchester's manifest names its own: the offending before and after chart.
    expect(page('manchester/index.html')).toContain('<section class="hero-chart" aria-label="The main chart"><figure class="chart" id="chart-offences-per-year-before-and-after"');
  });

  test('the methodology page defines each kind of figure once, with its groups, and every card links to its entry', () => {
    const figures = (JSON.parse(page('manchester/figures.json')) as { figures: Array<{ metric: string }> }).figures;
    const metrics = [...new Set(figures.map((figure) => figure.metric))];
    const { document } = parseHTML(page('manchester/methodology/index.html'));
    const entries = [...document.querySelectorAll('.metric-entry')];
    // One entry per metric figures.json lists, in its order, however many figures each has.
    expect(entries.map((entry) => entry.querySelector('dt code')?.textContent)).toEqual(metrics);
    expect(entries.length).toBeLessThan(figures.length / 4);
    const summary = parseHTML(page('manchester/index.html')).document;
    for (const link of summary.querySelectorAll('.card-provenance a')) {
      const anchor = (link.getAttribute('href') ?? '').split('#')[1] ?? '';
      expect(document.getElementById(anchor), anchor).not.toBeNull();
    }
  });

  test('the downloads page links figures.json and every chart’s data, and the picture of every drawn chart, each a file that exists', () => {
    const { document } = parseHTML(page('manchester/downloads/index.html'));
    const links = [...document.querySelectorAll('main a[download]')].map((link) => link.getAttribute('href') ?? '');
    const charts = filesBelow(dist()).filter((file) => file.startsWith('manchester/charts/'));
    // Every chart file is offered, and nothing that is not a file.
    expect(
      links
        .filter((href) => href.includes('/charts/'))
        .map((href) => href.replace(/^\//, ''))
        .sort(),
    ).toEqual(charts.sort());
    expect(links).toContain('/manchester/figures.json');
  });

  test('carries the author guide at /guide/, made from evalsite’s docs, outside the portfolio', () => {
    const files = filesBelow(dist());
    // A page per doc for authors, the example project and the components reference (src/lib/guide/guidePages.ts).
    expect(files).toEqual(
      expect.arrayContaining([
        'guide/index.html',
        'guide/errors/index.html',
        'guide/datasets/index.html',
        'guide/privacy/index.html',
        'guide/summary-components/index.html',
        'guide/example/index.html',
      ]),
    );
    const errors = parseHTML(page('guide/errors/index.html')).document;
    // The anchors a printed problem links to: a heading per section of docs/errors.md.
    expect(errors.querySelector('h3#cells')?.textContent).toBe('Cells');
    expect(errors.querySelector('h3#the-evaluation-folder-and-evaluationyaml')?.textContent).toBe('The evaluation folder and evaluation.yaml');
    // Links between docs are links between guide pages.
    expect([...errors.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toContain('/guide/privacy/');
    // The example page shows the example project's files as they are.
    expect(page('guide/example/index.html')).toContain('G001,02/01/2023,09/01/2023,30/06/2023,Yes,12');
    // The summary's components, from the allow-list the check uses.
    const components = parseHTML(page('guide/summary-components/index.html')).document;
    expect([...components.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual(['<Indicator>', '<IndicatorCard>', '<Chart>']);
    // Not part of the portfolio: no evaluation, figure or comparison row, and only the footer links to it.
    expect((JSON.parse(page('figures.json')) as { evaluations: Array<{ evaluation: string }> }).evaluations.map((evaluation) => evaluation.evaluation)).not.toContain('guide');
    expect(page('figures.csv')).not.toMatch(/^guide,/m);
    expect(parseHTML(page('compare/index.html')).document.querySelector('main')?.innerHTML).not.toContain('/guide/');
    // On the home page, no card or list leads to it: the one link is the footer's.
    expect([...parseHTML(page('index.html')).document.querySelectorAll('a[href^="/guide/"]')].map((link) => link.closest('footer') !== null)).toEqual([true]);
    // In the sitemap, and in the search, named as the guide.
    expect(page('sitemap.xml')).toContain('<loc>https://evaluations.example.org/guide/errors/</loc>');
    expect(errors.querySelector('main')?.getAttribute('data-title')).toBe('Author guide: Errors');
  });

  test('no client id reaches the site', () => {
    for (const file of filesBelow(dist()).filter((name) => /\.(html|json)$/.test(name))) {
      expect(page(file), file).not.toMatch(/CLI\d{4}/);
    }
  });

  test('the font is self-hosted and nothing is loaded from another site', () => {
    const files = filesBelow(dist());
    expect(files.some((file) => /^_astro\/atkinson-hyperlegible-next-latin-400-normal\.[\w-]+\.woff2$/.test(file))).toBe(true);
    for (const file of files.filter((name) => /\.(html|css)$/.test(name))) {
      // Links to other sites (a licence) and the page's own canonical address load nothing.
      const loading = page(file).replace(/<a [^>]*>|<link rel="canonical"[^>]*>/g, '');
      expect(loading, file).not.toMatch(/(?:src|href)=["']?https?:|url\(["']?https?:/);
    }
  });

  test('reading needs no JavaScript: the pages ship no scripts, but for the search page, which reads without its one script', () => {
    for (const file of filesBelow(dist()).filter((name) => name.endsWith('.html') && name !== 'search/index.html')) {
      expect(page(file), file).not.toContain('<script');
    }
    // Searching needs JavaScript; without it the page says so and links to every evaluation's methods (docs/search.md).
    const search = page('search/index.html');
    expect(search.split('<script').length - 1).toBe(1);
    const { document } = parseHTML(search);
    expect(document.querySelector('[data-search-fallback]')?.hasAttribute('hidden')).toBe(false);
    expect(document.querySelector('[data-search-fallback]')?.textContent).toContain('Searching this site needs JavaScript');
    expect(document.querySelector('[data-search]')?.hasAttribute('hidden')).toBe(true);
    expect([...document.querySelectorAll('[data-search-fallback] a')].map((link) => link.getAttribute('href'))).toEqual(
      expect.arrayContaining(['/', '/manchester/methodology/', '/tayside/methodology/']),
    );
  });

  test('a multi-colour chart has its legend on the page, and its SVG download draws title, subtitle, legend and source', () => {
    const { document } = parseHTML(page('manchester/findings/index.html'));
    // Every one of Manchester's domains has maintained and deteriorated combined ("no change or worse"), so the legend names
    // what is drawn: improved and the combined share, not the two statuses no bar shows alone.
    const legend = [...document.querySelectorAll('#chart-improved-by-domain .chart-legend li')].map((item) => item.textContent.trim());
    expect(legend).toEqual(['Improved', 'No change or worse, combined to protect privacy']);
    const download = page('manchester/charts/chart-improved-by-domain.svg');
    const texts = [...parseHTML(`<html><body>${download.replace(/^<\?xml[^>]*>/, '')}</body></html>`).document.querySelectorAll('text')].map((text) => text.textContent);
    // The heading is the message; the descriptive title starts the subtitle (lines may wrap, so the text is read joined).
    const joined = texts.join(' ');
    expect(joined).toMatch(/^Clients improved most often on /);
    expect(joined).toContain('Outcome status by domain · ');
    expect(joined).toContain('clients reviewed per bar · 1 December 2013 to 31 May 2015');
    expect(texts).toContain('No change or worse, combined to protect privacy');
    // The chart's own source: the assessments file its statuses come from, named without its folder.
    expect(texts.some((text) => text.startsWith('Source: assessments.csv'))).toBe(true);
  });

  test('each evaluation has its report page, and an ordinary build makes no PDF and links to none', () => {
    const files = filesBelow(dist());
    for (const slug of ['manchester', 'knowsley', 'narrative-only']) expect(files, slug).toContain(`${slug}/report/index.html`);
    // Only `npm run pdf` prints the reports (test/browser/report.test.ts reads its PDF): here there is none, so nothing may link to one.
    expect(files.filter((file) => file.endsWith('.pdf'))).toEqual([]);
    for (const file of files.filter((name) => name.endsWith('.html'))) expect(page(file), file).not.toMatch(/href="[^"]*\.pdf"/);
    // The report always offers to be printed.
    expect(page('manchester/report/index.html')).toContain('Print this report');
  });
});
