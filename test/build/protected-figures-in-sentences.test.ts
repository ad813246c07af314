import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';
import { PROTECTED_SENTENCE, TAYSIDE_SUMMARY } from '../support/exampleSite.ts';

// The example site (test/support/exampleSite.ts), built once per run by the global setup with the
// real command line. Its Tayside summary ends with PROTECTED_SENTENCE, which puts the men's
// "maintained" in housing inline: 10 of the 30 men reviewed improved, and "deteriorated" is too
// small to show, so "maintained" and "deteriorated" are published only together.
const { root, run } = inject('exampleSite');
const dist = join(root, 'dist');
const documentOf = (path: string) => parseHTML(readFileSync(join(dist, path), 'utf8')).document;
const text = (node: { textContent: string | null }) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a protected figure in a sentence, built by the real command line', () => {
  // The sentence is a paragraph of its own after the summary's last line: the file's lines (its
  // text ends with a line break, so splitting gives one empty piece more), a blank line, then it.
  const line = readFileSync(new URL(`../../${TAYSIDE_SUMMARY}`, import.meta.url), 'utf8').split('\n').length + 1;

  test('is a warning at its file and line, printed after the result; the build succeeds', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^evalsite: built 7 evaluations into /);
    expect(lines).toContain(
      `warning: ${TAYSIDE_SUMMARY}:${line}:Indicator — <Indicator id="maintained[domain=accommodation-and-housing,service=men]" />, a figure protected for privacy whose value is not published: the sentence will read "a number (counted only within “maintained or deteriorated”)" in its place — a figure that is shown, such as <Indicator id="maintained-or-deteriorated[domain=accommodation-and-housing,service=men]" />, or the sentence reworded without this one (the methodology page lists the protected figures; see docs/indicators.md#protected-figures-in-a-sentence)`,
    );
  });

  test('reads as a phrase on the page, its head in bold', () => {
    const figure = documentOf('tayside/index.html').querySelector('span.figure[data-indicator="maintained[domain=accommodation-and-housing,service=men]"]');
    expect(figure?.querySelector('strong')?.textContent).toBe('a number');
    expect(text(figure?.parentElement ?? { textContent: '' })).toBe('Housing stayed as it was for a number (counted only within “maintained or deteriorated”) of the men.');
    expect(PROTECTED_SENTENCE).toContain('Housing stayed as it was for <Indicator');
  });
});

describe("the examples' summary and findings pages", () => {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((path) => /^[a-z0-9-]+\/(findings\/)?index\.html$/.test(path))
    .sort();

  test('are all read', () => {
    expect(pages).toEqual(expect.arrayContaining(['manchester/index.html', 'manchester/findings/index.html', 'tayside/index.html', 'tayside/findings/index.html']));
  });

  // "for merged of the men", "not shown of the invented answers agree": a figure's treatment where
  // a number should be. Tables and cards show "not shown" and "merged" as values, which is right.
  test.each(pages)('%s has no "not shown" or "merged" standing for a figure in a sentence', (page) => {
    const document = documentOf(page);
    const figures = [...document.querySelectorAll('span.figure')].map(text);
    expect(figures.filter((figure) => /^(not shown|merged)\b/i.test(figure))).toEqual([]);
    const sentences = [...document.querySelectorAll('p, li, figcaption')].filter((element) => !element.closest('table')).map(text);
    expect(sentences.filter((sentence) => /\b(not shown|merged)\s+(of|people|clients|men|women|said|were|agreed?)\b/i.test(sentence))).toEqual([]);
  });

  test("the bundled summaries put no protected figure in a sentence (the example site's added one aside)", () => {
    expect(run.stdout.split('\n').filter((output) => output.startsWith('warning:'))).toHaveLength(1);
  });
});
