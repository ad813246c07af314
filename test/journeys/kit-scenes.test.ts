import { describe, expect, test } from 'vitest';
import { SCENES } from '../../src/lib/journeys/journeySchema.ts';
import { drawScene, SCENE_NAMES } from '../../src/lib/journeys/kit/drawScene.ts';
import { PANEL_HEIGHT, PANEL_WIDTH } from '../../src/lib/journeys/kit/kitGeometry.ts';
import { expectGoldenSvg } from '../support/golden.ts';

/** How far a coordinate may stray past the panel edge: a stroke's half-width, no more. */
const MARGIN = 4;

function standalone(svg: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${PANEL_WIDTH} ${PANEL_HEIGHT}" width="${PANEL_WIDTH}" height="${PANEL_HEIGHT}">${svg}</svg>`;
}

/** Every (axis, value) an element places on the panel: x/y attributes, extents, points and path vertices. */
function placements(svg: string): Array<{ element: string; axis: 'x' | 'y'; value: number }> {
  const found: Array<{ element: string; axis: 'x' | 'y'; value: number }> = [];
  for (const [element] of svg.matchAll(/<(rect|line|circle|ellipse|polygon|polyline|path)\b[^>]*>/g)) {
    const attribute = (name: string): number | undefined => {
      const match = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
      return match?.[1] === undefined ? undefined : Number(match[1]);
    };
    const push = (axis: 'x' | 'y', value: number | undefined): void => {
      if (value !== undefined) found.push({ element, axis, value });
    };
    const x = attribute('x');
    const y = attribute('y');
    push('x', x);
    push('y', y);
    const width = attribute('width');
    const height = attribute('height');
    if (x !== undefined && width !== undefined) push('x', x + width);
    if (y !== undefined && height !== undefined) push('y', y + height);
    for (const name of ['x1', 'x2']) push('x', attribute(name));
    for (const name of ['y1', 'y2']) push('y', attribute(name));
    const cx = attribute('cx');
    const cy = attribute('cy');
    const rx = attribute('r') ?? attribute('rx');
    const ry = attribute('r') ?? attribute('ry');
    if (cx !== undefined && cy !== undefined && rx !== undefined && ry !== undefined) {
      push('x', cx - rx);
      push('x', cx + rx);
      push('y', cy - ry);
      push('y', cy + ry);
    }
    const points = /\spoints="([^"]*)"/.exec(element)?.[1];
    for (const pair of points?.trim().split(/\s+/) ?? []) {
      const [px, py] = pair.split(',').map(Number);
      push('x', px);
      push('y', py);
    }
    // Scene paths use only absolute M and L commands, so every pair is a vertex.
    const d = /\sd="([^"]*)"/.exec(element)?.[1];
    for (const [, px, py] of d?.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g) ?? []) {
      push('x', Number(px));
      push('y', Number(py));
    }
  }
  return found;
}

const drawings = SCENES.map((scene) => ({ scene, drawing: drawScene(scene) }));

describe('scene backdrops', () => {
  test.each(SCENES)('%s matches its golden file in test/output/', (scene) => {
    expectGoldenSvg(`scene-${scene}`, standalone(drawScene(scene).svg));
  });

  test('every scene draws one <g> element', () => {
    for (const { scene, drawing } of drawings) {
      expect(drawing.svg, scene).toMatch(/^<g[ >][\s\S]*<\/g>$/);
      expect(drawing.svg.length, scene).toBeGreaterThan(500);
    }
  });

  test('every scene has a name, and no two scenes share one', () => {
    for (const scene of SCENES) {
      expect(SCENE_NAMES[scene].trim(), scene).not.toBe('');
      expect(drawScene(scene).name).toBe(SCENE_NAMES[scene]);
      expect(SCENE_NAMES[scene][0], scene).toBe(SCENE_NAMES[scene][0]?.toUpperCase());
    }
    expect(Object.keys(SCENE_NAMES).sort()).toEqual([...SCENES].sort());
    expect(new Set(Object.values(SCENE_NAMES)).size).toBe(SCENES.length);
  });

  test('no two scenes draw the same picture', () => {
    expect(new Set(drawings.map(({ drawing }) => drawing.svg)).size).toBe(SCENES.length);
  });

  test('no ids, text or external references, which would collide or leak on a page of panels', () => {
    for (const { scene, drawing } of drawings) {
      expect(drawing.svg, scene).not.toMatch(/\sid=|<text|href|url\(|<image|<style|<script/);
      expect(drawing.svg, scene).not.toMatch(/Gradient|<filter/);
    }
  });

  test('every number is finite', () => {
    for (const { scene, drawing } of drawings) {
      expect(drawing.svg, scene).not.toMatch(/NaN|Infinity|undefined/);
      for (const [number] of drawing.svg.matchAll(/-?\d+(\.\d+)?/g)) expect(Number.isFinite(Number(number)), scene).toBe(true);
    }
  });

  test('drawing a scene twice gives the same string', () => {
    for (const scene of SCENES) expect(drawScene(scene).svg).toBe(drawScene(scene).svg);
  });

  test('every shape lies on the panel', () => {
    for (const { scene, drawing } of drawings) {
      const found = placements(drawing.svg);
      expect(found.length, scene).toBeGreaterThan(20);
      const outside = found.filter(({ axis, value }) => !Number.isFinite(value) || value < -MARGIN || value > (axis === 'x' ? PANEL_WIDTH : PANEL_HEIGHT) + MARGIN);
      expect(outside, scene).toEqual([]);
    }
  });

  test('the scene fills the panel: its first shape covers the top edge, its floor the bottom', () => {
    for (const { scene, drawing } of drawings) {
      expect(drawing.svg, scene).toMatch(/<rect x="0" y="0" width="360" height="\d+"/);
      expect(drawing.svg, scene).toMatch(/<rect x="0" y="\d+" width="360" height="\d+"[^>]*>/);
    }
  });

  test('places with something to sit at say what it is', () => {
    for (const scene of ['cafe', 'job-centre', 'probation-office', 'prison-visits-room', 'home-kitchen', 'college'] as const) {
      expect(drawScene(scene).seatedAt, scene).toMatch(/^(at|on|in) /);
    }
    for (const scene of ['prison-gate', 'car-park', 'construction-site'] as const) expect(drawScene(scene).seatedAt, scene).toBeNull();
  });
});
