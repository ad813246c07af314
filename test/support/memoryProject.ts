import { buildEvaluation, formatProblem, redactProblem } from '../../src/lib/index.ts';
import { memoryEffects, type MemoryFile } from './memoryEffects.ts';
import { computedFiguresOf } from './computedFigures.ts';

/** The required fields of a manifest and nothing else: a valid evaluation with no datasets. */
export const MINIMAL_MANIFEST = `title: Demo evaluation
programme: Mentoring
organisation: Demo Trust
area: Anytown
period: { from: 2014-01-01, to: 2014-12-31 }
funder: A Funder
authors: [A. Author]
published: 2015-03-01
version: "1"
citation: Demo (2015).
as_of: 2014-12-31
provenance: illustrative
summary: A demonstration.
`;

/** A small, valid evaluation ("demo") whose files tests change one at a time. */
export const DEMO_FILES: Readonly<Record<string, string>> = {
  'data/demo/evaluation.yaml': `${MINIMAL_MANIFEST}datasets:
  clients:
    file: clients.csv
    columns:
      client_id: Client ref
      start_date: Start
      end_date: End
      engaged: Engaged
      age: Age
    attributes:
      gender: Gender
  contacts:
    file: contacts.csv
  assessments:
    file: assessments.csv
    scale: wellbeing
scales:
  wellbeing: { label: Wellbeing, min: 1, max: 10, better: higher }
age_bands:
  - { id: under-25, label: Under 25, max: 24 }
indicators:
  - id: engaged
    headline: true
`,
  'data/demo/clients.csv': 'Client ref,Start,End,Engaged,Age,Gender\nC001,03/02/2014,30/06/2014,Yes,19,Male\nC002,10/03/2014,,Yes,31,Female\nC003,,,No,22,Male\n',
  'data/demo/contacts.csv': 'client_id,date,minutes,type,location\nC001,03/02/2014,60,face to face,cafe\nC002,10/03/2014,45,phone,\n',
  'data/demo/assessments.csv': 'client_id,review,date,domain,score\nC001,1,03/02/2014,Motivation,4\nC001,2,30/06/2014,Motivation,7\n',
  'content/demo/summary.mdx': '# Summary\n\n<Indicator id="engaged" /> engaged.\n',
};

/** Runs the real data step on the demo files with some replaced (or removed, with `null`). */
export function runDemo(changes: Readonly<Record<string, MemoryFile | null>> = {}): {
  lines: string[];
  printed: string[];
  figures: Map<string, { numerator: number | null; denominator: number | null }>;
} {
  const files: Record<string, MemoryFile | null> = { ...DEMO_FILES, ...changes };
  const effects = memoryEffects(files);
  const { problems } = buildEvaluation('demo', effects);
  // The figures as computed, before disclosure control: the tiny demo's are all protected when published.
  const figures = problems.length === 0 ? computedFiguresOf(effects.readText, 'demo', effects.readBytes) : [];
  return {
    lines: problems.map(formatProblem),
    // As the command line prints them: with anything that seems to identify someone replaced (redactProblem).
    printed: problems.map((found) => formatProblem(redactProblem(found))),
    figures: new Map(figures.map((figure) => [figure.id, { numerator: figure.numerator, denominator: figure.denominator }])),
  };
}

/** The demo manifest with text replaced, failing loudly if the text to replace is not there. */
export function demoManifestWith(search: string, replacement: string): string {
  const manifest = DEMO_FILES['data/demo/evaluation.yaml'] ?? '';
  if (!manifest.includes(search)) throw new Error(`demo manifest has no ${JSON.stringify(search)}`);
  return manifest.replace(search, replacement);
}
