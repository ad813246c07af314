import { describe, expect, test } from 'vitest';
import { PanelSchema } from './journeySchema.ts';
import { inSpeakingOrder } from './layoutPanel.ts';

describe('inSpeakingOrder', () => {
  test('the first to speak stands on the left; people who say nothing keep their order after the speakers', () => {
    const panel = PanelSchema.parse({
      scene: 'cafe',
      characters: [{ id: 'quiet' }, { id: 'mentor' }, { id: 'client' }],
      balloons: [
        { speaker: 'client', text: 'Hi.' },
        { speaker: 'mentor', text: 'Hello.' },
        { speaker: 'client', text: 'Tea?' },
      ],
    });
    expect(inSpeakingOrder(panel).map((character) => character.id)).toEqual(['client', 'mentor', 'quiet']);
  });

  test('with no balloons the author’s order stands', () => {
    const panel = PanelSchema.parse({ scene: 'cafe', characters: [{ id: 'b' }, { id: 'a' }] });
    expect(inSpeakingOrder(panel).map((character) => character.id)).toEqual(['b', 'a']);
  });
});
