import { describe, expect, test } from 'vitest';
import type { FontMetrics } from '../text/fontMetrics.ts';
import { PanelSchema } from './journeySchema.ts';
import { layoutTimeline, TIMELINE_TRACK_WIDTH, weeksText } from './layoutTimeline.ts';

/** Every character 600 units of a 1000 em: 9px each at the labels' 15px. */
const MONO: FontMetrics = { unitsPerEm: 1000, ascent: 800, descent: -200, advance: (text) => Array.from(text).length * 600 };
const panel = (weeks?: number, label = 'Job') => PanelSchema.parse({ scene: 'street', ...(weeks === undefined ? {} : { milestone: { label, weeks } }) });

describe('layoutTimeline', () => {
  test('no milestones, no timeline', () => {
    expect(layoutTimeline([panel(), panel()], MONO)).toBeNull();
  });

  test('places markers by weeks between the first and last milestone, linking each to its panel', () => {
    const timeline = layoutTimeline([panel(0, 'Out'), panel(), panel(10, 'ID'), panel(40, 'Job')], MONO);
    expect(timeline?.milestones.map((step) => [step.panel, step.at, step.when])).toEqual([
      [1, 0, 'Week 0'],
      [3, 25, 'Week 10'],
      [4, 100, 'Week 40'],
    ]);
    // 40 weeks: steps of 8 give 6 ticks (0, 8 … 40), the first nice step with at most 8.
    expect(timeline?.ticks.map((tick) => tick.weeks)).toEqual([0, 8, 16, 24, 32, 40]);
  });

  test('labels at the ends move inwards so they are not cut off', () => {
    // "Week 40" is 7 characters = 63px + 4 = 67px wide: its centre may come no nearer the end
    // than 33.5px of 760px = 4.41%.
    const timeline = layoutTimeline([panel(0, 'Out'), panel(40, 'Job')], MONO);
    const last = timeline?.milestones.at(-1);
    expect(last?.at).toBe(100);
    expect(last?.labelAt).toBeCloseTo(100 - (33.5 / TIMELINE_TRACK_WIDTH) * 100, 2);
  });

  test('labels that would collide go to a second row; far-apart ones share the first', () => {
    const timeline = layoutTimeline([panel(0, 'Released'), panel(1, 'Bank account'), panel(52, 'Job')], MONO);
    expect(timeline?.milestones.map((step) => step.lane)).toEqual([0, 1, 0]);
    expect(timeline?.lanes).toBe(2);
  });

  test('a single milestone, or several in one week, sits in the middle of the track', () => {
    expect(layoutTimeline([panel(3, 'Job')], MONO)?.milestones[0]?.at).toBe(50);
    expect(layoutTimeline([panel(3, 'Job'), panel(3, 'ID')], MONO)?.milestones.map((step) => step.at)).toEqual([50, 50]);
  });

  test('says weeks before week 0 in words', () => {
    expect(weeksText(-1)).toBe('1 week before');
    expect(weeksText(-6)).toBe('6 weeks before');
    expect(weeksText(0)).toBe('Week 0');
    expect(weeksText(12)).toBe('Week 12');
  });
});
