import { describe, expect, test } from 'vitest';
import { AppearanceSchema, EXPRESSIONS, POSES, type Appearance, type Expression, type Pose } from '../../src/lib/journeys/journeySchema.ts';
import { CHARACTER_MAX_WIDTH, drawCharacter, type CharacterDrawing, type CharacterSpec, type Facing } from '../../src/lib/journeys/kit/character.ts';
import { GROUND_Y, STANDING_HEIGHT, boxContains, type Box, type Point } from '../../src/lib/journeys/kit/kitGeometry.ts';
import { expectGoldenSvg } from '../support/golden.ts';

const HAIR: ReadonlyArray<Appearance['hair']> = ['short', 'long', 'curly', 'shaved', 'bald', 'tied-back'];
const BUILDS: ReadonlyArray<Appearance['build']> = ['slim', 'medium', 'broad'];
const FACINGS: readonly Facing[] = ['right', 'left'];
const BASE: Appearance = { skin: 3, hair: 'short', hair_colour: 'dark-brown', build: 'medium', top: 'blue' };
const STANDING_UP: readonly Pose[] = ['standing', 'walking', 'on-the-phone'];

function spec(overrides: Partial<Omit<CharacterSpec, 'appearance'>> & { appearance?: Partial<Appearance> } = {}): CharacterSpec {
  return { pose: 'standing', expression: 'neutral', facing: 'right', ...overrides, appearance: { ...BASE, ...overrides.appearance } };
}

/** Every combination of pose, expression, build, hair style and facing the geometry must hold for. */
const ALL: readonly CharacterSpec[] = POSES.flatMap((pose) =>
  EXPRESSIONS.flatMap((expression) =>
    BUILDS.flatMap((build) => FACINGS.flatMap((facing) => HAIR.map((hair, index) => spec({ pose, expression, facing, appearance: { build, hair, skin: (index % 6) + 1 } })))),
  ),
);

const SKINS: ReadonlyArray<Appearance['skin']> = [1, 2, 3, 4, 5, 6];
const HAIR_COLOURS: ReadonlyArray<Appearance['hair_colour']> = ['black', 'dark-brown', 'brown', 'blonde', 'red', 'grey'];
const TOPS: ReadonlyArray<Appearance['top']> = ['blue', 'green', 'red', 'grey', 'black', 'yellow', 'purple', 'orange'];

/** mulberry32: a small pseudo-random generator, so the sample below is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Appearances ALL never varies (hair colour, top, and skin apart from hair), mixed at random with
 * everything else under a fixed seed, so the geometry is checked on those too. Each field runs
 * through all its values in a shuffled order, over and over, and the fields are combined at
 * random: so every value of every field is drawn, each equally often (120 is a multiple of every
 * field's count: 2, 3, 4, 5, 6 and 8).
 */
const SAMPLE_SIZE = 120;
const SAMPLE: readonly CharacterSpec[] = (() => {
  const random = seededRandom(20261206);
  const cycle = <T>(values: readonly T[]): T[] => {
    const out: T[] = [];
    while (out.length < SAMPLE_SIZE) {
      const round = [...values];
      for (let i = round.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [round[i], round[j]] = [round[j] as T, round[i] as T];
      }
      out.push(...round);
    }
    return out.slice(0, SAMPLE_SIZE);
  };
  const [poses, expressions, facings, skins, hair, colours, builds, tops] = [
    cycle(POSES),
    cycle(EXPRESSIONS),
    cycle(FACINGS),
    cycle(SKINS),
    cycle(HAIR),
    cycle(HAIR_COLOURS),
    cycle(BUILDS),
    cycle(TOPS),
  ];
  return poses.map((pose, i) => ({
    pose,
    expression: expressions[i] ?? 'neutral',
    facing: facings[i] ?? 'right',
    appearance: { skin: skins[i] ?? 1, hair: hair[i] ?? 'short', hair_colour: colours[i] ?? 'black', build: builds[i] ?? 'medium', top: tops[i] ?? 'blue' },
  }));
})();

