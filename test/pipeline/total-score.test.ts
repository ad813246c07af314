import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem } from '../../src/lib/index.ts';
import { computedFiguresOf } from '../support/computedFigures.ts';
import { memoryEffects, type MemoryFile } from '../support/memoryEffects.ts';
import { DEMO_FILES, demoManifestWith } from '../support/memoryProject.ts';

// Issue 13, item 5: the total score across a scale's domains, declared on the scale, and the
// scale's decimal places, through the whole data step of a small project held in memory.

function run(changes: Readonly<Record<string, MemoryFile | null>>) {
  const effects = memoryEffects({ ...DEMO_FILES, ...changes });
  const { result, problems } = buildEvaluation('demo', effects);
  const figures = problems.length === 0 ? computedFiguresOf(effects.readText, 'demo') : [];
  return { lines: problems.map(formatProblem), result, figures: new Map(figures.map((figure) => [figure.id, figure])) };
}

const SCALE = '  wellbeing: { label: Wellbeing, min: 1, max: 10, better: higher }\n';
const scale = (settings: string) => demoManifestWith(SCALE, `  wellbeing: { label: Wellbeing, min: 1, max: 10, better: higher, ${settings} }\n`);

describe('the total score', () => {
  test('a scale without `total` publishes no total figure', () => {
    const { lines, figures } = run({});
    expect(lines).toEqual([]);
    expect([...figures.keys()].filter((id) => id.startsWith('total-'))).toEqual([]);
  });

  test('a total on a scale with one domain scored is not measured, with the reason, rather than the domain again under another name', () => {
    // The demo scores one domain, Motivation: C001 4 → 7.
    const { lines, figures, result } = run({ 'data/demo/evaluation.yaml': scale('total: { method: sum }') });
    expect(lines).toEqual([]);
    expect([...figures.keys()].filter((id) => id.startsWith('total-'))).toEqual([]);
    const record = result?.notMeasured.find((candidate) => candidate.id === 'total-change-mean');
    expect(record?.reason).toBe('The scale has only one domain scored, so a total across domains would be that domain’s score, published above.');
    // The eight total metrics: assessed, mean, median, paired, change mean and the three shares.
    expect(result?.notMeasured.filter((candidate) => candidate.metric.startsWith('total-'))).toHaveLength(8);
  });

  test('two domains, a client missing one at review 2: a total where both were scored, the client left out (and no count of those left out published), the change not measured', () => {
    // C001: review 1 Motivation 4 + Housing 5 = 9; review 2 Motivation 7 only → no total at review 2.
    // C002: review 1 Motivation 6 only → no total. So review 1: 1 total (9), 1 left out; review 2:
    // none, 1 left out. Nobody has a total at two reviews; C001 (two reviews) is left out of the change.
    const { lines, figures, result } = run({
      'data/demo/evaluation.yaml': scale('total: { method: sum }'),
      'data/demo/assessments.csv': 'client_id,review,date,domain,score\nC001,1,03/02/2014,Motivation,4\nC001,1,03/02/2014,Housing,5\nC001,2,30/06/2014,Motivation,7\nC002,1,10/03/2014,Motivation,6\n',
    });
    expect(lines).toEqual([]);
    expect([figures.get('total-assessed[review=1]')?.value, figures.get('total-mean[review=1]')?.value]).toEqual([1, 9]);
    expect(figures.get('total-assessed[review=2]')?.value).toBe(0);
    expect(figures.has('total-mean[review=2]')).toBe(false);
    expect(figures.get('total-paired')?.value).toBe(0);
    // Motivation's 2 assessed at review 1 less the 1 total bound the left-out count from below: it is not published.
    expect([...figures.keys()].filter((id) => id.includes('incomplete'))).toEqual([]);
    const unmeasured = new Set(result?.notMeasured.map((record) => record.id));
    expect(['total-mean[review=2]', 'total-median[review=2]', 'total-change-mean', 'total-improved', 'total-maintained', 'total-deteriorated'].filter((id) => !unmeasured.has(id))).toEqual([]);
    // The tiny demo's counts are all under the threshold: published as "fewer than 5", never as 1 or 0.
    expect(result?.figures.find((figure) => figure.id === 'total-assessed[review=1]')?.text.value).toBe('fewer than 5');
  });
});

describe('decimal places on a scale', () => {
  test('a 1–10 scale shows one place by default, and `decimals` changes it', () => {
    // C001: 4 → 7, one client: mean change 3.
    expect(run({}).figures.get('score-change-mean[domain=motivation]')?.decimals).toBe(1);
    expect(run({ 'data/demo/evaluation.yaml': scale('decimals: 2') }).figures.get('score-change-mean[domain=motivation]')?.decimals).toBe(2);
  });

  test('decimals outside 0 to 3, and a total with an unknown method, are located problems', () => {
    const { lines } = run({ 'data/demo/evaluation.yaml': scale('decimals: 5, total: { method: median }') });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('scales.wellbeing.decimals');
    expect(lines[0]).toContain('a whole number of decimal places from 0 to 3');
    expect(lines[1]).toContain('scales.wellbeing.total.method');
  });
});

describe('a scale’s declared domains', () => {
  // C001: review 1 Motivation 4 + Housing 5 = 9; review 2 Motivation 6 + Housing 7 = 13: a change of 4.
  const TWO_DOMAINS = 'client_id,review,date,domain,score\nC001,1,03/02/2014,Motivation,4\nC001,1,03/02/2014,Housing,5\nC001,2,30/06/2014,Motivation,6\nC001,2,30/06/2014,Housing,7\n';

  test('the declared domains, matched as ids are (capitals and spaces aside), give the total over exactly them', () => {
    const { lines, figures } = run({ 'data/demo/evaluation.yaml': scale('domains: [motivation, " HOUSING"], total: { method: sum }'), 'data/demo/assessments.csv': TWO_DOMAINS });
    expect(lines).toEqual([]);
    expect(figures.get('total-mean[review=1]')?.value).toBe(9);
    expect(figures.get('total-change-mean')?.value).toBe(4);
  });

  test('a domain scored but not declared is located at its first row, never named; a declared domain never scored at the manifest', () => {
    // Rows 2 and 4 are Motivation, rows 3 and 5 Housing (row 1 is the header); only Motivation and Family are declared.
    const { lines } = run({ 'data/demo/evaluation.yaml': scale('domains: [Motivation, Family], total: { method: sum }'), 'data/demo/assessments.csv': TWO_DOMAINS });
    expect(lines).toEqual([
      "data/demo/assessments.csv:3:domain — a domain not in the scale's declared domains (on 2 rows; this is the first) — one of the domains declared under scales.wellbeing.domains: Motivation, Family",
      'data/demo/evaluation.yaml:scales.wellbeing.domains — "Family" declared, but no row of assessments.csv scores it — every declared domain scored at least once (a total needs a score in every one), or the domain taken out of the list',
    ]);
    expect(lines.join('\n')).not.toContain('Housing');
  });

  test('an empty list is a located problem', () => {
    const { lines } = run({ 'data/demo/evaluation.yaml': scale('domains: []') });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('scales.wellbeing.domains');
    expect(lines[0]).toContain('at least 1 item');
  });
});
