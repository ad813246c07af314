// steadyPdf (scripts/io/steadyPdf.ts): two prints of one page become the same bytes, with every offset kept.
import { expect, test } from 'vitest';
import { steadyPdf } from '../../scripts/io/steadyPdf.ts';

/** A PDF's bytes as Chromium writes them, cut down to what steadyPdf touches. */
const printed = (when: string, nodes: readonly number[]) =>
  Buffer.from(
    `%PDF-1.7\n1 0 obj\n<</Producer (Skia/PDF m140)\n/CreationDate (D:${when}+00'00')\n/ModDate (D:${when}+00'00')>>\nendobj\n` +
      nodes.map((node, index) => `${index + 2} 0 obj\n<</S /P\n/ID (node${String(node).padStart(8, '0')})>>\nendobj\n`).join('') +
      'startxref\n9\n%%EOF\n',
    'latin1',
  );

test('the print dates become the publication date, and the length (so every offset) is unchanged', () => {
  const before = printed('20261207011516', [12290]);
  const after = steadyPdf(before, '2015-06-30');
  expect(after.length).toBe(before.length);
  expect(after.toString('latin1')).toContain("/CreationDate (D:20150630000000+00'00')");
  expect(after.toString('latin1')).toContain("/ModDate (D:20150630000000+00'00')");
  expect(after.toString('latin1')).not.toContain('2026');
});

test('node names are numbered in their own order, so two runs whose browser counted differently give the same bytes', () => {
  // Run one numbered the elements 12290, 12291, 12400; run two 13005, 13006, 13120: same order, so both become 1, 2, 3.
  const one = steadyPdf(printed('20261207011516', [12291, 12290, 12400]), '2015-06-30');
  const two = steadyPdf(printed('20261207093001', [13006, 13005, 13120]), '2015-06-30');
  expect(one.equals(two)).toBe(true);
  expect(one.toString('latin1')).toContain('/ID (node00000002)>>\nendobj\n3 0 obj\n<</S /P\n/ID (node00000001)');
});

test('a date that is not YYYY-MM-DD is refused rather than written', () => {
  expect(() => steadyPdf(printed('20261207011516', []), '30 June 2015')).toThrow(/not a date/);
});
