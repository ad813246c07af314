import type { BalloonKind, MilestoneKind } from './journeySchema.ts';
import type { TimelineLayout } from './layoutTimeline.ts';

/** Where a piece of text sits over a panel's drawing, as CSS percentages of the panel. */
export interface TextPlace {
  readonly left: number;
  readonly top: number;
  readonly width: number;
}

export interface RenderedBalloon {
  readonly kind: BalloonKind;
  /** The speaker's name in the story. */
  readonly speaker: string;
  /** "says", "thinks", "whispers", "shouts": read out before the words, as the tail shows. */
  readonly verb: string;
  readonly text: string;
  readonly place: TextPlace;
}

/** One panel, ready for the page: the drawing, and every word as text to lay over it. */
export interface RenderedPanel {
  readonly number: number;
  /** The drawing (scene, people, balloon outlines) as SVG, decorative: the words are HTML. */
  readonly art: string;
  /** What a screen reader hears for the picture. */
  readonly description: string;
  readonly caption: { readonly text: string; readonly place: TextPlace } | null;
  readonly balloons: readonly RenderedBalloon[];
  /** An author's picture under public/ drawn instead of the scene. */
  readonly illustration: string | null;
  readonly milestone: { readonly label: string; readonly kind: MilestoneKind; readonly weeks: number } | null;
  readonly commentary: string | null;
}

/** A client journey, laid out and drawn. Plain JSON, for the pages. */
export interface JourneyResult {
  /** The file name without .yaml, and the URL segment. */
  readonly id: string;
  readonly title: string;
  readonly pseudonym: string;
  readonly composite: boolean;
  readonly illustrative: boolean;
  readonly intro: string;
  readonly weekZero: string;
  readonly cast: ReadonlyArray<{ readonly id: string; readonly name: string; readonly role: string }>;
  readonly panels: readonly RenderedPanel[];
  readonly timeline: TimelineLayout | null;
  /** Ids of the consented client's own figures (sessions, hours, re-offences), or empty. */
  readonly caseFigures: readonly string[];
}
