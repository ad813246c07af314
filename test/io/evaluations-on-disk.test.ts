import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import { collectGarbage } from '../../scripts/io/collectGarbage.ts';
import { evaluationsOnDisk, openEvaluationsOnDisk, PARTS_ON_DISK } from '../../scripts/io/evaluationsOnDisk.ts';
import type { EvaluationResult } from '../../src/lib/index.ts';
import { heldPartsDigest } from '../../src/site/heldParts.ts';
import { evaluationPageKey } from '../../src/site/evaluationPageKey.ts';
import { holdSiteData, releaseSiteData } from '../../src/site/siteData.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';
import { temporaryProjects } from '../support/temporaryProjects.ts';

const emptyFolder = temporaryProjects('evalsite-on-disk-');
const scratch = (): string => emptyFolder({});

/** A stand-in result: what the store does depends only on which of its parts are large. */
function result(slug: string, figureValue: number): EvaluationResult {
  return {
    slug,
    meta: { title: `Evaluation ${slug}` },
    headline: ['a'],
    charts: [{ id: 'c1', svg: '<svg/>', downloadSvg: '<svg>’</svg>', csv: 'a,b\n1,2\n' }],
    figures: [{ id: 'f1', value: figureValue, interval: null, missing: undefined, text: '−0.5', nan: Number.NaN }],
    journeys: [{ slug: 'j', panels: [{ svg: '<svg/>' }] }],
    figuresCsv: 'id,value\nf1,1\n',
    theoryOfChange: null,
    metrics: [{ id: 'm', groups: new Map([['x', 1]]) }],
  } as unknown as EvaluationResult;
}

describe("an evaluation's large parts held on disk until read", () => {
  const examples = exampleSiteData().site?.evaluations ?? [];

  test("every part of the example's results reads back as it was, and the rest is the same value", () => {
    expect(examples.length).toBeGreaterThan(1);
    const store = evaluationsOnDisk(scratch());
    for (const original of examples) {
      const held = store.hold(original);
      for (const part of PARTS_ON_DISK) expect(held[part]).toStrictEqual(original[part]);
      for (const [name, value] of Object.entries(original)) if (!(PARTS_ON_DISK as readonly string[]).includes(name)) expect(held[name as keyof EvaluationResult]).toBe(value);
    }
  });

  test('values structured clone keeps and JSON would not (NaN, undefined, a Map, a curly quote) read back the same', () => {
    const store = evaluationsOnDisk(scratch());
    const original = result('a', 1);
    const held = store.hold(original);
    expect(held.figures).toStrictEqual(original.figures);
    expect(held.metrics).toStrictEqual(original.metrics);
    expect(held.charts[0]?.downloadSvg).toBe('<svg>’</svg>');
  });

  test('the parts are written to the folder, not kept in the result: not among its own enumerable properties', () => {
    const folder = scratch();
    const held = evaluationsOnDisk(folder).hold(result('a', 1));
    expect(readdirSync(folder)).toHaveLength(PARTS_ON_DISK.length);
    for (const part of PARTS_ON_DISK) expect(Object.keys(held)).not.toContain(part);
    // What a copy or a key made by serialising the result sees: the small parts only.
    expect(serialize(held).length).toBeLessThan(serialize(result('a', 1)).length);
  });

  test('a held result keeps none of its large parts in memory', async () => {
    const store = evaluationsOnDisk(scratch());
    // Made in a function of its own, so that nothing of this test's refers to the original.
    const holdOne = () => {
      const original = result('a', 1);
      return { figures: new WeakRef(original.figures), held: store.hold(original) };
    };
    const { figures, held } = holdOne();
    // A weak reference holds its value until the task that read it ends, and a collection may
    // leave for the next one what another thread's work kept: a few tries, each in a task of its
    // own. A result that held its original (a getter made inside `hold`) fails every try.
    for (let attempt = 0; attempt < 10 && figures.deref() !== undefined; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      collectGarbage();
    }
    expect(figures.deref()).toBeUndefined();
    expect(held.figures).toHaveLength(1);
  });

  test('a part read again while among the most recently read is the same object; once pushed out, an equal copy', () => {
    const store = evaluationsOnDisk(scratch(), { keptRead: 2 });
    const a = store.hold(result('a', 1));
    const b = store.hold(result('b', 2));
    const first = a.figures;
    expect(a.figures).toBe(first);
    // Two other parts read since: the first was let go.
    expect(b.figures).toHaveLength(1);
    expect(b.charts).toHaveLength(1);
    const again = a.figures;
    expect(again).not.toBe(first);
    expect(again).toStrictEqual(first);
  });

  test("the digest of the held parts changes with any part's value and only with it", () => {
    const store = evaluationsOnDisk(scratch());
    const one = heldPartsDigest(store.hold(result('a', 1)));
    const same = heldPartsDigest(store.hold(result('a', 1)));
    const other = heldPartsDigest(store.hold(result('a', 2)));
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(same).toBe(one);
    expect(other).not.toBe(one);
    // A result held whole in memory has none.
    expect(heldPartsDigest(result('a', 1))).toBeUndefined();
  });

  test("a build's folder is its own, in evalsite's work folder, and is deleted when it is closed", () => {
    const store = openEvaluationsOnDisk();
    const held = store.hold(result('a', 1));
    expect(store.folder).toContain(join('.evalsite', `build-${process.pid}-`));
    expect(readdirSync(store.folder)).toHaveLength(PARTS_ON_DISK.length);
    store.close();
    expect(existsSync(store.folder)).toBe(false);
    expect(held.slug).toBe('a');
  });

  test("an evaluation page's key changes with a part held on disk (named by its hash), and only with it", () => {
    const site = exampleSiteData().site;
    if (site === undefined) throw new Error('the examples build');
    const store = evaluationsOnDisk(scratch());
    const assets = join(scratch(), '_astro');
    const keyOf = (evaluation: EvaluationResult): string | undefined => {
      // The pages find the held site data under the name the build gives it.
      const file = join(scratch(), 'site-data.json');
      const before = process.env['EVALSITE_SITE_DATA'];
      process.env['EVALSITE_SITE_DATA'] = file;
      holdSiteData(file, { ...site, evaluations: [evaluation] }, { pageKeys: { code: 'code', assets } });
      try {
        return evaluationPageKey(evaluation.slug);
      } finally {
        releaseSiteData();
        if (before === undefined) delete process.env['EVALSITE_SITE_DATA'];
        else process.env['EVALSITE_SITE_DATA'] = before;
      }
    };
    const one = keyOf(store.hold(result('a', 1)));
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(keyOf(store.hold(result('a', 1)))).toBe(one);
    // Only a figure differs, and figures are held on disk.
    expect(keyOf(store.hold(result('a', 2)))).not.toBe(one);
  });
});
