import { describe, expect, test } from 'vitest';
import { checkLayout } from '../../src/lib/toc/checkLayout.ts';
import { expectGoldenSvg } from '../support/golden.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

const { site, problems } = exampleSiteData();

describe.each(['manchester', 'tayside'])('the %s theory of change', (slug) => {
  const evaluation = site?.evaluations.find((candidate) => candidate.slug === slug);
  const drawing = evaluation?.theoryOfChange?.svg;

  test('builds with no problems and is drawn, matching its golden file', () => {
    expect(problems).toEqual([]);
    expect(drawing?.svg).toMatch(/^<svg /);
    expectGoldenSvg(`${slug}-theory-of-change`, drawing?.svg ?? '');
  });

  test('no two boxes overlap, every label fits inside its box, and no link passes through a box', () => {
    if (!drawing) throw new Error('no drawing');
    expect(checkLayout({ width: drawing.width, height: drawing.height, boxes: drawing.boxes, routes: drawing.routes }, { textBoxes: drawing.labels })).toEqual([]);
    expect(drawing.boxes).toHaveLength(evaluation.theoryOfChange.toc.columns.reduce((sum, column) => sum + column.nodes.length, 0));
  });

  test('every number in the drawing is a published figure as the pages show it', () => {
    const texts = [...(drawing?.svg ?? '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? '');
    const shown = evaluation?.theoryOfChange?.nodes.flatMap((node) => node.evidence.flatMap((item) => [item.value, item.base, item.scope])) ?? [];
    for (const line of texts.filter((text) => /\d/.test(text))) {
      const values = [...line.matchAll(/[-£\d.,]*\d%?/g)].map((match) => match[0]);
      for (const value of values)
        expect(
          shown.some((item) => item.includes(value)),
          `${value} in "${line}"`,
        ).toBe(true);
    }
  });
});

test('Tayside: a target box shows each service with its result, and unmeasured targets say so', () => {
  const nodes = site?.evaluations.find((candidate) => candidate.slug === 'tayside')?.theoryOfChange?.nodes ?? [];
  const engagement = nodes.find((node) => node.id === 's-engagement');
  expect(engagement?.evidence.map((item) => [item.scope, item.target])).toEqual([
    ['Women', 'not-met'],
    ['Men', 'not-met'],
  ]);
  expect(nodes.find((node) => node.id === 's-motivation')).toMatchObject({ outcome: true, evidence: [] });
});
