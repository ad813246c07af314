import type { FontMetrics } from '../text/fontMetrics.ts';
import { textWidth } from '../text/fontMetrics.ts';
import type { MilestoneKind, Panel } from './journeySchema.ts';

/** The narrowest track the horizontal timeline is drawn on; narrower screens get a list. */
export const TIMELINE_TRACK_WIDTH = 760;
const LABEL_SIZE = 15;
const LABEL_GAP = 14;
const NICE_STEPS = [1, 2, 4, 8, 13, 26, 52, 104, 208, 520];

export interface TimelineMilestone {
  /** The panel it belongs to, counted from 1, for a link to the panel. */
  readonly panel: number;
  readonly label: string;
  readonly kind: MilestoneKind;
  readonly weeks: number;
  /** "Week 6", "Week 0", "3 weeks before". */
  readonly when: string;
  /** Where the marker sits along the track, 0–100 (%). */
  readonly at: number;
  /** Where the label's centre sits, 0–100 (%): moved in from the ends so it is never cut off. */
  readonly labelAt: number;
  /** The row its label goes in, from 0, so labels never overlap. */
  readonly lane: number;
}

export interface TimelineLayout {
  readonly milestones: readonly TimelineMilestone[];
  readonly lanes: number;
  readonly ticks: ReadonlyArray<{ readonly weeks: number; readonly at: number }>;
}

/**
 * Puts a journey's milestones on a time axis in weeks: each marker at its offset, each label in
 * the first row where it clears its neighbours by LABEL_GAP, measured with the site font at the
 * narrowest track width (so wider screens only spread them further apart). Null with no milestones.
 */
export function layoutTimeline(panels: readonly Panel[], bold: FontMetrics): TimelineLayout | null {
  const steps = panels.flatMap((panel, index) => (panel.milestone ? [{ panel: index + 1, ...panel.milestone }] : []));
  if (steps.length === 0) return null;
  const first = Math.min(...steps.map((step) => step.weeks));
  const last = Math.max(...steps.map((step) => step.weeks));
  const span = last - first;
  // Steps all in one week sit in the middle of the track.
  const position = (weeks: number) => (span === 0 ? 50 : ((weeks - first) / span) * 100);
  const laneEnds: number[] = [];
  const ordered = [...steps].sort((a, b) => a.weeks - b.weeks || a.panel - b.panel);
  const milestones = ordered.map((step): TimelineMilestone => {
    const when = weeksText(step.weeks);
    const width = Math.max(textWidth(bold, step.label, LABEL_SIZE), textWidth(bold, when, LABEL_SIZE)) + 4;
    const halfShare = (width / 2 / TIMELINE_TRACK_WIDTH) * 100;
    const at = position(step.weeks);
    const labelAt = Math.min(Math.max(at, halfShare), 100 - halfShare);
    const left = (labelAt / 100) * TIMELINE_TRACK_WIDTH - width / 2;
    let lane = laneEnds.findIndex((end) => left >= end + LABEL_GAP);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = left + width;
    return { panel: step.panel, label: step.label, kind: step.kind, weeks: step.weeks, when, at: round(at), labelAt: round(labelAt), lane };
  });
  const step = NICE_STEPS.find((candidate) => span / candidate <= 8) ?? Math.max(span, 1);
  const ticks: Array<{ weeks: number; at: number }> = [];
  for (let weeks = Math.ceil(first / step) * step; weeks <= last; weeks += step) ticks.push({ weeks, at: round(position(weeks)) });
  return { milestones, lanes: laneEnds.length, ticks };
}

/** A milestone's time in words, counted from the journey's week 0. */
export function weeksText(weeks: number): string {
  if (weeks < 0) return `${-weeks} week${weeks === -1 ? '' : 's'} before`;
  return `Week ${weeks}`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
