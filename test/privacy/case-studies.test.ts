import { describe, expect, test } from 'vitest';
import { demoManifestWith, runDemo } from '../support/memoryProject.ts';

const withCases = (cases: string) => ({ 'data/demo/evaluation.yaml': demoManifestWith('indicators:\n', `privacy:\n  case_studies:\n${cases}indicators:\n`) });

describe('consented case studies', () => {
  test("a consented client's own figures are published under their pseudonym, although they are one person", () => {
    // C001 in the demo: a start date and 1 contact of 60 minutes (contacts.csv), so 1 session and 1 hour.
    const { lines, figures } = runDemo(withCases('    - pseudonym: Peter\n      consent: CS-2014-07\n      client_id: C001\n'));
    expect(lines).toEqual([]);
    expect(figures.get('case-sessions[case=peter]')).toEqual({ numerator: 1, denominator: null });
    // Engaged 3 Feb to 30 Jun 2014: 3 Mar, 3 Apr, 3 May and 3 Jun are passed, 3 Jul is not → 4 whole months.
    expect(figures.get('case-months-engaged[case=peter]')).toEqual({ numerator: 4, denominator: null });
    expect([...figures.keys()].filter((id) => id.startsWith('case-'))).toEqual(['case-sessions[case=peter]', 'case-contact-hours[case=peter]', 'case-months-engaged[case=peter]']);
  });

  test('an unknown client, or a pseudonym that is the id, is refused without printing the id', () => {
    const { lines } = runDemo(withCases('    - pseudonym: Sam\n      consent: CS-1\n      client_id: C999\n    - pseudonym: c002\n      consent: CS-2\n      client_id: C002\n'));
    expect(lines).toEqual([
      'data/demo/evaluation.yaml:privacy.case_studies[0].client_id — a client id that is not in the clients dataset — the id of the consenting client, as written in the clients dataset',
      'data/demo/evaluation.yaml:privacy.case_studies[1].pseudonym — a pseudonym that is empty or the same as the client id — a made-up first name for the story, such as "Peter"',
    ]);
  });
});

describe('waivers', () => {
  test('a waiver for a column the file does not have is refused', () => {
    const { lines } = runDemo({
      'data/demo/evaluation.yaml': demoManifestWith(
        'indicators:\n',
        'privacy:\n  waivers:\n    - dataset: clients\n      column: Keyworker\n      reason: A shared team inbox, never a client.\nindicators:\n',
      ),
    });
    expect(lines).toEqual(['data/demo/clients.csv:1 — no column "Keyworker" (waived in privacy.waivers[0]) — a waiver only for a column the file has, written exactly as its header']);
  });
});
