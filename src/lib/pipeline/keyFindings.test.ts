import { describe, expect, test } from 'vitest';
import { proportionFigure, type PublishedFigure } from '../figures/publishedFigure.ts';
import { evidenceStrength } from '../figures/evidenceStrength.ts';
import { notMeasured } from '../figures/notMeasured.ts';
import { formatProblem } from '../problems/problem.ts';
import { protectedInline } from '../narrative/protectedInline.ts';
import { keyFindings } from './keyFindings.ts';

const share = (id: string, metric: string, numerator: number, denominator: number): PublishedFigure =>
  proportionFigure(
    {
      id,
      metric,
      breakdowns: [],
      label: id,
      definition: id,
      provenance: 'illustrative',
      source: 'x.csv',
      derivation: { inputs: [], fallbacks: [] },
      privacy: { kind: 'share', base: 'referred' },
    },
    numerator,
    denominator,
  );
const hidden: PublishedFigure = {
  ...share('improved-housing', 'improved', 3, 12),
  disclosure: { treatment: 'withheld', shown: 'not shown', phrase: 'a number (too small to publish)', reason: 'small', baseShown: false },
};
const FIGURES = [share('engaged', 'engaged', 81, 84), share('reduced-frequency', 'reduced-frequency', 28, 50), share('jdl-rate', 'jdl-rate', 30, 100), hidden];
const EVIDENCE = new Map([
  ['reduced-frequency', evidenceStrength('before-after')],
  ['jdl-rate', evidenceStrength('matched-comparison')],
]);
const UNMEASURED = [
  notMeasured({ id: 'contact-hours-total', label: 'Hours', definition: '', unit: 'number', privacy: { kind: 'measure', base: 'referred' } }, 'The clients dataset has no contact_hours column.'),
];

const run = (...texts: string[]) => {
  const { findings, problems } = keyFindings(
    texts.map((text) => ({ text })),
    { manifestFile: 'data/x/evaluation.yaml', figures: FIGURES, notMeasured: UNMEASURED, evidence: EVIDENCE, protectedFigures: protectedInline(FIGURES) },
  );
  return { findings, messages: problems.map(formatProblem) };
};

describe('keyFindings(settings, inputs)', () => {
  test('a finding naming published figures gives its words and figures in order, and no problem', () => {
    expect(run('Almost everyone referred engaged: {engaged}.')).toEqual({
      findings: [
        {
          segments: [
            { kind: 'text', text: 'Almost everyone referred engaged: ' },
            { kind: 'figure', id: 'engaged' },
            { kind: 'text', text: '.' },
          ],
        },
      ],
      messages: [],
    });
  });

  test('typed numbers, open braces, unknown and unmeasured ids are errors placed on the finding, without its words', () => {
    const { messages } = run('In 2014 {engaged} engaged', 'Most {engaged engaged', 'Most {engagd} engaged', 'Mentors gave {contact-hours-total}');
    expect(messages).toEqual([
      expect.stringMatching(/^data\/x\/evaluation\.yaml:key_findings\[0\]\.text — a number typed into a key finding — /),
      expect.stringMatching(/^data\/x\/evaluation\.yaml:key_findings\[1\]\.text — a brace left open/),
      expect.stringMatching(
        /^data\/x\/evaluation\.yaml:key_findings\[2\]\.text — unknown indicator id "engagd" — an indicator id this evaluation publishes, in braces \(its figures\.json lists all 4\)$/,
      ),
      expect.stringMatching(/^data\/x\/evaluation\.yaml:key_findings\[3\]\.text — a key finding on "contact-hours-total", which is not measured: the clients dataset has no contact_hours column — /),
    ]);
    for (const message of messages) expect(message).not.toMatch(/In 2014|Mentors gave|Most/);
  });

  test('a finding with no figure, and one on a protected figure, are warnings', () => {
    const { messages } = run('Clients valued their mentors.', 'Housing improved for {improved-housing} of those housed.');
    expect(messages).toEqual([
      expect.stringMatching(/^data\/x\/evaluation\.yaml:key_findings\[0\]\.text — a key finding with no figure behind it — /),
      expect.stringMatching(
        /^data\/x\/evaluation\.yaml:key_findings\[1\]\.text — \{improved-housing\}, a figure protected for privacy whose value is not published: the finding will read "a number \(too small to publish\)" in its place — /,
      ),
    ]);
  });

  test('causal wording beside a before-and-after figure is a warning; beside a matched comparison it is not', () => {
    const { messages } = run('The service reduced re-offending: {reduced-frequency} offended less often.', 'The programme reduced re-offending: {jdl-rate} against the comparison group.');
    expect(messages).toEqual([
      expect.stringMatching(
        /^data\/x\/evaluation\.yaml:key_findings\[0\]\.text — "reduced re-offending", wording that says the service caused a change, in a key finding on \{reduced-frequency\}, whose evidence is level 1 of 5/,
      ),
    ]);
  });
});
