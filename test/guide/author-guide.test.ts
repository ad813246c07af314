import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GUIDE_PAGES, renderGuideMarkdown } from '../../src/lib/index.ts';
import { DEVELOPER_DOCS } from '../../src/lib/guide/guidePages.ts';
import { ERROR_SECTIONS, PROBLEM_CATALOGUE, type ProblemCode } from '../../src/lib/problems/problemCatalogue.ts';
import { problemLink } from '../../src/lib/problems/problemHelp.ts';
import { runDataStep } from '../../scripts/cli.ts';

const folder = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, folder), 'utf8');
const present = new Set(GUIDE_PAGES.flatMap((page) => (page.file !== null && existsSync(new URL(page.file, folder)) ? [page.file] : [])));
/** A guide link as `slug#fragment`, so the test can follow it. */
const href = (slug: string, fragment: string) => `guide:${slug}#${fragment}`;
const rendered = (file: string) => renderGuideMarkdown(file, read(file), present, href);
const idsOf = (html: string) => new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));

describe('the author guide’s pages', () => {
  test('every doc is a guide page, or one of the developers’ docs the guide leaves out', () => {
    const docs = readdirSync(new URL('docs/', folder)).filter((name) => name.endsWith('.md'));
    const inGuide = new Set(GUIDE_PAGES.map((page) => page.file));
    expect(docs.map((name) => `docs/${name}`).filter((file) => !inGuide.has(file))).toEqual([...DEVELOPER_DOCS]);
  });

  test('every page’s file is there (getting started may come later), and each has a title', () => {
    for (const page of GUIDE_PAGES) {
      if (page.file === null || page.optional) continue;
      expect(present.has(page.file), page.file).toBe(true);
      expect(rendered(page.file).title, page.file).not.toBe('');
    }
  });

  test('every link from one guide page to another lands on a heading that is there', () => {
    const ids = new Map([...present].map((file) => [GUIDE_PAGES.find((page) => page.file === file)?.slug ?? '', idsOf(rendered(file).html)]));
    const broken: string[] = [];
    let followed = 0;
    for (const file of present) {
      for (const [, slug = '', fragment = ''] of rendered(file).html.matchAll(/href="guide:([^#"]*)#([^"]*)"/g)) {
        followed += 1;
        if (fragment !== '' && !ids.get(slug)?.has(fragment)) broken.push(`${file} → ${slug}#${fragment}`);
      }
    }
    // The docs link to each other's sections well over a hundred times.
    expect(followed).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});

describe('every error message links to its section of the guide', () => {
  const errorsPage = idsOf(rendered('docs/errors.md').html);

  test('each section a problem can name is a heading of the guide’s errors page, with the same anchor as in docs/errors.md', () => {
    expect(ERROR_SECTIONS.filter((section) => !errorsPage.has(section))).toEqual([]);
  });

  test('each catalogue code links to docs/errors.md and /guide/errors/ at its section, which is there', () => {
    for (const code of Object.keys(PROBLEM_CATALOGUE) as ProblemCode[]) {
      const { doc, guide } = problemLink({ code });
      const section = PROBLEM_CATALOGUE[code].section;
      expect(doc).toBe(`docs/errors.md#${section}`);
      expect(guide).toBe(`/guide/errors/#${section}`);
      expect(errorsPage.has(section), code).toBe(true);
    }
  });
});

describe('the guide’s examples are real files that evalsite checks', () => {
  const EXAMPLE = 'docs/examples/guide-project/';

  test('the example project the guide shows passes every check, with no warning, and gives the figures worked out by hand', () => {
    const { site, problems, warnings } = runDataStep(new URL(EXAMPLE, folder).pathname, null, { cache: false });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    const evaluation = site?.evaluations.find((candidate) => candidate.slug === 'example-mentoring');
    const figure = (id: string) => evaluation?.figures.find((candidate) => candidate.id === id)?.text.value;
    // clients.csv has 12 rows: 12 referred.
    expect(figure('referred')).toBe('12');
    // 9 engaged (G003, G007 and G012 never started): the 3 who did not are under the threshold of 5,
    // so the share is published as a range: at most 4 did not, so at least 8 of 12 (66.7%) did.
    expect(figure('engaged')).toBe('over 66%');
    // Its theory of change and its journey are drawn.
    expect(evaluation?.theoryOfChange).not.toBeNull();
    expect(evaluation?.theoryOfChange).toBeDefined();
    expect(evaluation?.journeys.map((journey) => journey.id)).toEqual(['a-new-start']);
    // The summary names figures and a card the evaluation publishes (no problem above), and the site leaves the guide out.
    expect(site?.settings.authorGuide).toBe(false);
  });

  test('a code block marked <!-- guide-example: path --> in a doc is exactly that file of the example project', () => {
    const marked: string[] = [];
    for (const file of present) {
      for (const [, path = '', block = ''] of read(file).matchAll(/<!-- guide-example: (\S+) -->\n+```[a-z]*\n([\s\S]*?)```\n/g)) {
        marked.push(path);
        expect(block, `${file}: the example ${path} (copy the file into the doc, or the doc's block into the file)`).toBe(read(`${EXAMPLE}${path}`));
      }
    }
    // The journey format's complete example is one of them.
    expect(marked).toContain('content/example-mentoring/journeys/a-new-start.yaml');
  });
});
