import { describe, expect, test } from 'vitest';
import { evidenceStrength } from '../figures/evidenceStrength.ts';
import { proportionFigure, type PublishedFigure } from '../figures/publishedFigure.ts';
import { protectedInline } from '../narrative/protectedInline.ts';
import { formatProblem } from '../problems/problem.ts';
import { evaluationItems } from './evaluationItems.ts';

const FILE = 'data/x/evaluation.yaml';
const share = (id: string, numerator: number, denominator: number): PublishedFigure =>
  proportionFigure(
    { id, metric: id, breakdowns: [], label: id, definition: id, provenance: 'illustrative', source: 'x.csv', derivation: { inputs: [], fallbacks: [] }, privacy: { kind: 'share', base: 'referred' } },
    numerator,
    denominator,
  );
const hidden: PublishedFigure = {
  ...share('improved-housing', 3, 12),
  disclosure: { treatment: 'withheld', shown: 'not shown', phrase: 'a number (too small to publish)', reason: 'small', baseShown: false },
};
const FIGURES = [share('engaged', 81, 84), share('reduced-frequency', 28, 50), hidden];

const run = (manifest: Parameters<typeof evaluationItems>[0]) => {
  const { items, problems } = evaluationItems(manifest, {
    manifestFile: FILE,
    figures: FIGURES,
    notMeasured: [],
    evidence: new Map([['reduced-frequency', evidenceStrength('before-after')]]),
    protectedFigures: protectedInline(FIGURES),
  });
  return { items, messages: problems.map(formatProblem), codes: problems.map((found) => found.code) };
};

describe('evaluationItems(manifest, inputs)', () => {
  test('anchors come from the ids the author chose, findings first, each with its theme and figures', () => {
    const { items, messages } = run({
      findings: [{ id: 'take-up', theme: 'service-delivery', text: 'Most took it up: {engaged}, and {engaged} again.' }],
      recommendations: [{ id: 'keep-it', theme: 'service-delivery', text: 'Keep the service.', findings: ['take-up'] }],
    });
    expect(messages).toEqual([]);
    expect(items.map((item) => [item.kind, item.anchor, item.theme.id, item.figures, item.findings])).toEqual([
      ['finding', 'finding-take-up', 'service-delivery', ['engaged'], []],
      ['recommendation', 'recommendation-keep-it', 'service-delivery', [], ['take-up']],
    ]);
    expect(items[0]?.segments).toEqual([
      { kind: 'text', text: 'Most took it up: ' },
      { kind: 'figure', id: 'engaged' },
      { kind: 'text', text: ', and ' },
      { kind: 'figure', id: 'engaged' },
      { kind: 'text', text: ' again.' },
    ]);
  });

  test("an item's anchor does not move when items before it are added or its words change", () => {
    const before = run({ findings: [{ id: 'b', theme: 'accommodation', text: 'One: {engaged}.' }], recommendations: [] });
    const after = run({
      findings: [
        { id: 'a', theme: 'health', text: 'New: {engaged}.' },
        { id: 'b', theme: 'accommodation', text: 'Reworded: {engaged}.' },
      ],
      recommendations: [],
    });
    expect(before.items.find((item) => item.id === 'b')?.anchor).toBe('finding-b');
    expect(after.items.find((item) => item.id === 'b')?.anchor).toBe('finding-b');
  });

  test("problems are located in the item's own list, as key findings' are: a typed number, an unknown figure", () => {
    const { messages } = run({
      findings: [{ id: 'a', theme: 'health', text: 'Twelve of {engaged}.' }],
      recommendations: [{ id: 'r', theme: 'health', text: 'Fund it for 3 years, given {engaged-typo}.', findings: [] }],
    });
    expect(messages).toEqual([
      `${FILE}:recommendations[0].text — a number typed into a key finding — numbers only as figures named in braces, such as {engaged}, so each is computed and protected like every other figure; words for anything else ("twelve months")`,
      `${FILE}:recommendations[0].text — unknown indicator id "engaged-typo" — an indicator id this evaluation publishes, in braces (its figures.json lists all 3)`,
    ]);
  });

  test('a protected figure in a finding is a warning naming the phrase it will read as, never its value', () => {
    const { codes, messages } = run({ findings: [{ id: 'a', theme: 'accommodation', text: 'Housing improved for {improved-housing} of them.' }], recommendations: [] });
    expect(codes).toEqual(['key-finding-protected']);
    expect(messages[0]).toContain('the finding will read "a number (too small to publish)" in its place');
    // 3 of 12 is 25%: neither the count nor the share is in the message.
    expect(messages[0]).not.toMatch(/25%|\b3\b/);
  });

  test('causal wording beside a before-and-after figure is a warning, as in a key finding', () => {
    expect(run({ findings: [{ id: 'a', theme: 'reoffending', text: 'Mentoring reduced re-offending: {reduced-frequency}.' }], recommendations: [] }).codes).toEqual(['key-finding-causal-wording']);
  });

  test('a recommendation resting on a finding that does not exist is an error at that entry', () => {
    const { messages } = run({
      findings: [{ id: 'take-up', theme: 'service-delivery', text: '{engaged}.' }],
      recommendations: [{ id: 'r', theme: 'health', text: 'Do more.', findings: ['take-up', 'tak-up'] }],
    });
    expect(messages).toEqual([
      `${FILE}:recommendations[0].findings[1] — a recommendation resting on "tak-up", which is not one of this evaluation's findings — the id of one of the findings: take-up`,
    ]);
  });

  test('a recommendation resting on neither a finding nor a figure is a warning; a finding with no figure keeps the key findings warning', () => {
    const { codes, messages } = run({ findings: [{ id: 'a', theme: 'health', text: 'Health matters.' }], recommendations: [{ id: 'r', theme: 'health', text: 'Do more.', findings: [] }] });
    expect(codes).toEqual(['key-finding-without-figure', 'recommendation-without-evidence']);
    expect(messages[1]).toBe(
      `${FILE}:recommendations[0] — a recommendation that names neither a finding nor a figure — the findings it rests on (findings: [finding-id]) or a figure in braces, such as {engaged}, so a reader can see why it is made`,
    );
  });
});
