import { cellIdentifierRules, type CellRule } from '../identifierScan/cellIdentifierRules.ts';
import type { Journey } from './journeySchema.ts';

/**
 * Every piece of a journey's text with its field path, for the identifier scan. Names are left
 * to the author (a story is told with pseudonyms by design); everything else the dataset scan
 * looks for in a cell — phone numbers, emails, postcodes, addresses, NHS, National Insurance,
 * PNC, CRO, prison and probation numbers — has no place in a published story.
 */
export function storyIdentifiers(journey: Journey): Array<{ path: Array<string | number>; rules: CellRule[] }> {
  const texts: Array<{ path: Array<string | number>; text: string }> = [
    { path: ['title'], text: journey.title },
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
    const rules = cellIdentifierRules(text).filter((rule) => rule !== 'name');
    return rules.length > 0 ? [{ path, rules }] : [];
  });
}
