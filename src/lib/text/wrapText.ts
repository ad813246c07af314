import { textWidth, type FontMetrics } from './fontMetrics.ts';

/** Line spacing as a multiple of the font size: the usual setting for short diagram labels. */
const LINE_HEIGHT = 1.25;

/**
 * Whitespace that collapses and allows a break, as CSS `white-space: normal` treats it. A no-break
 * space (U+00A0) is not in the set, so an author can still glue "£5 000" or "10 %" together.
 */
const COLLAPSIBLE_SPACE = /[ \t\n\r\f]+/;

/**
 * Break opportunities inside a word: after a hyphen (U+002D or U+2010) that follows something
 * other than a hyphen. Not before a digit (Unicode line breaking, UAX #14 rule LB25), so
 * "2013-14" and "-5" stay whole, as browsers keep them.
 */
const AFTER_HYPHEN = /(?<=[^-\u2010][-\u2010])(?=[^-\u2010\d])/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A piece of a line and what joins it to the piece before it on the same line. */
interface Piece {
  readonly text: string;
  readonly joiner: '' | ' ';
}

/** A wrapped label: its lines and the box they need, in px. */
export interface WrappedText {
  readonly lines: string[];
  /** The widest line, px. */
  readonly width: number;
  /** Lines × lineHeight, px. */
  readonly height: number;
  readonly lineHeight: number;
}

/**
 * Greedy line breaking of a label into lines no wider than `maxWidth` px: each line takes as many
 * words as fit, breaking at spaces and after hyphens. A word that is wider than `maxWidth` on its
 * own is broken between characters (without adding a hyphen, which could be read as part of the
 * word), so nothing a diagram draws can overflow its box. Each line is measured whole, as it will
 * be drawn, so kerning across word boundaries is counted. Empty text gives no lines.
 */
export function wrapText(metrics: FontMetrics, text: string, { fontSize, maxWidth }: { fontSize: number; maxWidth: number }): WrappedText {
  if (!(fontSize > 0 && Number.isFinite(fontSize))) throw new RangeError(`invalid fontSize: ${fontSize}`);
  if (!(maxWidth > 0 && Number.isFinite(maxWidth))) throw new RangeError(`invalid maxWidth: ${maxWidth}`);
  const fits = (line: string) => textWidth(metrics, line, fontSize) <= maxWidth;

  const words = text.split(COLLAPSIBLE_SPACE).filter((word) => word !== '');
  const pieces: Piece[] = words.flatMap((word, index) => word.split(AFTER_HYPHEN).map((part, partIndex): Piece => ({ text: part, joiner: partIndex === 0 && index > 0 ? ' ' : '' })));

  const lines: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joined = current === '' ? piece.text : `${current}${piece.joiner}${piece.text}`;
    if (fits(joined)) {
      current = joined;
      continue;
    }
    // The piece starts a new line; the space (if any) before it is dropped at the break.
    if (current !== '') lines.push(current);
    if (fits(piece.text)) {
      current = piece.text;
      continue;
    }
    const chunks = breakByCharacters(piece.text, fits);
    lines.push(...chunks.slice(0, -1));
    current = chunks.at(-1) ?? '';
  }
  if (current !== '') lines.push(current);

  const lineHeight = LINE_HEIGHT * fontSize;
  return {
    lines,
    width: Math.max(0, ...lines.map((line) => textWidth(metrics, line, fontSize))),
    height: lines.length * lineHeight,
    lineHeight,
  };
}

/**
 * A word too wide for any line, cut into chunks that each fit, filling each chunk greedily.
 * Cuts fall between grapheme clusters, so an accent is never parted from its letter.
 */
function breakByCharacters(word: string, fits: (line: string) => boolean): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const { segment } of graphemes.segment(word)) {
    if (chunk !== '' && !fits(chunk + segment)) {
      chunks.push(chunk);
      chunk = '';
    }
    // Not even one character fits: no line could hold it, so refuse rather than overflow.
    if (chunk === '' && !fits(segment)) throw new RangeError(`"${segment}" is wider than the maximum width on its own`);
    chunk += segment;
  }
  chunks.push(chunk);
  return chunks;
}
