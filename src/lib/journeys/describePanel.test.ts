import { describe, expect, test } from 'vitest';
import { describePanel } from './describePanel.ts';
import { PanelSchema, type CastMember } from './journeySchema.ts';

const appearance = { skin: 3, hair: 'short', hair_colour: 'dark-brown', build: 'medium', top: 'blue' } as const;
const cast: CastMember[] = [
  { id: 'dan', role: 'client', name: 'Dan', appearance },
  { id: 'sue', role: 'mentor', name: 'Sue', appearance },
  { id: 'raj', role: 'probation-officer', name: 'Raj', appearance },
];
const cafe = { name: 'Café', seatedAt: 'at a table' };

describe('describePanel', () => {
  test('names the place, who sits where, and the faces that show a feeling', () => {
    const panel = PanelSchema.parse({
      scene: 'cafe',
      characters: [
        { id: 'dan', pose: 'sitting', expression: 'worried' },
        { id: 'sue', pose: 'sitting' },
      ],
    });
    expect(describePanel(panel, cast, cafe)).toBe('Café. Dan and Sue sit at a table. Dan looks worried.');
  });

  test('groups people by what they are doing, in the order they appear', () => {
    const panel = PanelSchema.parse({
      scene: 'street',
      characters: [
        { id: 'dan', pose: 'walking', expression: 'happy' },
        { id: 'raj', pose: 'on-the-phone' },
        { id: 'sue', pose: 'walking', expression: 'thinking' },
      ],
    });
    expect(describePanel(panel, cast, { name: 'Street', seatedAt: null })).toBe('Street. Dan and Sue walk. Raj is on the phone. Dan looks happy. Sue is deep in thought.');
  });

  test('an empty scene is just the place; an author’s illustration is described by its own text', () => {
    expect(describePanel(PanelSchema.parse({ scene: 'prison-gate' }), cast, { name: 'Prison gate', seatedAt: null })).toBe('Prison gate.');
    const drawn = PanelSchema.parse({ scene: 'cafe', illustration: 'a.png', illustration_alt: 'Two mugs on a table.' });
    expect(describePanel(drawn, cast, cafe)).toBe('Two mugs on a table.');
  });
});