const label = (s: CharacterSpec): string =>
  `${s.pose}/${s.expression}/${s.appearance.build}/${s.appearance.hair}/${s.facing}/skin ${s.appearance.skin}/${s.appearance.hair_colour}/${s.appearance.top}`;

/** A standalone SVG around some drawings, so the golden files open in a browser. */
function standalone(drawings: readonly CharacterDrawing[], width: number): string {
  const top = GROUND_Y - STANDING_HEIGHT - 15;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 ${top} ${width} ${GROUND_Y + 5 - top}" width="${width * 3}" height="${(GROUND_Y + 5 - top) * 3}"><rect x="0" y="${top}" width="${width}" height="${GROUND_Y + 5 - top}" fill="#f4f1ea"/><path d="M0 ${GROUND_Y}H${width}" stroke="#b8b0a0"/>${drawings.map((drawing) => drawing.svg).join('')}</svg>`;
}

// --- Reading back what was drawn -------------------------------------------------------------

interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

interface Measured {
  /** Everything painted, stroke included, in panel units. */
  readonly extent: Extent;
  /** The skull: the largest ellipse drawn. */
  readonly skull: { cx: number; cy: number; rx: number; ry: number };
  /** Hands: the circles drawn. */
  readonly circles: ReadonlyArray<{ cx: number; cy: number; r: number }>;
}

const attribute = (attributes: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];
const numberAttribute = (attributes: string, name: string): number => Number(attribute(attributes, name));

/** Points along a path of absolute M/L/Q/C/Z commands, sampled finely enough to find its extent. */
function pathPoints(d: string): Point[] {
  const points: Point[] = [];
  let [x, y] = [0, 0];
  for (const [, command, args = ''] of d.matchAll(/([MLQCZ])([^MLQCZ]*)/g)) {
    const v = args.trim() === '' ? [] : args.trim().split(/\s+/).map(Number);
    const steps = 200;
    if (command === 'M' || command === 'L') [x, y] = [v[0] ?? NaN, v[1] ?? NaN];
    if (command === 'Q') {
      const [x1 = NaN, y1 = NaN, x2 = NaN, y2 = NaN] = v;
      for (let i = 1; i < steps; i++) {
        const t = i / steps;
        points.push({ x: (1 - t) ** 2 * x + 2 * (1 - t) * t * x1 + t * t * x2, y: (1 - t) ** 2 * y + 2 * (1 - t) * t * y1 + t * t * y2 });
      }
      [x, y] = [x2, y2];
    }
    if (command === 'C') {
      const [x1 = NaN, y1 = NaN, x2 = NaN, y2 = NaN, x3 = NaN, y3 = NaN] = v;
      for (let i = 1; i < steps; i++) {
        const t = i / steps;
        const u = 1 - t;
        points.push({ x: u ** 3 * x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x3, y: u ** 3 * y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y3 });
      }
      [x, y] = [x3, y3];
    }
    points.push({ x, y });
  }
  return points;
}

/** Parses the character's group: its transform, then the extent of every element under it. */
function measure(svg: string): Measured {
  const transform = /^<g transform="translate\((-?[\d.]+) (-?[\d.]+)\)( scale\(-1 1\))?"/.exec(svg);
  if (!transform) throw new Error(`unexpected group: ${svg.slice(0, 80)}`);
  const [tx, ty, flip] = [Number(transform[1]), Number(transform[2]), transform[3] ? -1 : 1];
  const place = (p: Point): Point => ({ x: tx + flip * p.x, y: ty + p.y });
  const extent: Extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const grow = (p: Point, margin: number): void => {
    const q = place(p);
    extent.minX = Math.min(extent.minX, q.x - margin);
    extent.maxX = Math.max(extent.maxX, q.x + margin);
    extent.minY = Math.min(extent.minY, q.y - margin);
    extent.maxY = Math.max(extent.maxY, q.y + margin);
  };
  let skull = { cx: NaN, cy: NaN, rx: 0, ry: 0 };
  const circles: Array<{ cx: number; cy: number; r: number }> = [];
  for (const [, tag, attributes = ''] of svg.matchAll(/<(path|ellipse|circle)\b([^>]*)\/>/g)) {
    const stroke = attribute(attributes, 'stroke');
    const half = stroke && stroke !== 'none' ? numberAttribute(attributes, 'stroke-width') / 2 : 0;
    if (tag === 'path') for (const p of pathPoints(attribute(attributes, 'd') ?? '')) grow(p, half);
    else {
      const [cx, cy] = [numberAttribute(attributes, 'cx'), numberAttribute(attributes, 'cy')];
      const [rx, ry] = tag === 'circle' ? [numberAttribute(attributes, 'r'), numberAttribute(attributes, 'r')] : [numberAttribute(attributes, 'rx'), numberAttribute(attributes, 'ry')];
      for (let i = 0; i < 360; i++) grow({ x: cx + rx * Math.cos((i * Math.PI) / 180), y: cy + ry * Math.sin((i * Math.PI) / 180) }, half);
      const centre = place({ x: cx, y: cy });
      if (tag === 'ellipse' && rx * ry > skull.rx * skull.ry) skull = { cx: centre.x, cy: centre.y, rx, ry };
      if (tag === 'circle') circles.push({ cx: centre.x, cy: centre.y, r: rx });
    }
  }
  return { extent, skull, circles };
}

