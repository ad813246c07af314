import { describe, expect, test } from 'vitest';
import { siteFonts } from '../../scripts/io/siteFontMetrics.ts';
import { PanelSchema, type CastMember } from '../../src/lib/journeys/journeySchema.ts';
import { layoutPanel } from '../../src/lib/journeys/layoutPanel.ts';
import { renderPanel } from '../../src/lib/journeys/renderPanel.ts';
import { expectGoldenSvg } from '../support/golden.ts';

const fonts = siteFonts();
const cast: CastMember[] = [
  { id: 'kim', role: 'client', name: 'Kim', appearance: { skin: 4, hair: 'curly', hair_colour: 'black', build: 'slim', top: 'orange' } },
  { id: 'pat', role: 'mentor', name: 'Pat', appearance: { skin: 1, hair: 'tied-back', hair_colour: 'red', build: 'medium', top: 'blue' } },
];

function drawn(panel: unknown) {
  const parsed = PanelSchema.parse(panel);
  const layout = layoutPanel(parsed, cast, fonts);
  if (!layout) throw new Error('no layout');
  return renderPanel(parsed, 1, layout, cast);
}

describe('a whole panel, drawn', () => {
  test('speech and thought: matches test/output/panel-speech-thought.svg', () => {
    const panel = drawn({
      caption: 'Two weeks after release',
      scene: 'cafe',
      characters: [
        { id: 'pat', pose: 'sitting', expression: 'happy' },
        { id: 'kim', pose: 'sitting', expression: 'worried' },
      ],
      balloons: [
        { speaker: 'pat', text: 'What would make this week a good one?' },
        { speaker: 'kim', kind: 'thought', text: 'Does she mean it?' },
      ],
    });
    expectGoldenSvg('panel-speech-thought', panel.art);
    expect(panel.description).toBe('Café. Pat and Kim sit at a table. Pat looks happy. Kim looks worried.');
    expect(panel.balloons.map((balloon) => `${balloon.speaker} ${balloon.verb}: ${balloon.text}`)).toEqual(['Pat says: What would make this week a good one?', 'Kim thinks: Does she mean it?']);
  });

  test('whisper and shout: matches test/output/panel-whisper-shout.svg', () => {
    const panel = drawn({
      scene: 'street',
      characters: [
        { id: 'kim', pose: 'walking', expression: 'frustrated' },
        { id: 'pat', pose: 'walking' },
      ],
      balloons: [
        { speaker: 'kim', kind: 'shout', text: 'Not again!' },
        { speaker: 'pat', kind: 'whisper', text: 'Breathe. We will sort it.' },
      ],
    });
    expectGoldenSvg('panel-whisper-shout', panel.art);
    expect(panel.art).toContain('stroke-dasharray');
    // The words are never in the drawing: they are HTML laid over it.
    expect(panel.art).not.toMatch(/<text|Not again|Breathe/);
  });

  test('an author’s illustration replaces the drawn scene but keeps the people and balloons', () => {
    const withScene = drawn({ scene: 'gym', characters: [{ id: 'kim' }], balloons: [{ speaker: 'kim', text: 'Again tomorrow?' }] });
    const withPicture = drawn({
      scene: 'gym',
      illustration: 'images/gym.png',
      illustration_alt: 'Kim lifting weights.',
      characters: [{ id: 'kim' }],
      balloons: [{ speaker: 'kim', text: 'Again tomorrow?' }],
    });
    expect(withPicture.art.length).toBeLessThan(withScene.art.length);
    expect(withPicture.illustration).toBe('images/gym.png');
    expect(withPicture.description).toBe('Kim lifting weights.');
    expect(withPicture.balloons).toHaveLength(1);
  });
});
