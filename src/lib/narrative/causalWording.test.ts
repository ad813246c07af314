import { describe, expect, test } from 'vitest';
import { evidenceStrength } from '../figures/evidenceStrength.ts';
import { formatProblem } from '../problems/problem.ts';
import { checkNarrative } from './checkNarrative.ts';

const FILE = 'content/demo/summary.mdx';
const IDS = new Set(['reduced-frequency', 'jdl-reoffending', 'engaged']);
// reduced-frequency is evalsite's own before-and-after figure (level 1); jdl-reoffending a published matched comparison (level 3); engaged is no outcome.
const EVIDENCE = new Map([
  ['reduced-frequency', evidenceStrength('before-after')],
  ['jdl-reoffending', evidenceStrength('matched-comparison')],
]);
const check = (text: string) => checkNarrative(FILE, text, IDS, [], new Map(), [], EVIDENCE).map(formatProblem);

const warning = (line: number, phrase: string, suggestion: string) =>
  `${FILE}:${line} — "${phrase}", wording that says the service caused a change, in the same paragraph as <Indicator id="reduced-frequency" />, whose evidence is level 1 of 5 on the Maryland scale (before and after, one group): it cannot show what the service caused — wording that says what was seen, not what caused it, such as ${suggestion}; or a figure from a matched comparison or stronger (level 3 or more; see docs/metrics.md#evidence-strength)`;
const LOWER = '"re-offending was lower after starting the service" or "…fell after starting the service"';
const AFTER = '"after starting the service"';
const FOLLOWED = '"was followed by", or "…was lower after starting the service"';

describe('causal wording beside a figure below level 3', () => {
  test('"the service reduced re-offending" beside a before-and-after figure is a warning at its line', () => {
    expect(check('# Summary\n\nThe service reduced re-offending: <Indicator id="reduced-frequency" /> offended less often.\n')).toEqual([warning(3, 'reduced re-offending', LOWER)]);
  });

  test('a soft hyphen or zero-width space inside the words does not hide them', () => {
    expect(check('# Summary\n\nThe service re\u00adduced re\u200boffending: <Indicator id="reduced-frequency" /> offended less often.\n')).toEqual([warning(3, 'reduced reoffending', LOWER)]);
  });

  test('each phrase of the list, in any case and across a line break, is found at the line where it starts', () => {
    const text = [
      '# Summary', // 1
      '',
      'Because of the Service, <Indicator id="reduced-frequency" /> offended less often.', // 3
      'This led to fewer arrests, and as a', // 4
      'result of mentoring, reoffending fell. Mentoring CAUSED it, thanks to the programme.', // 5
      '',
    ].join('\n');
    expect(check(text)).toEqual([
      // In the order the paragraph reads; "reoffending fell" says what was seen, and is not one.
      warning(3, 'because of the service', AFTER),
      warning(4, 'led to', FOLLOWED),
      warning(4, 'as a result of', AFTER),
      warning(5, 'caused', FOLLOWED),
      warning(5, 'thanks to the programme', AFTER),
    ]);
  });

  test('"because the service …", without "of", is causal wording; "because the data …" is not', () => {
    expect(check('Re-offending fell because the mentors met people at the gate: <Indicator id="reduced-frequency" />.\n')).toEqual([warning(1, 'because the mentors', AFTER)]);
    expect(check('Fewer are counted because the data stop in May: <Indicator id="reduced-frequency" />.\n')).toEqual([]);
  });

  test('reducing "the rate of" or "their" re-offending is causal wording too', () => {
    expect(check('The service reduced the rate of re-offending: <Indicator id="reduced-frequency" />.\n')).toEqual([warning(1, 'reduced the rate of re-offending', LOWER)]);
    expect(check('Mentoring cut their offending: <Indicator id="reduced-frequency" />.\n')).toEqual([warning(1, 'cut their offending', LOWER)]);
  });

  test('"results" and "causes" as nouns are no warning: the results in the table, the causes of offending', () => {
    expect(
      check(
        'The results in the table: <Indicator id="reduced-frequency" /> offended less often. Results in this section are from the service’s records. Mentors talked about the causes of offending.\n',
      ),
    ).toEqual([]);
    // As verbs they still are.
    expect(check('Mentoring results in fewer arrests and causes less harm: <Indicator id="reduced-frequency" />.\n')).toEqual([warning(1, 'results in', FOLLOWED), warning(1, 'causes', FOLLOWED)]);
  });

  test('a neutral sentence beside the same figure is no warning', () => {
    expect(check('# Summary\n\n<Indicator id="reduced-frequency" /> offended less often after starting the service than before; re-offending was lower after starting.\n')).toEqual([]);
  });

  test('causal wording beside a level-3 matched comparison, or beside no outcome, is no warning', () => {
    expect(check('The service reduced re-offending: <Indicator id="jdl-reoffending" /> in the matched comparison.\n')).toEqual([]);
    expect(check('Mentoring led to <Indicator id="engaged" /> engaging.\n')).toEqual([]);
  });

  test('the paragraph is the unit: causal wording in another paragraph is no warning', () => {
    expect(check('The service reduced re-offending.\n\n<Indicator id="reduced-frequency" /> offended less often.\n')).toEqual([]);
  });

  test('the warning quotes only the matched phrase, never the rest of the sentence', () => {
    const [found] = check('Jane Smith of 12 Acacia Avenue says mentoring reduced re-offending: <Indicator id="reduced-frequency" />.\n');
    expect(found).toBe(warning(1, 'reduced re-offending', LOWER));
    expect(found).not.toContain('Jane');
    expect(found).not.toContain('Acacia');
  });
});
