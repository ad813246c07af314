import { round2, type Points } from '../kitGeometry.ts';
import { clipPolygon, clipSegment } from './panelClip.ts';

/**
 * SVG element builders for scene backdrops. Every number goes through round2, so a backdrop prints
 * the same string on every machine and its golden file stays stable.
 */

/** How a shape is painted; a bare string is its fill. */
export type Paint =
  | string
  | {
      readonly fill?: string;
      readonly stroke?: string;
      readonly width?: number;
      /** Corner radius, for rectangles. */
      readonly rx?: number;
      readonly opacity?: number;
    };

export function num(value: number): string {
  return String(round2(value));
}

function paintAttributes(paint: Paint): string {
  const style = typeof paint === 'string' ? { fill: paint } : paint;
  let attributes = '';
  if (style.fill !== undefined) attributes += ` fill="${style.fill}"`;
  if (style.stroke !== undefined) attributes += ` stroke="${style.stroke}"`;
  if (style.width !== undefined) attributes += ` stroke-width="${num(style.width)}"`;
  if (style.opacity !== undefined) attributes += ` opacity="${num(style.opacity)}"`;
  return attributes;
}

export function rect(x: number, y: number, width: number, height: number, paint: Paint = {}): string {
  const rx = typeof paint === 'string' || paint.rx === undefined ? '' : ` rx="${num(paint.rx)}"`;
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}"${rx}${paintAttributes(paint)}/>`;
}

export function circle(cx: number, cy: number, r: number, paint: Paint = {}): string {
  return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}"${paintAttributes(paint)}/>`;
}

export function ellipse(cx: number, cy: number, rx: number, ry: number, paint: Paint = {}): string {
  return `<ellipse cx="${num(cx)}" cy="${num(cy)}" rx="${num(rx)}" ry="${num(ry)}"${paintAttributes(paint)}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width: number): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${stroke}" stroke-width="${num(width)}"/>`;
}

function pointList(points: Points): string {
  return points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
}

/** A filled shape, clipped to the panel; nothing when it lies wholly outside. */
export function polygon(points: Points, paint: Paint = {}): string {
  const clipped = clipPolygon(points);
  return clipped.length < 3 ? '' : `<polygon points="${pointList(clipped)}"${paintAttributes(paint)}/>`;
}

/** An open stroked line through several points (wires, rails, cables). */
export function polyline(points: Points, stroke: string, width: number): string {
  return `<polyline points="${pointList(points)}" fill="none" stroke="${stroke}" stroke-width="${num(width)}"/>`;
}

/** Many straight strokes in one element, for meshes and grids that would otherwise be dozens of lines; clipped to the panel. */
export function strokes(segments: ReadonlyArray<readonly [number, number, number, number]>, stroke: string, width: number): string {
  const d = segments
    .map(clipSegment)
    .filter((segment) => segment !== null)
    .map(([x1, y1, x2, y2]) => `M${num(x1)} ${num(y1)}L${num(x2)} ${num(y2)}`)
    .join('');
  return `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${num(width)}"/>`;
}

/** Shared paint for a run of shapes, so each shape need not repeat it. */
export function group(paint: Paint, ...children: readonly string[]): string {
  return `<g${paintAttributes(paint)}>${children.join('')}</g>`;
}
