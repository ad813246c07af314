import { readFileSync } from 'node:fs';
import type { CliRun } from './projectCopy.ts';

/**
 * The example site the build tests read: the bundled project with exampleSiteChanges() (below),
 * built once per test run by the global setup (exampleSiteSetup.ts) with the real command line,
 * and built a second time, in another folder, time zone and locale and with other file times, to
 * show the build is reproducible.
 */
export interface ExampleSite {
  /** The project folder; the site is in its dist/. */
  readonly root: string;
  /** `evalsite build` in that folder, with TZ=UTC and the C.UTF-8 locale. */
  readonly run: CliRun;
  /** The same project in another folder, every file's time set to 2001-02-03. */
  readonly twin: string;
  /** `evalsite build` in the twin, with TZ=Pacific/Chatham and the de_DE.UTF-8 locale. */
  readonly twinRun: CliRun;
}

// Test files read it with `inject('exampleSite')`.
declare module 'vitest' {
  interface ProvidedContext {
    exampleSite: ExampleSite;
  }
}

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

// A second evaluation with no datasets at all: narrative only, as a journeys-only report would be.
export const NARRATIVE_ONLY: Readonly<Record<string, string>> = {
  'data/narrative-only/evaluation.yaml': `title: A narrative-only evaluation
programme: Resettlement mentoring
organisation: Example Trust
area: Example borough
period: { from: 2014-01-01, to: 2014-12-31 }
funder: Example funder
authors: [Example author]
published: 2015-01-31
version: "1"
citation: Example (2015).
as_of: 2014-12-31
provenance: illustrative
summary: A report told through one person's story, with no datasets.
`,
  'content/narrative-only/summary.mdx': '---\ntitle: What happened\n---\n\nThis evaluation tells its story in words alone.\n',
  // A journey whose second panel is the author's own picture instead of a drawn scene.
  'content/narrative-only/journeys/own-picture.yaml': `title: Keys at last
pseudonym: Nia
composite: true
intro: A composite story for this test.
cast:
  - { id: nia, role: client, name: Nia, appearance: { skin: 5, hair: long, top: green } }
panels:
  - scene: hostel-room
    characters: [{ id: nia, expression: worried }]
    balloons: [{ speaker: nia, kind: thought, text: Will this ever end? }]
  - scene: street
    illustration: images/journeys/keys.svg
    illustration_alt: A front door with a set of keys in the lock.
`,
  'public/images/journeys/keys.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#cde"/></svg>\n',
};

export const CLIENTS = 'data/manchester/clients.csv';
export const MANCHESTER_MANIFEST = 'data/manchester/evaluation.yaml';

/**
 * A waived column: Manchester's clients.csv gains a "Keyworker email" column holding one email
 * address (on row 5), which the identifier scan would refuse, and its manifest a waiver for it
 * with a reason. The build must let it through and print the waiver on the methodology page.
 */
export function waivedColumn(): Record<string, string> {
  const lines = read(CLIENTS).split('\r\n');
  const withNotes = lines.map((line, index) => (line === '' ? line : `${line},${index === 0 ? 'Keyworker email' : index === 5 ? 'team.inbox@example.org' : ''}`)).join('\r\n');
  const manifest = read(MANCHESTER_MANIFEST).replace(
    /\nprivacy:\n/,
    '\nprivacy:\n  waivers:\n    - dataset: clients\n      column: Keyworker email\n      reason: A shared team inbox, not a client; the column is never published.\n',
  );
  return { [CLIENTS]: withNotes, [MANCHESTER_MANIFEST]: manifest };
}

export const TAYSIDE_SUMMARY = 'content/tayside/summary.mdx';
/** A sentence that puts a merged figure inline, as an author might: the men's "maintained" in housing is merged with "deteriorated". */
export const PROTECTED_SENTENCE = 'Housing stayed as it was for <Indicator id="maintained[domain=accommodation-and-housing,service=men]" /> of the men.';

/** Tayside's summary with PROTECTED_SENTENCE as a paragraph of its own at the end: the build warns, and the page reads a phrase. */
export function protectedFigureInline(): Record<string, string> {
  return { [TAYSIDE_SUMMARY]: `${read(TAYSIDE_SUMMARY)}\n${PROTECTED_SENTENCE}\n` };
}

/** The example site's project: the bundled example, a narrative-only evaluation, a waived column and a protected figure in a sentence. */
export function exampleSiteChanges(): Record<string, string> {
  return { ...NARRATIVE_ONLY, ...waivedColumn(), ...protectedFigureInline() };
}
