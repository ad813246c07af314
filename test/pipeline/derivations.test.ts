import { describe, expect, test } from 'vitest';
import { DATASET_KINDS } from '../../src/lib/datasets/datasetKinds.ts';
import { FALLBACK_RULES } from '../../src/lib/index.ts';
import { computedFigures } from '../support/computedFigures.ts';
import { PROJECT_ROOT } from '../support/projectCopy.ts';

// Issue 12, item 1: every figure records what it was computed from. A derivation names columns by
// evalsite's own names (or an attribute's id from the manifest) and rules by their ids: nothing in
// it can come from a cell, so it may be published and printed.
const CANONICAL = new Set(Object.values(DATASET_KINDS).flatMap((columns) => Object.keys(columns)));

describe.each(['manchester', 'tayside', 'needs-inventory'])('the %s example', (slug) => {
  const figures = computedFigures(PROJECT_ROOT, slug);

  test('every figure names at least one column of one of its own dataset files', () => {
    const without = figures.filter((figure) => figure.derivation.inputs.length === 0).map((figure) => figure.id);
    expect(without).toEqual([]);
    const elsewhere = figures.flatMap((figure) => figure.derivation.inputs.filter((input) => !input.file.startsWith(`data/${slug}/`)).map(() => figure.id));
    expect(elsewhere).toEqual([]);
  });

  test('every column is a canonical column or a client attribute id, and every rule a documented one', () => {
    const attributes = new Set(figures.flatMap((figure) => figure.breakdowns.map((part) => part.dimension)));
    const columns = new Set(figures.flatMap((figure) => figure.derivation.inputs.map((input) => input.column)));
    expect([...columns].filter((column) => !CANONICAL.has(column) && !attributes.has(column))).toEqual([]);
    const rules = figures.flatMap((figure) => figure.derivation.fallbacks.map((fallback) => fallback.rule));
    expect(rules.filter((rule) => !(rule in FALLBACK_RULES))).toEqual([]);
  });
});
