import { INK } from '../../theme/palette.ts';
import { round2, type Box, type Point } from './kitGeometry.ts';

/**
 * The flat shapes characters are built from. Every shape carries its exact extent, stroke
 * included, so a character's bounds and head box come from what is drawn rather than from
 * separate guesses that could drift apart.
 */

/** Width of every outline: thin, dark, with round joins (set once on the character's group). */
export const OUTLINE = 1.8;

/** Absolute path commands only, so extents can be computed exactly and mirroring stays trivial. */
export type Segment =
  readonly ['M', number, number] | readonly ['L', number, number] | readonly ['Q', number, number, number, number] | readonly ['C', number, number, number, number, number, number] | readonly ['Z'];

export interface Shape {
  readonly svg: string;
  /** What the shape covers, stroke included. */
  readonly box: Box;
}

interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const n = (value: number): string => String(round2(value));

function emptyExtent(): Extent {
  return { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
}

function include(extent: Extent, x: number, y: number): void {
  extent.minX = Math.min(extent.minX, x);
  extent.maxX = Math.max(extent.maxX, x);
  extent.minY = Math.min(extent.minY, y);
  extent.maxY = Math.max(extent.maxY, y);
}

function grown(extent: Extent, margin: number): Box {
  return { x: extent.minX - margin, y: extent.minY - margin, width: extent.maxX - extent.minX + 2 * margin, height: extent.maxY - extent.minY + 2 * margin };
}

/** Parameters in (0, 1) where a quadratic a·t² + b·t + c vanishes. */
function rootsInside(a: number, b: number, c: number): number[] {
  const roots = Math.abs(a) < 1e-12 ? (Math.abs(b) < 1e-12 ? [] : [-c / b]) : quadraticRoots(a, b, c);
  return roots.filter((t) => t > 0 && t < 1);
}

function quadraticRoots(a: number, b: number, c: number): number[] {
  const discriminant = b * b - 4 * a * c;
  if (discriminant < 0) return [];
  const root = Math.sqrt(discriminant);
  return [(-b + root) / (2 * a), (-b - root) / (2 * a)];
}

function quadraticAt(p0: number, p1: number, p2: number, t: number): number {
  const u = 1 - t;
  return u * u * p0 + 2 * u * t * p1 + t * t * p2;
}

function cubicAt(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const u = 1 - t;
  return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

/** Where a cubic's derivative is zero along one axis: its turning points. */
function cubicTurns(p0: number, p1: number, p2: number, p3: number): number[] {
  const d0 = p1 - p0;
  const d1 = p2 - p1;
  const d2 = p3 - p2;
  return rootsInside(d0 - 2 * d1 + d2, 2 * (d1 - d0), d0);
}

function roundSegment(segment: Segment): Segment {
  switch (segment[0]) {
    case 'M':
    case 'L':
      return [segment[0], round2(segment[1]), round2(segment[2])];
    case 'Q':
      return ['Q', round2(segment[1]), round2(segment[2]), round2(segment[3]), round2(segment[4])];
    case 'C':
      return ['C', round2(segment[1]), round2(segment[2]), round2(segment[3]), round2(segment[4]), round2(segment[5]), round2(segment[6])];
    case 'Z':
      return segment;
  }
}

/** The exact extent of a path's geometry: end points plus the turning points of each curve. */
function pathExtent(segments: readonly Segment[]): Extent {
  const extent = emptyExtent();
  let x = 0;
  let y = 0;
  for (const segment of segments) {
    switch (segment[0]) {
      case 'M':
      case 'L':
        [, x, y] = segment;
        include(extent, x, y);
        break;
      case 'Q': {
        const [, x1, y1, x2, y2] = segment;
        for (const t of rootsInside(0, 2 * (x - 2 * x1 + x2), 2 * (x1 - x))) include(extent, quadraticAt(x, x1, x2, t), quadraticAt(y, y1, y2, t));
        for (const t of rootsInside(0, 2 * (y - 2 * y1 + y2), 2 * (y1 - y))) include(extent, quadraticAt(x, x1, x2, t), quadraticAt(y, y1, y2, t));
        [x, y] = [x2, y2];
        include(extent, x, y);
        break;
      }
      case 'C': {
        const [, x1, y1, x2, y2, x3, y3] = segment;
        for (const t of [...cubicTurns(x, x1, x2, x3), ...cubicTurns(y, y1, y2, y3)]) include(extent, cubicAt(x, x1, x2, x3, t), cubicAt(y, y1, y2, y3, t));
        [x, y] = [x3, y3];
        include(extent, x, y);
        break;
      }
      case 'Z':
        break;
    }
  }
  return extent;
}

function pathData(segments: readonly Segment[]): string {
  return segments
    .map(
      (segment) =>
        segment[0] +
        segment
          .slice(1)
          .map((value) => n(Number(value)))
          .join(' '),
    )
    .join('');
}

/** A filled shape with the standard outline; `outline` 0 draws the fill alone. */
export function path(segments: readonly Segment[], fill: string, outline = OUTLINE): Shape {
  const rounded = segments.map(roundSegment);
  const stroke = outline > 0 ? ` stroke="${INK}" stroke-width="${n(outline)}"` : '';
  return { svg: `<path d="${pathData(rounded)}" fill="${fill}"${stroke}/>`, box: grown(pathExtent(rounded), outline / 2) };
}

/** An unfilled stroke: brows, mouths, creases. */
export function line(segments: readonly Segment[], width: number, colour: string = INK): Shape {
  const rounded = segments.map(roundSegment);
  return { svg: `<path d="${pathData(rounded)}" fill="none" stroke="${colour}" stroke-width="${n(width)}"/>`, box: grown(pathExtent(rounded), width / 2) };
}

/**
 * A limb: a thick round-capped stroke over a slightly thicker dark one, which reads as an
 * outlined tube and bends at any joint without extra geometry.
 */
export function tube(points: readonly Point[], width: number, colour: string): Shape {
  const segments = polyline(points);
  const outer = line(segments, width + 2 * OUTLINE, INK);
  const inner = line(segments, width, colour);
  return { svg: outer.svg + inner.svg, box: outer.box };
}

export function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, outline = OUTLINE): Shape {
  const [x, y, a, b] = [round2(cx), round2(cy), round2(rx), round2(ry)];
  const stroke = outline > 0 ? ` stroke="${INK}" stroke-width="${n(outline)}"` : '';
  return { svg: `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(a)}" ry="${n(b)}" fill="${fill}"${stroke}/>`, box: grown({ minX: x - a, minY: y - b, maxX: x + a, maxY: y + b }, outline / 2) };
}

export function circle(cx: number, cy: number, r: number, fill: string, outline = OUTLINE): Shape {
  const [x, y, radius] = [round2(cx), round2(cy), round2(r)];
  const stroke = outline > 0 ? ` stroke="${INK}" stroke-width="${n(outline)}"` : '';
  return { svg: `<circle cx="${n(x)}" cy="${n(y)}" r="${n(radius)}" fill="${fill}"${stroke}/>`, box: grown({ minX: x - radius, minY: y - radius, maxX: x + radius, maxY: y + radius }, outline / 2) };
}

export function polyline(points: readonly Point[]): Segment[] {
  return points.map((point, index): Segment => [index === 0 ? 'M' : 'L', point.x, point.y]);
}

/** A move to `origin` after turning `degrees` (clockwise on screen) about `pivot`. */
function mover(origin: Point, degrees: number, pivot: Point): (x: number, y: number) => [number, number] {
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  return (x, y) => {
    const [dx, dy] = [x - pivot.x, y - pivot.y];
    return [origin.x + pivot.x + dx * cos - dy * sin, origin.y + pivot.y + dx * sin + dy * cos];
  };
}

/** Moves and turns path geometry: hair is drawn about the head's centre, a lifted shoe about its toe. */
export function placeSegments(segments: readonly Segment[], origin: Point, degrees = 0, pivot: Point = { x: 0, y: 0 }): Segment[] {
  const at = mover(origin, degrees, pivot);
  return segments.map((segment): Segment => {
    switch (segment[0]) {
      case 'M':
      case 'L':
        return [segment[0], ...at(segment[1], segment[2])];
      case 'Q':
        return ['Q', ...at(segment[1], segment[2]), ...at(segment[3], segment[4])];
      case 'C':
        return ['C', ...at(segment[1], segment[2]), ...at(segment[3], segment[4]), ...at(segment[5], segment[6])];
      case 'Z':
        return segment;
    }
  });
}

/** The same move as placeSegments, for one point. */
export function placePoint(point: Point, origin: Point, degrees = 0, pivot: Point = { x: 0, y: 0 }): Point {
  const [x, y] = mover(origin, degrees, pivot)(point.x, point.y);
  return { x, y };
}

/**
 * Cubic pieces along an ellipse from one angle to another (degrees, 0 = +x, 90 = down), no piece
 * wider than 90° so the approximation stays within a hundredth of a unit at character sizes.
 */
export function ellipseArc(cx: number, cy: number, rx: number, ry: number, from: number, to: number): Segment[] {
  const pieces = Math.max(1, Math.ceil(Math.abs(to - from) / 90));
  const step = ((to - from) / pieces) * (Math.PI / 180);
  const k = (4 / 3) * Math.tan(step / 4);
  const segments: Segment[] = [];
  for (let index = 0; index < pieces; index++) {
    const a = (from * Math.PI) / 180 + index * step;
    const b = a + step;
    segments.push([
      'C',
      cx + rx * (Math.cos(a) - k * Math.sin(a)),
      cy + ry * (Math.sin(a) + k * Math.cos(a)),
      cx + rx * (Math.cos(b) + k * Math.sin(b)),
      cy + ry * (Math.sin(b) - k * Math.cos(b)),
      cx + rx * Math.cos(b),
      cy + ry * Math.sin(b),
    ]);
  }
  return segments;
}

/** The point at an angle on an ellipse, in the convention of ellipseArc. */
export function onEllipse(cx: number, cy: number, rx: number, ry: number, degrees: number): Point {
  return { x: cx + rx * Math.cos((degrees * Math.PI) / 180), y: cy + ry * Math.sin((degrees * Math.PI) / 180) };
}

/** The smallest box around all the given boxes. */
export function unionBox(boxes: readonly Box[]): Box {
  const extent = emptyExtent();
  for (const box of boxes) {
    include(extent, box.x, box.y);
    include(extent, box.x + box.width, box.y + box.height);
  }
  return grown(extent, 0);
}
