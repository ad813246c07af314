import { expect, test } from 'vitest';
import type { ChartResult } from '../../src/lib/index.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';
import { GOLDEN_CHARTS } from './goldenCharts.ts';

/** Colour words a note might use, each with the hues (degrees) that go by that name. */
const COLOUR_WORDS: Readonly<Record<string, (hue: number) => boolean>> = {
  red: (hue) => hue < 15 || hue >= 340,
  orange: (hue) => hue >= 15 && hue < 45,
  brown: (hue) => hue >= 10 && hue < 45,
  yellow: (hue) => hue >= 45 && hue < 70,
  green: (hue) => hue >= 70 && hue < 170,
  teal: (hue) => hue >= 160 && hue < 200,
  blue: (hue) => hue >= 190 && hue < 260,
  purple: (hue) => hue >= 260 && hue < 340,
  pink: (hue) => hue >= 300 || hue < 10,
};
const GREYS = ['grey', 'gray'];

/** The hue of a #rrggbb colour in degrees, or null for a grey (saturation under 15%). */
function hueOf(hex: string): number | null {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const chroma = max - min;
  const lightness = (max + min) / 2;
  const saturation = chroma === 0 ? 0 : chroma / (1 - Math.abs(2 * lightness - 1));
  if (saturation < 0.15) return null;
  const sector = max === r ? ((g - b) / chroma + 6) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
  return sector * 60;
}

/** The colour words in a note that no fill or stroke of the chart's drawing is. */
function unDrawnColourWords(chart: ChartResult): string[] {
  const note = chart.note.toLowerCase();
  const drawn = [...`${chart.svg}${chart.svgNarrow}`.matchAll(/(?:fill|stroke)="(#[0-9a-f]{6})"/gi)].map((match) => hueOf(match[1] ?? '#000000'));
  const words = [...Object.keys(COLOUR_WORDS), ...GREYS].filter((word) => new RegExp(`\\b${word}\\b`).test(note));
  return words.filter((word) => {
    const named = COLOUR_WORDS[word];
    return named ? !drawn.some((hue) => hue !== null && named(hue)) : !drawn.includes(null);
  });
}

const exampleCharts = (exampleSiteData().site?.evaluations ?? []).flatMap((evaluation) => evaluation.charts.map((chart) => [`${evaluation.slug}/${chart.id}`, chart] as const));
const goldenCharts = Object.entries(GOLDEN_CHARTS).map(([name, build]) => [name, build()] as const);

test('the hues are told apart as a reader names them', () => {
  expect(hueOf('#1b7a5a')).toBeGreaterThanOrEqual(70); // green
  expect(hueOf('#7a4a9e')).toBeGreaterThanOrEqual(260); // purple
  expect(hueOf('#6b6b6b')).toBeNull(); // grey
  const chart = { note: 'Not met in purple.', svg: '<rect fill="#1b7a5a"/>', svgNarrow: '' } as ChartResult;
  expect(unDrawnColourWords(chart)).toEqual(['purple']);
});

test.each([...exampleCharts, ...goldenCharts])('%s: every colour its note names is a colour it draws', (_name, chart) => {
  expect(unDrawnColourWords(chart)).toEqual([]);
});

test('the feedback chart’s note names no colour, and explains only the combined side it draws', () => {
  const likert = exampleCharts.find(([name]) => name === 'manchester/chart-response-share-by-question')?.[1];
  // Manchester draws "did not agree" combined on every drawn question, and no combined "agreed".
  expect(likert?.note).toBe(
    'The scale runs from "Strongly disagree" at the left to "Strongly agree" at the right; the legend gives the colour of each answer drawn. ' +
      'Where too few people gave one of the answers on a side of the scale, that side is one bar, so that no one can be picked out: "did not agree" (every answer short of agreeing, neutral included). The data table gives every share.',
  );
  expect(likert?.legend.map((item) => item.label)).toContain('Did not agree, combined to protect privacy');
  expect(likert?.legend.map((item) => item.label)).not.toContain('Agreed, combined to protect privacy');
});
