import { textIdentifierRules, type TextRule } from '../identifierScan/textIdentifierRules.ts';
import type { Journey } from './journeySchema.ts';

/**
 * Every piece of a journey's text with its field path, for the identifier scan, by the rules of
 * all author text (identifierScan/textIdentifierRules.ts). Names are left to the author (a story
 * is told with pseudonyms by design); everything else the dataset scan looks for in a cell —
 * phone numbers, emails, postcodes, addresses, NHS, National Insurance, PNC, CRO, prison and
 * probation numbers, and a date of birth named as one — has no place in a published story.
 */
export function storyIdentifiers(journey: Journey): Array<{ path: Array<string | number>; rules: TextRule[] }> {
  const texts: Array<{ path: Array<string | number>; text: string }> = [
    { path: ['title'], text: journey.title },
    { path: ['pseudonym'], text: journey.pseudonym },
    ...journey.cast.map((member, c) => ({ path: ['cast', c, 'name'], text: member.name })),
    { path: ['intro'], text: journey.intro },
    { path: ['week_zero'], text: journey.week_zero },
    ...journey.panels.flatMap((panel, p) => [
      ...(panel.caption === undefined ? [] : [{ path: ['panels', p, 'caption'], text: panel.caption }]),
      ...panel.balloons.map((balloon, b) => ({ path: ['panels', p, 'balloons', b, 'text'], text: balloon.text })),
      ...(panel.commentary === undefined ? [] : [{ path: ['panels', p, 'commentary'], text: panel.commentary }]),
      ...(panel.illustration_alt === undefined ? [] : [{ path: ['panels', p, 'illustration_alt'], text: panel.illustration_alt }]),
      ...(panel.milestone === undefined ? [] : [{ path: ['panels', p, 'milestone', 'label'], text: panel.milestone.label }]),
    ]),
  ];
  return texts.flatMap(({ path, text }) => {
    const rules = textIdentifierRules(text);
    return rules.length > 0 ? [{ path, rules }] : [];
  });
}
