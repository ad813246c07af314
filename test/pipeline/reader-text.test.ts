import { expect, test } from 'vitest';
import { exampleSiteData } from '../support/exampleSiteData.ts';

const evaluations = exampleSiteData().site?.evaluations ?? [];

/** A manifest field's path, such as "dosage.session_bands": an author's name, meaningless to a reader. */
const FIELD_PATH = /\b[a-z]+\.[a-z]+_[a-z_]+\b/;

test('the example evaluations are there to read', () => {
  expect(evaluations.map((evaluation) => evaluation.slug)).toContain('manchester');
});

test('no limitation, caveat or chart note names a manifest field', () => {
  const texts = evaluations.flatMap((evaluation) => [
    ...evaluation.limitations,
    ...evaluation.sections.flatMap((section) => section.caveat?.paragraphs ?? []),
    ...evaluation.charts.flatMap((chart) => [chart.note, chart.notDrawn ?? '']),
  ]);
  expect(texts.length).toBeGreaterThan(20);
  expect(texts.filter((text) => FIELD_PATH.test(text))).toEqual([]);
  // The pattern finds what it is for.
  expect(FIELD_PATH.test('Wider bands (dosage.session_bands) may fill every band.')).toBe(true);
});

test('the dosage caveat reads as sentences: no label dropped in after a colon', () => {
  const manchester = evaluations.find((evaluation) => evaluation.slug === 'manchester');
  const paragraphs = manchester?.sections.find((section) => section.id === 'how-much-support')?.caveat?.paragraphs ?? [];
  const bySessions = paragraphs.find((paragraph) => paragraph.startsWith('Re-offending and improvement by sessions'));
  expect(bySessions).toContain('beside what happened after. Strength of evidence: after starting, one group (Maryland scale level 1). People who had more sessions');
  expect(bySessions).not.toMatch(/: After/);
});