const bottom = (box: Box): number => box.y + box.height;
/** boxContains, forgiving the last bit of floating point when two edges coincide (x + width). */
const inside = (outer: Box, inner: Box): boolean => boxContains({ x: outer.x - 1e-9, y: outer.y - 1e-9, width: outer.width + 2e-9, height: outer.height + 2e-9 }, inner);
const pointIn = (p: Point, box: Box): boolean => p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= bottom(box);

// --- Golden files ----------------------------------------------------------------------------

describe('character golden SVGs', () => {
  test.each(EXPRESSIONS)('expression %s (standing, facing right)', (expression) => {
    expectGoldenSvg(`character-expression-${expression}`, standalone([drawCharacter(spec({ expression }), 60)], 120));
  });

  test.each(POSES)('pose %s (neutral)', (pose) => {
    expectGoldenSvg(`character-pose-${pose}`, standalone([drawCharacter(spec({ pose, appearance: { skin: 5, hair: 'curly', hair_colour: 'black', top: 'green' } }), 60)], 120));
  });

  test('six skin tones with varied hair, build and top', () => {
    const lineUp: ReadonlyArray<Partial<Appearance>> = [
      { skin: 1, hair: 'long', hair_colour: 'red', build: 'slim', top: 'purple' },
      { skin: 2, hair: 'bald', hair_colour: 'grey', build: 'broad', top: 'grey' },
      { skin: 3, hair: 'tied-back', hair_colour: 'black', build: 'medium', top: 'yellow' },
      { skin: 4, hair: 'short', hair_colour: 'blonde', build: 'slim', top: 'red' },
      { skin: 5, hair: 'shaved', hair_colour: 'dark-brown', build: 'broad', top: 'orange' },
      { skin: 6, hair: 'curly', hair_colour: 'grey', build: 'medium', top: 'black' },
    ];
    const drawings = lineUp.map((appearance, index) => drawCharacter(spec({ appearance, expression: EXPRESSIONS[index % EXPRESSIONS.length] ?? 'neutral' }), 50 + index * 90));
    expectGoldenSvg('character-appearances', standalone(drawings, 540));
  });

  test('facing left', () => {
    const left = drawCharacter(spec({ pose: 'walking', expression: 'happy', facing: 'left', appearance: { skin: 2, hair: 'long', hair_colour: 'brown', build: 'slim', top: 'orange' } }), 60);
    expectGoldenSvg('character-facing-left', standalone([left], 120));
  });
});

// --- Geometry --------------------------------------------------------------------------------

