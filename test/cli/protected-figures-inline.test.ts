import { describe, expect, test } from 'vitest';
import { buildEvaluation, formatProblem } from '../../src/lib/index.ts';
import { memoryEffects } from '../support/memoryEffects.ts';
import { MINIMAL_MANIFEST } from '../support/memoryProject.ts';
import { temporaryProjects } from '../support/temporaryProjects.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';
import { EVALSITE_FOLDER } from '../../scripts/io/evalsiteFolder.ts';

// A small evaluation whose summary puts protected figures in its sentences. 20 clients, all
// started on 3 February 2014, the first 12 engaged. Housing was reviewed for all 20: 12 improved,
// 6 maintained, 2 deteriorated. Deteriorated (2) is under the threshold of 5, while improved (12),
// maintained + deteriorated (8) and reviewed (20) are not, so maintained and deteriorated are
// published together as "maintained or deteriorated" (8 of 20), and each alone reads as merged.
// Work was reviewed for 3 clients only (C001 and C003 improved, C002 maintained): a base under
// 5, so every share of it is not shown, and reviewed[domain=work] reads "fewer than 5".
const ids = Array.from({ length: 20 }, (_, index) => `C${String(index + 1).padStart(3, '0')}`);
const status = (index: number) => (index < 12 ? 'improved' : index < 18 ? 'maintained' : 'deteriorated');

const SUMMARY = [
  '---',
  'title: Summary',
  '---',
  '',
  'The service worked with <Indicator id="referred" /> people, and <Indicator id="engaged" /> of them engaged.',
  'Housing improved for <Indicator id="improved[domain=housing]" /> of them and stayed as it was',
  'for <Indicator id="maintained[domain=housing]" /> of them.',
  '',
  'In work, <Indicator id="improved[domain=work]" /> of those reviewed improved.',
  '',
].join('\n');

const FILES: Readonly<Record<string, string>> = {
  'data/demo/evaluation.yaml': `${MINIMAL_MANIFEST}datasets:
  clients:
    file: clients.csv
  outcomes:
    file: outcomes.csv
`,
  'data/demo/clients.csv': `client_id,start_date,engaged\n${ids.map((id, index) => `${id},03/02/2014,${index < 12 ? 'yes' : 'no'}`).join('\n')}\n`,
  'data/demo/outcomes.csv': `client_id,domain,status\n${ids.map((id, index) => `${id},Housing,${status(index)}`).join('\n')}\nC001,Work,improved\nC002,Work,maintained\nC003,Work,improved\n`,
  'content/demo/summary.mdx': SUMMARY,
};

const MERGED_WARNING =
  'content/demo/summary.mdx:7:Indicator — <Indicator id="maintained[domain=housing]" />, a figure protected for privacy whose value is not published: the sentence will read "a number (counted only within “maintained or deteriorated”)" in its place — a figure that is shown, such as <Indicator id="maintained-or-deteriorated[domain=housing]" />, or the sentence reworded without this one (the methodology page lists the protected figures; see docs/indicators.md#protected-figures-in-a-sentence)';
const SMALL_BASE_WARNING =
  'content/demo/summary.mdx:9:Indicator — <Indicator id="improved[domain=work]" />, a figure protected for privacy whose value is not published: the sentence will read "a number (too small to publish)" in its place — a figure that is shown, or the sentence reworded without this one (the methodology page lists the protected figures; see docs/indicators.md#protected-figures-in-a-sentence)';

/** A sentence as Indicator.astro lays it out: the figure's prose, value then rest, in place of the tag. */
function rendered(line: string, figures: ReadonlyMap<string, { readonly text: { readonly prose: { readonly value: string; readonly rest: string } } }>): string {
  return line.replace(/<Indicator id="([^"]+)" \/>/g, (_, id: string) => {
    const prose = figures.get(id)?.text.prose;
    return prose === undefined ? '(missing)' : `${prose.value}${prose.rest}`;
  });
}

describe('a protected figure in a sentence of the summary', () => {
  const built = buildEvaluation('demo', memoryEffects(FILES));
  const figures = new Map((built.result?.figures ?? []).map((figure) => [figure.id, figure]));

  test('builds, with one warning per figure the sentence cannot give, at the line of its <Indicator>', () => {
    expect(built.problems.map(formatProblem)).toEqual([]);
    expect(built.warnings.map(formatProblem)).toEqual([MERGED_WARNING, SMALL_BASE_WARNING]);
  });

  test('reads as a grammatical phrase, never "not shown" or "merged" alone', () => {
    const lines = SUMMARY.split('\n');
    // 20 referred and 12 of 20 engaged (60%) are shown as they are; 12 of 20 improved in housing (60%).
    expect(rendered(lines[4] ?? '', figures)).toBe('The service worked with 20 people, and 60% (12 of 20) of them engaged.');
    expect(rendered(`${lines[5]} ${lines[6]}`, figures)).toBe(
      'Housing improved for 60% (12 of 20) of them and stayed as it was for a number (counted only within “maintained or deteriorated”) of them.',
    );
    expect(rendered(lines[8] ?? '', figures)).toBe('In work, a number (too small to publish) of those reviewed improved.');
    // The value in bold is the head of the phrase; what the card and table show is unchanged.
    expect(figures.get('maintained[domain=housing]')?.text).toMatchObject({ value: 'merged', prose: { value: 'a number', rest: ' (counted only within “maintained or deteriorated”)' } });
    expect(figures.get('improved[domain=work]')?.text).toMatchObject({ value: 'not shown', prose: { value: 'a number', rest: ' (too small to publish)' } });
    // The figure it was merged into is shown: 6 + 2 = 8 of 20 is 40%.
    expect(figures.get('maintained-or-deteriorated[domain=housing]')?.text.inline).toBe('40% (8 of 20)');
  });
});

