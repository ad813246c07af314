import { describe, expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { proportionFigure } from '../figures/publishedFigure.ts';
import { bindEvidence } from './bindEvidence.ts';
import { evidenceSummarySentence } from './evidenceSummarySentence.ts';
import { parseTheoryOfChange } from './parseTheoryOfChange.ts';

const YAML = `title: How mentoring works
columns:
  - id: who
    label: Who
    kind: client-group
    nodes:
      - id: young
        label: Mostly young people
        evidence: [share-young]
  - id: what
    label: What
    kind: activities
    nodes:
      - id: meet
        label: Regular one-to-one meetings
  - id: short
    label: Short-term outcomes
    kind: short-term-outcomes
    nodes:
      - id: engage
        label: Engage with other services
        evidence: [improved-engagement]
      - id: housing
        label: Settled housing
        evidence: [improved-housing]
      - id: hidden
        label: Less drug use
        evidence: [improved-drugs]
      - id: motivation
        label: More motivation
links:
  - { from: young, to: meet }
  - { from: meet, to: engage }
`;

const figure = (id: string, numerator: number, denominator: number) =>
  proportionFigure(
    {
      id,
      metric: 'improved',
      breakdowns: [],
      label: id,
      definition: id,
      provenance: 'illustrative',
      source: 'x.csv',
      derivation: { inputs: [], fallbacks: [] },
      privacy: { kind: 'share', base: 'reviewed' },
    },
    numerator,
    denominator,
  );

const figures = [
  figure('share-young', 30, 40),
  figure('improved-engagement', 33, 50), // 66%: meets a 60% target
  figure('improved-housing', 20, 50), // 40%: misses a 55% target
  { ...figure('improved-drugs', 3, 40), disclosure: { treatment: 'suppressed' as const, shown: 'fewer than 5', phrase: 'fewer than 5', reason: 'small', baseShown: false } },
];
const ids = new Set(figures.map((item) => item.id));

describe('parseTheoryOfChange(file, text, figureIds)', () => {
  test('reads a valid diagram', () => {
    expect(parseTheoryOfChange('t.yaml', YAML, ids).problems).toEqual([]);
  });

  // Lines counted in YAML above after the edits: the duplicate id is line 23, the unknown evidence
  // line 28, the typed number line 30, the links start at line 32.
  test('names the file, line and field of each broken reference, duplicate, backward link and typed number', () => {
    const broken = YAML.replace('id: housing', 'id: engage')
      .replace('label: More motivation', 'label: 67% more motivated')
      .replace('evidence: [improved-drugs]', 'evidence: [improved-drug]')
      .replace('  - { from: meet, to: engage }', '  - { from: meet, to: engage }\n  - { from: meet, to: nowhere }\n  - { from: engage, to: young }');
    expect(parseTheoryOfChange('t.yaml', broken, ids).problems.map(formatProblem)).toEqual([
      't.yaml:23:columns[2].nodes[1].id — a second box with id "engage" — an id used by one box only',
      't.yaml:28:columns[2].nodes[2].evidence[0] — unknown indicator id "improved-drug" — an indicator id this evaluation publishes (its figures.json lists them)',
      't.yaml:30:columns[2].nodes[3].label — a number in a label — words only: put the figure in evidence as an indicator id, so it is computed and protected like every other figure',
      't.yaml:34:links[2].to — no box "nowhere" — the id of a box in the diagram',
      't.yaml:35:links[3] — a link from column 3 to column 1 — links that run left to right, from an earlier column to a later one',
      't.yaml:32:links — a cycle: engage → young → meet → engage — no chain of links that leads back to where it started (or set allow_cycles: true)',
    ]);
  });
});

describe('bindEvidence(toc, figures, targets, charts)', () => {
  const toc = parseTheoryOfChange('t.yaml', YAML, ids).toc;
  if (!toc) throw new Error('no toc');
  const targets = [
    {
      id: 'a',
      outcome: 'Engagement',
      horizon: 'short' as const,
      atLeast: 60,
      direction: 'at-least' as const,
      match: 'exact' as const,
      note: null,
      measurements: [{ figureId: 'improved-engagement', value: 66, met: true, unknown: null }],
    },
    {
      id: 'b',
      outcome: 'Housing',
      horizon: 'short' as const,
      atLeast: 55,
      direction: 'at-least' as const,
      match: 'exact' as const,
      note: null,
      measurements: [{ figureId: 'improved-housing', value: 40, met: false, unknown: null }],
    },
    {
      id: 'c',
      outcome: 'Drugs',
      horizon: 'short' as const,
      atLeast: 50,
      direction: 'at-least' as const,
      match: 'exact' as const,
      note: null,
      measurements: [{ figureId: 'improved-drugs', value: 7.5, met: null, unknown: 'small-numbers' as const }],
    },
  ];
  const { nodes, summary } = bindEvidence(toc, figures, targets, [{ id: 'chart-improved', figureIds: ['improved-engagement'] }]);

  test('a met target, a missed target, a protected figure and an unmeasured outcome', () => {
    expect(nodes.get('engage')?.evidence[0]).toMatchObject({ value: '66%', base: '33 of 50', target: 'met', targetText: 'target at least 60%', chart: 'chart-improved' });
    expect(nodes.get('housing')?.evidence[0]).toMatchObject({ value: '40%', target: 'not-met', chart: null });
    // The suppressed figure stays suppressed on the diagram, and says nothing about its target.
    expect(nodes.get('hidden')?.evidence[0]).toMatchObject({ value: 'fewer than 5', base: '', target: 'protected' });
    expect(nodes.get('motivation')).toMatchObject({ outcome: true, evidence: [] });
    expect(nodes.get('young')).toMatchObject({ outcome: false });
  });

  test('the summary counts outcomes measured, met and not met', () => {
    // engage met, housing missed, hidden protected (no result): two comparisons with a result.
    expect(summary).toEqual({ outcomes: 4, measured: 3, met: 1, notMet: 1, comparisons: 2, comparisonsMet: 1 });
  });

  test('the summary sentence names its units: outcomes, and comparisons of a figure with a target', () => {
    expect(evidenceSummarySentence(summary)).toBe(
      '4 outcomes in the diagram: 3 measured by a published figure, 1 not measured. By outcome: 1 of the 3 measured met their target in every comparison, 1 missed it in at least one. ' +
        'By comparison (one figure against one target, the unit of the targets chart): 1 of 2 comparisons met the target, 1 did not. 1 measured outcome is not judged against a target: it has no target, or its figure is protected.',
    );
  });

  test('the summary sentence says of several outcomes with no result what each lacks, in the plural', () => {
    // Manchester: 8 measured, 2 met, 1 missed, so 5 not judged.
    expect(evidenceSummarySentence({ outcomes: 10, measured: 8, met: 2, notMet: 1, comparisons: 3, comparisonsMet: 2 })).toContain(
      ' 5 measured outcomes are not judged against a target: each has no target, or its figure is protected.',
    );
  });
});

test('a link written twice, a repeated column id and numbers in descriptions or rationales are refused', () => {
  const yaml = YAML.replace('  - id: what\n', '  - id: who\n')
    .replace('        label: Regular one-to-one meetings\n', '        label: Regular one-to-one meetings\n        description: Meets 3 times a week\n')
    .replace('  - { from: meet, to: engage }\n', '  - { from: meet, to: engage, rationale: Seen 12 weeks on }\n  - { from: meet, to: engage }\n');
  expect(parseTheoryOfChange('t.yaml', yaml, ids).problems.map((problem) => `${problem.column}: ${problem.found}`)).toEqual([
    'columns[1].id: a second column with id "who"',
    'columns[1].nodes[0].description: a number in the text',
    'links[1].rationale: a number in the text',
    'links[2]: the same link as links[1]',
  ]);
});

test('a figure that measures two targets shows no single result unless the box names its own target', () => {
  const toc = parseTheoryOfChange('t.yaml', YAML, ids, new Set(['short-engagement'])).toc;
  if (!toc) throw new Error('no toc');
  const twice = (id: string, atLeast: number, met: boolean) => ({
    id,
    outcome: id,
    horizon: null,
    atLeast,
    direction: 'at-least' as const,
    match: 'exact' as const,
    note: null,
    measurements: [{ figureId: 'improved-engagement', value: 66, met, unknown: null }],
  });
  const { nodes } = bindEvidence(toc, figures, [twice('short-engagement', 60, true), twice('medium-engagement', 70, false)], []);
  expect(nodes.get('engage')?.evidence[0]).toMatchObject({ target: 'no-target', targetText: null });
});