describe('character geometry, for every pose, expression, build, hair style and facing', () => {
  const drawn = [...ALL, ...SAMPLE].map((s) => ({ spec: s, drawing: drawCharacter(s, 180) }));

  test('covers every combination', () => {
    expect(ALL).toHaveLength(POSES.length * EXPRESSIONS.length * BUILDS.length * FACINGS.length * HAIR.length);
    expect(drawn).toHaveLength(ALL.length + SAMPLE_SIZE);
  });

  test('and a seeded sample draws every value of every appearance field, in every pose, expression and facing', () => {
    const values = (pick: (s: CharacterSpec) => unknown) => new Set(SAMPLE.map(pick));
    expect(values((s) => s.appearance.skin)).toEqual(new Set(SKINS));
    expect(values((s) => s.appearance.hair)).toEqual(new Set(HAIR));
    expect(values((s) => s.appearance.hair_colour)).toEqual(new Set(HAIR_COLOURS));
    expect(values((s) => s.appearance.build)).toEqual(new Set(BUILDS));
    expect(values((s) => s.appearance.top)).toEqual(new Set(TOPS));
    expect(values((s) => s.pose)).toEqual(new Set(POSES));
    expect(values((s) => s.expression)).toEqual(new Set(EXPRESSIONS));
    expect(values((s) => s.facing)).toEqual(new Set(FACINGS));
    // Every field's schema values, so a new hair colour or top is not silently left out.
    expect(new Set(HAIR_COLOURS)).toEqual(new Set(AppearanceSchema.shape.hair_colour.unwrap().options));
    expect(new Set(TOPS)).toEqual(new Set(AppearanceSchema.shape.top.unwrap().options));
    expect(new Set(HAIR)).toEqual(new Set(AppearanceSchema.shape.hair.options));
    expect(new Set(BUILDS)).toEqual(new Set(AppearanceSchema.shape.build.unwrap().options));
  });

  test(`bounds are never wider than CHARACTER_MAX_WIDTH (${CHARACTER_MAX_WIDTH}), which stays within 96 and is tight`, () => {
    expect(CHARACTER_MAX_WIDTH).toBeLessThanOrEqual(96);
    const widest = Math.max(...drawn.map(({ drawing }) => drawing.bounds.width));
    for (const { spec: s, drawing } of drawn) expect(drawing.bounds.width, label(s)).toBeLessThanOrEqual(CHARACTER_MAX_WIDTH);
    expect(widest).toBeGreaterThan(CHARACTER_MAX_WIDTH - 4);
  });

  test('every drawing lies within x ± CHARACTER_MAX_WIDTH / 2, so spacing by it never overlaps', () => {
    for (const { spec: s, drawing } of drawn) {
      expect(drawing.bounds.x, label(s)).toBeGreaterThanOrEqual(180 - CHARACTER_MAX_WIDTH / 2);
      expect(drawing.bounds.x + drawing.bounds.width, label(s)).toBeLessThanOrEqual(180 + CHARACTER_MAX_WIDTH / 2);
    }
  });

  test('feet (or chair legs) on the ground; head inside bounds; mouth inside head', () => {
    for (const { spec: s, drawing } of drawn) {
      expect(bottom(drawing.bounds), label(s)).toBeCloseTo(GROUND_Y, 6);
      expect(inside(drawing.bounds, drawing.head), label(s)).toBe(true);
      expect(pointIn(drawing.mouth, drawing.head), label(s)).toBe(true);
    }
  });

  test('the head, hair included, is 44 to 50 units tall', () => {
    for (const { spec: s, drawing } of drawn) {
      expect(drawing.head.height, label(s)).toBeGreaterThanOrEqual(44);
      expect(drawing.head.height, label(s)).toBeLessThanOrEqual(50);
    }
  });

  test('standing, walking and on the phone: the top of the head is 150 ± 8 above the ground', () => {
    for (const { spec: s, drawing } of drawn.filter(({ spec: x }) => STANDING_UP.includes(x.pose))) {
      expect(GROUND_Y - drawing.head.y, label(s)).toBeGreaterThanOrEqual(STANDING_HEIGHT - 8);
      expect(GROUND_Y - drawing.head.y, label(s)).toBeLessThanOrEqual(STANDING_HEIGHT + 8);
    }
  });

  test('sitting: the top of the head is 115 to 125 above the ground, lower than standing', () => {
    for (const { spec: s, drawing } of drawn.filter(({ spec: x }) => x.pose === 'sitting')) {
      const standing = drawCharacter({ ...s, pose: 'standing' }, 180);
      expect(GROUND_Y - drawing.head.y, label(s)).toBeGreaterThanOrEqual(115);
      expect(GROUND_Y - drawing.head.y, label(s)).toBeLessThanOrEqual(125);
      expect(drawing.head.y, label(s)).toBeGreaterThan(standing.head.y + 20);
    }
  });

  test('the returned geometry matches what is drawn: bounds, skull, mouth and the top of the hair', () => {
    for (const { spec: s, drawing } of drawn) {
      const { extent, skull } = measure(drawing.svg);
      const { bounds, head, mouth } = drawing;
      // Everything drawn lies inside the bounds, and the bounds are no larger than the drawing.
      expect(extent.minX, label(s)).toBeGreaterThanOrEqual(bounds.x - 0.02);
      expect(extent.maxX, label(s)).toBeLessThanOrEqual(bounds.x + bounds.width + 0.02);
      expect(extent.minY, label(s)).toBeGreaterThanOrEqual(bounds.y - 0.02);
      expect(extent.maxY, label(s)).toBeLessThanOrEqual(bottom(bounds) + 0.02);
      expect(extent.minX - bounds.x, label(s)).toBeLessThan(0.3);
      expect(bounds.x + bounds.width - extent.maxX, label(s)).toBeLessThan(0.3);
      expect(extent.minY - bounds.y, label(s)).toBeLessThan(0.3);
      expect(bottom(bounds) - extent.maxY, label(s)).toBeLessThan(0.3);
      // The skull lies inside the head box, whose top is the top of the drawing (the hair).
      expect(inside(head, { x: skull.cx - skull.rx, y: skull.cy - skull.ry, width: 2 * skull.rx, height: 2 * skull.ry }), label(s)).toBe(true);
      expect(head.y, label(s)).toBeCloseTo(bounds.y, 6);
      // The mouth is on the lower front of the face: inside the skull, below its centre, towards the facing side.
      expect(((mouth.x - skull.cx) / skull.rx) ** 2 + ((mouth.y - skull.cy) / skull.ry) ** 2, label(s)).toBeLessThan(0.8);
      expect(mouth.y, label(s)).toBeGreaterThan(skull.cy);
      expect(Math.sign(mouth.x - skull.cx), label(s)).toBe(s.facing === 'right' ? 1 : -1);
    }
  });

  test('facing left mirrors head, mouth and bounds about x', () => {
    for (const { spec: s, drawing: right } of drawn.filter(({ spec: x }) => x.facing === 'right')) {
      const left = drawCharacter({ ...s, facing: 'left' }, 180);
      expect(left.mouth.x - 180, label(s)).toBeCloseTo(-(right.mouth.x - 180), 6);
      expect(left.mouth.y).toBe(right.mouth.y);
      expect(Math.sign(right.mouth.x - 180)).toBe(1);
      for (const key of ['head', 'bounds'] as const) {
        expect(left[key].x + left[key].width - 180, label(s)).toBeCloseTo(180 - right[key].x, 6);
        expect(left[key].width).toBeCloseTo(right[key].width, 6);
        expect(left[key].y).toBe(right[key].y);
      }
    }
  });

  test('one <g>, every number finite, no ids, text or references', () => {
    for (const { spec: s, drawing } of drawn) {
      expect(drawing.svg, label(s)).toMatch(/^<g [^>]*>.*<\/g>$/);
      expect(drawing.svg.match(/<g\b/g), label(s)).toHaveLength(1);
      expect(drawing.svg).not.toMatch(/id=|<text|href|url\(|NaN|Infinity|undefined|gradient|filter/i);
      const numbers = drawing.svg.replace(/#[\da-f]{6}/gi, '').match(/-?\d*\.?\d+(e[-+]?\d+)?/gi) ?? [];
      expect(numbers.length).toBeGreaterThan(50);
      // Every number finite, and none with more than two decimals: the offenders, for each drawing.
      const notFinite = numbers.filter((n) => !Number.isFinite(Number(n)));
      const overTwoDecimals = (drawing.svg.replace(/#[\da-f]{6}/gi, '').match(/\d+\.\d+/g) ?? []).filter((n) => (n.split('.')[1]?.length ?? 0) > 2);
      expect(notFinite, label(s)).toEqual([]);
      expect(overTwoDecimals, label(s)).toEqual([]);
    }
  });
});

describe('character drawing', () => {
  test('is deterministic: the same spec gives the same string', () => {
    for (const s of ALL.filter((_, index) => index % 7 === 0)) expect(drawCharacter(s, 100).svg).toBe(drawCharacter(s, 100).svg);
  });

  test('each expression draws a different face, in every pose', () => {
    for (const pose of POSES) {
      const faces = new Set(EXPRESSIONS.map((expression) => drawCharacter(spec({ pose, expression }), 100).svg));
      expect(faces.size, pose).toBe(EXPRESSIONS.length);
    }
  });

  test('moving x shifts every box and the mouth by exactly the difference', () => {
    for (const s of ALL.filter((_, index) => index % 5 === 0)) {
      const [a, b] = [drawCharacter(s, 100), drawCharacter(s, 237)];
      for (const key of ['bounds', 'head'] as const) {
        expect(Math.round((b[key].x - a[key].x) * 100) / 100).toBe(137);
        expect(b[key].y).toBe(a[key].y);
        expect(b[key].width).toBe(a[key].width);
        expect(b[key].height).toBe(a[key].height);
      }
      expect(Math.round((b.mouth.x - a.mouth.x) * 100) / 100).toBe(137);
    }
  });

  test('ground defaults to GROUND_Y and moves everything vertically', () => {
    const [onDefault, raised] = [drawCharacter(spec(), 100), drawCharacter(spec(), 100, 250)];
    expect(drawCharacter(spec(), 100, GROUND_Y)).toEqual(onDefault);
    expect(bottom(raised.bounds)).toBeCloseTo(250, 6);
    expect(raised.head.y).toBeCloseTo(onDefault.head.y - 50, 6);
  });

  test('builds differ in width: slim < medium < broad', () => {
    const widths = BUILDS.map((build) => drawCharacter(spec({ appearance: { build } }), 100).bounds.width);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(new Set(widths).size).toBe(3);
  });

  test('skin tones 1 to 6 run from lightest to darkest, each clearly distinct', () => {
    const luminance = (hex: string): number => {
      const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const skins = [1, 2, 3, 4, 5, 6].map((skin) => {
      const svg = drawCharacter(spec({ appearance: { skin, hair: 'bald' } }), 100).svg;
      const skull = [...svg.matchAll(/<ellipse\b([^>]*)\/>/g)].map((m) => m[1] ?? '').sort((a, b) => numberAttribute(b, 'rx') - numberAttribute(a, 'rx'))[0] ?? '';
      return luminance(attribute(skull, 'fill') ?? '');
    });
    for (let i = 1; i < skins.length; i++) expect((skins[i - 1] ?? 0) / (skins[i] ?? 1)).toBeGreaterThan(1.25);
  });

  const handNearHead = (drawing: CharacterDrawing): boolean =>
    measure(drawing.svg).circles.some((hand) => pointIn({ x: hand.cx, y: hand.cy }, { ...drawing.head, y: drawing.head.y, height: drawing.head.height + 8 }));

  test.each([
    ['on-the-phone', 'neutral', true],
    ['standing', 'thinking', true],
    ['standing', 'neutral', false],
    ['walking', 'thinking', false],
    ['sitting', 'happy', false],
  ] as const satisfies ReadonlyArray<readonly [Pose, Expression, boolean]>)('%s, %s: a hand at the head is %s', (pose, expression, expected) => {
    for (const facing of FACINGS) expect(handNearHead(drawCharacter(spec({ pose, expression, facing }), 100))).toBe(expected);
  });

  test('sitting brings a chair: the bounds reach behind the body and the knees reach forward', () => {
    const standing = drawCharacter(spec(), 100);
    const sitting = drawCharacter(spec({ pose: 'sitting' }), 100);
    expect(sitting.bounds.width).toBeGreaterThan(standing.bounds.width);
    expect(sitting.bounds.x + sitting.bounds.width).toBeGreaterThan(standing.bounds.x + standing.bounds.width);
  });
});
