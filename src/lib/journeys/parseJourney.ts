import type { CaseStudy } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import { fieldPath, parseYamlFile } from '../yaml/parseYamlFile.ts';
import { JourneySchema, type Journey } from './journeySchema.ts';
import { describeRules, storyIdentifiers } from './checkStoryText.ts';

export interface JourneyContext {
  /** The evaluation's consented case studies (manifest `privacy.case_studies`). */
  readonly caseStudies: readonly CaseStudy[];
  /** Whether a file exists under public/, for illustrations. */
  readonly publicFileExists: (path: string) => boolean;
}

/**
 * Reads a journey and checks what the schema cannot: cast ids unique, every character and
 * speaker in a panel from the cast (and every speaker in the panel), illustrations that exist and
 * are described, no text that looks like a phone number, address or other identifier (never
 * quoted back), and consent: a story about one person (not a composite) must name the consent
 * of one of the manifest's case studies, under the same pseudonym. Errors name the file, the
 * panel and the field.
 */
export function parseJourney(file: string, text: string, context: JourneyContext): { journey?: Journey; problems: Problem[]; panelLines: Array<number | undefined> } {
  const { value: journey, problems, lineOf } = parseYamlFile(file, text, JourneySchema);
  if (!journey) return { problems, panelLines: [] };
  const panelLines = journey.panels.map((_, index) => lineOf(['panels', index]));
  const at = (path: ReadonlyArray<string | number>, found: string, expected: string): Problem => {
    const row = lineOf(path);
    return row === undefined ? { file, column: fieldPath(path), found, expected } : { file, row, column: fieldPath(path), found, expected };
  };
  const cast = new Set<string>();
  journey.cast.forEach((member, index) => {
    if (cast.has(member.id)) problems.push(at(['cast', index, 'id'], `a second cast member "${member.id}"`, 'an id used once in the cast'));
    cast.add(member.id);
  });
  if (!journey.cast.some((member) => member.role === 'client')) problems.push(at(['cast'], 'no cast member with role client', 'the client the journey is about, with role: client'));
  journey.panels.forEach((panel, p) => {
    const present = new Set(panel.characters.map((character) => character.id));
    panel.characters.forEach((character, c) => {
      if (panel.characters.findIndex((other) => other.id === character.id) < c) problems.push(at(['panels', p, 'characters', c, 'id'], `"${character.id}" a second time in panel ${p + 1}`, 'each person once in a panel'));
      if (!cast.has(character.id)) problems.push(at(['panels', p, 'characters', c, 'id'], `"${character.id}" in panel ${p + 1}, who is not in the cast`, `one of the cast: ${[...cast].join(', ')}`));
    });
    panel.balloons.forEach((balloon, b) => {
      if (!present.has(balloon.speaker)) problems.push(at(['panels', p, 'balloons', b, 'speaker'], `a balloon in panel ${p + 1} spoken by "${balloon.speaker}", who is not in the panel`, `a speaker listed in the panel's characters: ${[...present].join(', ') || '(none)'}`));
    });
    if (panel.illustration !== undefined) {
      if (!context.publicFileExists(panel.illustration)) problems.push(at(['panels', p, 'illustration'], `no file public/${panel.illustration}`, 'an image that exists under public/'));
      if (panel.illustration_alt === undefined) problems.push(at(['panels', p, 'illustration'], `an illustration in panel ${p + 1} with no illustration_alt`, 'a short description of the image for people who cannot see it'));
    }
  });
  for (const { path, rules } of storyIdentifiers(journey)) {
    problems.push(at(path, `text that seems to hold ${describeRules(rules)} (not repeated here)`, 'no identifying details in a story: leave them out, or change them so they point to no one'));
  }
  if (!journey.composite) {
    const study = context.caseStudies.find((candidate) => candidate.consent === journey.consent);
    if (journey.consent === undefined || !study) {
      problems.push(at(['consent'], journey.consent === undefined ? 'a story about one person with no consent reference' : 'a consent reference no case study in the manifest has', 'the consent reference of one of privacy.case_studies (or composite: true for a story combining several people)'));
    } else if (study.pseudonym !== journey.pseudonym) {
      problems.push(at(['pseudonym'], `a pseudonym other than the case study's`, `the pseudonym given with that consent in privacy.case_studies`));
    }
  }
  return problems.length > 0 ? { problems, panelLines } : { journey, problems, panelLines };
}
