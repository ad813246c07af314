import type { CaseStudy } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import { problem, type ProblemPlace } from '../problems/problem.ts';
import { fieldPath, parseYamlFile } from '../yaml/parseYamlFile.ts';
import { JourneySchema, type Journey } from './journeySchema.ts';
import { storyIdentifiers } from './checkStoryText.ts';
import { IDENTIFIER_RULE_DESCRIPTIONS } from '../identifierScan/identifierRules.ts';

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
  const at = (path: ReadonlyArray<string | number>): ProblemPlace => ({ file, row: lineOf(path), column: fieldPath(path) });
  const cast = new Set<string>();
  journey.cast.forEach((member, index) => {
    if (cast.has(member.id)) problems.push(problem('journey-duplicate-cast-member', at(['cast', index, 'id']), { id: member.id }));
    cast.add(member.id);
  });
  if (!journey.cast.some((member) => member.role === 'client')) problems.push(problem('journey-no-client', at(['cast'])));
  journey.panels.forEach((panel, p) => {
    const present = new Set(panel.characters.map((character) => character.id));
    panel.characters.forEach((character, c) => {
      if (panel.characters.findIndex((other) => other.id === character.id) < c)
        problems.push(problem('journey-duplicate-character', at(['panels', p, 'characters', c, 'id']), { id: character.id, panel: p + 1 }));
      if (!cast.has(character.id)) problems.push(problem('journey-character-not-in-cast', at(['panels', p, 'characters', c, 'id']), { id: character.id, panel: p + 1, cast: [...cast] }));
    });
    panel.balloons.forEach((balloon, b) => {
      if (!present.has(balloon.speaker))
        problems.push(problem('journey-speaker-not-in-panel', at(['panels', p, 'balloons', b, 'speaker']), { speaker: balloon.speaker, panel: p + 1, present: [...present] }));
    });
    if (panel.illustration !== undefined) {
      if (!context.publicFileExists(panel.illustration)) problems.push(problem('journey-illustration-missing', at(['panels', p, 'illustration']), { illustration: panel.illustration }));
      if (panel.illustration_alt === undefined) problems.push(problem('journey-illustration-without-alt', at(['panels', p, 'illustration']), { panel: p + 1 }));
    }
  });
  for (const { path, rules } of storyIdentifiers(journey)) {
    problems.push(problem('journey-identifying-text', at(path), { holds: rules.map((rule) => IDENTIFIER_RULE_DESCRIPTIONS[rule]) }));
  }
  if (!journey.composite) {
    const study = context.caseStudies.find((candidate) => candidate.consent === journey.consent);
    if (journey.consent === undefined || !study) {
      problems.push(problem(journey.consent === undefined ? 'journey-consent-missing' : 'journey-consent-unknown', at(['consent'])));
    } else if (study.pseudonym !== journey.pseudonym) {
      problems.push(problem('journey-pseudonym-mismatch', at(['pseudonym'])));
    }
  }
  return problems.length > 0 ? { problems, panelLines } : { journey, problems, panelLines };
}
