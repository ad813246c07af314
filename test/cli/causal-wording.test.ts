import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem } from '../../src/lib/index.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { MINIMAL_MANIFEST } from '../support/memoryProject.ts';
import { temporaryProjects } from '../support/temporaryProjects.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';
import { EVALSITE_FOLDER } from '../../scripts/io/evalsiteFolder.ts';

// 20 clients, housing reviewed for all: 12 improved, 8 maintained, so "improved" is shown (12 of
// 20, 60%). It is evalsite's own outcome status, before and after in one group: level 1. The
// Justice Data Lab result is an aggregate whose manifest entry declares a matched comparison: level 3.
const ids = Array.from({ length: 20 }, (_, index) => `C${String(index + 1).padStart(3, '0')}`);

const SUMMARY = [
  '# Summary', // 1
  '',
  'The service reduced re-offending, and housing improved for <Indicator id="improved[domain=housing]" /> of those reviewed.', // 3
  '',
  'Housing improved for <Indicator id="improved[domain=housing]" /> of those reviewed, after starting the service.', // 5
  '',
  'In the Justice Data Lab’s matched comparison the service reduced re-offending: <Indicator id="jdl-reoffending" /> re-offended.', // 7
  '',
].join('\n');

const FILES: Readonly<Record<string, string>> = {
  'data/demo/evaluation.yaml': `${MINIMAL_MANIFEST}datasets:
  clients:
    file: clients.csv
  outcomes:
    file: outcomes.csv
  indicators:
    file: indicators.csv
indicators:
  - id: jdl-reoffending
    label: Re-offended within a year (Justice Data Lab)
    definition: Share of the service's clients with a proven re-offence within a year, from the Justice Data Lab's matched comparison.
    design: matched-comparison
`,
  'data/demo/clients.csv': `client_id,start_date,engaged\n${ids.map((id) => `${id},03/02/2014,yes`).join('\n')}\n`,
  'data/demo/outcomes.csv': `client_id,domain,status\n${ids.map((id, index) => `${id},Housing,${index < 12 ? 'improved' : 'maintained'}`).join('\n')}\n`,
  'data/demo/indicators.csv': 'indicator,numerator,denominator,unit\njdl-reoffending,30,100,percent\n',
  'content/demo/summary.mdx': SUMMARY,
};

const WARNING =
  'content/demo/summary.mdx:3 — "reduced re-offending", wording that says the service caused a change, in the same paragraph as <Indicator id="improved[domain=housing]" />, whose evidence is level 1 of 5 on the Maryland scale (before and after, one group): it cannot show what the service caused — wording that says what was seen, not what caused it, such as "re-offending was lower after starting the service" or "…fell after starting the service"; or a figure from a matched comparison or stronger (level 3 or more; see docs/metrics.md#evidence-strength)';

describe('causal wording in the summary', () => {
  const built = buildEvaluation('demo', memoryEffects(FILES));

  test('beside a before-and-after figure it is one located warning; a neutral sentence and a level-3 matched comparison are none', () => {
    expect(built.problems.map(formatProblem)).toEqual([]);
    expect(built.warnings.map(formatProblem)).toEqual([WARNING]);
  });

  test('the figures carry their design and level to the cards and the methodology page', () => {
    const figures = new Map((built.result?.figures ?? []).map((figure) => [figure.id, figure]));
    expect(figures.get('improved[domain=housing]')?.card.evidence?.level).toBe('Evidence: level 1 of 5 (Maryland scale), before and after, one group');
    expect(figures.get('jdl-reoffending')?.card.evidence?.level).toBe('Evidence: level 3 of 5 (Maryland scale), matched comparison group');
    expect(figures.get('engaged')?.evidence).toBeNull();
    // Strongest first: the JDL result, then the outcome statuses.
    // The outcomes section (outcome status) says what its chart can show.
    expect(built.result?.sections.find((section) => section.id === 'outcomes')?.evidence).toEqual([
      {
        level: 'Evidence: level 1 of 5 (Maryland scale), before and after, one group',
        explanation: 'Before and after in one group of clients, with no comparison group: this shows change, not what the service caused.',
      },
    ]);
    expect(built.result?.evidenceDesigns.map(({ design, level }) => `${design} ${level}`)).toEqual(['matched-comparison 3', 'before-after 1']);
  });
});

describe('evalsite check on it', () => {
  const project = temporaryProjects();

  test('prints the warning after the result line and exits 0', async () => {
    const root = project(FILES);
    const run = await runCliInProcess(['check', '--root', root]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^evalsite: 1 evaluation checked, \d+ figures computed, 0 journeys drawn, no problems\.$/);
    expect(lines.slice(lines.indexOf('evalsite: 1 warning (likely mistakes, which do not stop the build):'))).toEqual([
      'evalsite: 1 warning (likely mistakes, which do not stop the build):',
      '',
      `warning: ${WARNING}`,
      // Under each warning, the section that explains it: in evalsite's docs, and in the author guide of a built site.
      '  see docs/errors.md#figures-and-summary-text or /guide/errors/#figures-and-summary-text',
      '',
      `What these warnings mean: docs/errors.md#figures-and-summary-text. docs/ is in the evalsite folder, ${EVALSITE_FOLDER}; /guide/ is the same text in the author guide of a site built with evalsite.`,
      '',
    ]);
  });
});
