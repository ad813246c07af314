import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkLayout } from '../../src/lib/toc/checkLayout.ts';
import { bindEvidence } from '../../src/lib/toc/bindEvidence.ts';
import { renderTheoryOfChange } from '../../src/lib/toc/renderTheoryOfChange.ts';
import { TheoryOfChangeSchema } from '../../src/lib/toc/tocSchema.ts';
import { siteFonts } from '../../scripts/io/siteFontMetrics.ts';

const fonts = siteFonts();
const WORDS = ['better', 'housing', 'family', 'support', 'confidence', 'employment', 'engagement', 'motivation', 'relationships', 'responsibility', 'wellbeing', 'training', 'a', 'of', 'and', 'with'];

/** Random diagrams of 20–80 boxes in 3–7 columns, labels of 1–12 real words, forward links only. */
const diagrams = fc
  .record({
    columns: fc.array(fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), { minLength: 3, maxLength: 14 }), { minLength: 3, maxLength: 7 }),
    linkSeeds: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
  })
  .filter(({ columns }) => {
    const count = columns.reduce((sum, column) => sum + column.length, 0);
    return count >= 20 && count <= 80;
  });

test('random theories of change (20–80 boxes) draw with no overlap, no label outside its box and no link through a box', () => {
  fc.assert(
    fc.property(diagrams, ({ columns, linkSeeds }) => {
      const ids = columns.map((column, c) => column.map((_, n) => `c${c}-n${n}`));
      const links = new Map<string, { from: string; to: string }>();
      for (const [a, b] of linkSeeds) {
        const from = a % (columns.length - 1);
        const to = from + 1 + (b % (columns.length - 1 - from));
        const source = ids[from]?.[a % ids[from].length];
        const target = ids[to]?.[b % ids[to].length];
        if (source && target) links.set(`${source}>${target}`, { from: source, to: target });
      }
      const toc = TheoryOfChangeSchema.parse({
        title: 'Random',
        columns: columns.map((column, c) => ({
          id: `c${c}`,
          label: `Column ${'abcdefg'[c] ?? ''}`,
          kind: c === columns.length - 1 ? 'outcomes' : 'activities',
          nodes: column.map((words, n) => ({ id: `c${c}-n${n}`, label: words.join(' ') })),
        })),
        links: [...links.values()],
      });
      const { nodes } = bindEvidence(toc, [], [], []);
      const drawing = renderTheoryOfChange(toc, nodes, fonts);
      expect(checkLayout({ width: drawing.width, height: drawing.height, boxes: drawing.boxes, routes: drawing.routes }, { textBoxes: drawing.labels })).toEqual([]);
    }),
    { seed: 20261122, numRuns: 30 },
  );
});
