import { describe, expect, test } from 'vitest';
import { renderGuideMarkdown } from './renderGuideMarkdown.ts';

const PRESENT = new Set(['README.md', 'docs/privacy.md', 'docs/errors.md', 'docs/datasets.md']);
const href = (slug: string, fragment: string) => `/base/guide/${slug}/${fragment === '' ? '' : `#${fragment}`}`;
const render = (markdown: string, file = 'docs/datasets.md') => renderGuideMarkdown(file, markdown, PRESENT, href);

describe('renderGuideMarkdown', () => {
  test('gives headings the anchors GitHub gives them, so docs/errors.md#… and /guide/errors/#… name the same place', () => {
    const { title, html } = render('# Errors\n\n## The evaluation folder and `evaluation.yaml`\n\n### Files under `public/`\n\n## Cells\n\n## Cells\n');
    expect(title).toBe('Errors');
    // GitHub drops the dot and the backticks, and numbers a repeated heading.
    expect(html).toContain('<h2 id="the-evaluation-folder-and-evaluationyaml">');
    expect(html).toContain('<h3 id="files-under-public">');
    expect(html).toContain('<h2 id="cells">Cells</h2>');
    expect(html).toContain('<h2 id="cells-1">Cells</h2>');
  });

  test('makes a link to another doc a link to its guide page, with its anchor, under the base path', () => {
    const { html } = render('See [privacy](privacy.md#waivers), [errors](./errors.md) and [the README](../README.md#install).');
    expect(html).toContain('<a href="/base/guide/privacy/#waivers">privacy</a>');
    expect(html).toContain('<a href="/base/guide/errors/">errors</a>');
    expect(html).toContain('<a href="/base/guide/overview/#install">the README</a>');
  });

  test('resolves links from the README, which sits above docs/', () => {
    const { html } = render('Read [the datasets](docs/datasets.md).', 'README.md');
    expect(html).toContain('<a href="/base/guide/datasets/">the datasets</a>');
  });

  test('makes a link to the example project a link to the page that shows its files', () => {
    const { html } = render('See [the example](docs/examples/guide-project/).', 'README.md');
    expect(html).toContain('<a href="/base/guide/example/">the example</a>');
  });

  test('keeps the words of a link to a file that is not on the site, without the link', () => {
    // ARCHITECTURE.md is for developers; getting-started.md is not there in this set of files.
    const { html } = render('Read [the architecture](ARCHITECTURE.md) and [getting started](getting-started.md).');
    expect(html).toContain('Read the architecture and getting started.');
    expect(html).not.toContain('<a');
  });

  test('leaves links to other sites and to the same page as they are', () => {
    const { html } = render('[GOV.UK](https://www.gov.uk/) and [below](#cells).');
    expect(html).toContain('<a href="https://www.gov.uk/">GOV.UK</a>');
    expect(html).toContain('<a href="#cells">below</a>');
  });

  test('drops raw HTML: a doc is Markdown only', () => {
    const { html } = render('Text <script>alert(1)</script> more.\n\n<div onclick="x()">block</div>\n\n<!-- guide-example: x.csv -->\n');
    expect(html).not.toMatch(/<script|<div|onclick|guide-example/);
    expect(html).toContain('Text');
  });

  test('puts each table in a named box that scrolls on a phone and takes the keyboard', () => {
    const { html } = render('| a | b |\n| --- | --- |\n| 1 | 2 |\n\n| c |\n| --- |\n| 3 |\n');
    expect(html).toContain('<div class="table-scroll" role="region" aria-label="Table 1" tabindex="0"><table>');
    expect(html).toContain('aria-label="Table 2"');
  });
});