describe('evalsite check on it', () => {
  const project = temporaryProjects();

  test('prints the warnings after the result line, marked as warnings, and exits 0', async () => {
    const root = project(FILES);
    const run = await runCliInProcess(['check', '--root', root]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [result, ...rest] = run.stdout.split('\n');
    expect(result).toMatch(/^evalsite: 1 evaluation checked, \d+ figures computed, 0 journeys drawn, no problems\.$/);
    expect(rest).toEqual([
      '',
      'demo: Demo evaluation',
      // 20 clients, a count shown as it is; the outcome statuses are counts of the clients reviewed
      // in each domain, and Work's 3 are not shown, so neither is the file's number of records.
      '  Datasets: clients.csv 20 records; outcomes.csv (number of records not shown)',
      expect.stringMatching(/^ {2}Figures published: \d+, protected for privacy: \d+ shown as "fewer than 5", .*\d+ merged with a neighbouring category/),
      // The clients file has start dates but no end_date column: how long anyone engaged is not
      // measured (test/pipeline/not-measured.test.ts), and check says so before the warnings.
      '  Not measured (the methodology page says so):',
      // Figures left out for the same reason share one line.
      '    engaged-over-3-months, engaged-over-6-months  There are no end dates, so an engagement that ended cannot be told from one still open.',
      // Nor are sessions and hours: the clients file has neither column (docs/metrics.md#dosage);
      // so nor is improvement by band of sessions, though the demo has outcome statuses.
      '    sessions-total, sessions-median, sessions-lower-quartile, sessions-upper-quartile, clients-by-sessions, reviewed-by-sessions, improved-by-sessions  The clients dataset has no sessions column (or it is empty), so sessions cannot be counted.',
      '    contact-hours-total, contact-hours-median, contact-hours-lower-quartile, contact-hours-upper-quartile  The clients dataset has no contact_hours column (or it is empty), so hours of contact cannot be counted.',
      // Nor are sessions and hours by month: there is no contacts dataset to date them.
      '    clients-seen-by-month, sessions-by-month, contact-hours-by-month  There is no contacts dataset, so contacts cannot be placed in months.',
      // Both warnings name the summary, content/demo/summary.mdx.
      '  Warnings: 2, listed below',
      '',
      'evalsite: 2 warnings (likely mistakes, which do not stop the build):',
      '',
      `warning: ${MERGED_WARNING}`,
      // Under each warning, the section that explains it: in evalsite's docs, and in the author guide of a built site.
      '  see docs/errors.md#figures-and-summary-text or /guide/errors/#figures-and-summary-text',
      `warning: ${SMALL_BASE_WARNING}`,
      // Under each warning, the section that explains it: in evalsite's docs, and in the author guide of a built site.
      '  see docs/errors.md#figures-and-summary-text or /guide/errors/#figures-and-summary-text',
      '',
      `What these warnings mean: docs/errors.md#figures-and-summary-text. docs/ is in the evalsite folder, ${EVALSITE_FOLDER}; /guide/ is the same text in the author guide of a site built with evalsite.`,
      '',
    ]);
  });
});

describe('evalsite check with an error as well', () => {
  const project = temporaryProjects();

  test('prints the errors, then the warnings, and exits 1', async () => {
    // A page under public/ is refused (public-file-code), whatever the evaluation holds.
    const root = project({ ...FILES, 'public/extra.html': '<p>hello</p>\n' });
    const run = await runCliInProcess(['check', '--root', root]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n');
    expect(lines[0]).toBe('evalsite: 1 problem found.');
    expect(lines[2]).toMatch(/^public\/extra\.html — a \.html file/);
    // Line 3: the section that explains it; lines 4 and 5: a blank line and the links to docs/errors.md for the problems; then a blank line before the warnings.
    expect(lines[3]).toBe('  see docs/errors.md#files-under-public or /guide/errors/#files-under-public');
    expect(lines.slice(6)).toEqual([
      '',
      'evalsite: 2 warnings (likely mistakes, which do not stop the build):',
      '',
      `warning: ${MERGED_WARNING}`,
      // Under each warning, the section that explains it: in evalsite's docs, and in the author guide of a built site.
      '  see docs/errors.md#figures-and-summary-text or /guide/errors/#figures-and-summary-text',
      `warning: ${SMALL_BASE_WARNING}`,
      // Under each warning, the section that explains it: in evalsite's docs, and in the author guide of a built site.
      '  see docs/errors.md#figures-and-summary-text or /guide/errors/#figures-and-summary-text',
      '',
      `What these warnings mean: docs/errors.md#figures-and-summary-text. docs/ is in the evalsite folder, ${EVALSITE_FOLDER}; /guide/ is the same text in the author guide of a site built with evalsite.`,
      '',
    ]);
  });
});
