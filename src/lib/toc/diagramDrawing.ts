/** A drawn diagram: the SVG and, for the geometric checks, where every box and label landed. */
export interface DiagramDrawing {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly boxes: ReadonlyArray<{ readonly id: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number }>;
  readonly labels: ReadonlyArray<{ readonly id: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number }>;
  readonly routes: ReadonlyArray<{ readonly from: string; readonly to: string; readonly points: ReadonlyArray<readonly [number, number]> }>;
}
