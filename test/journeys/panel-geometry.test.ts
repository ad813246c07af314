import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { siteFonts } from '../../scripts/io/siteFontMetrics.ts';
import { buildJourneys } from '../../src/lib/journeys/buildJourneys.ts';
import { checkPanelLayout } from '../../src/lib/journeys/checkPanelLayout.ts';
import { BALLOON_KINDS, EXPRESSIONS, POSES, PanelSchema, SCENES, type CastMember } from '../../src/lib/journeys/journeySchema.ts';
import { layoutPanel } from '../../src/lib/journeys/layoutPanel.ts';
import { parseJourney } from '../../src/lib/journeys/parseJourney.ts';
import { formatProblem } from '../../src/lib/problems/problem.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const fonts = siteFonts();
const ILLUSTRATIVE_STUDY = [{ pseudonym: 'Lee', consent: 'ILLUSTRATIVE-CS-1', client_id: 'unused' }];

/** Every journey file of the bundled examples. */
function exampleJourneys(): string[] {
  return readdirSync(join(ROOT, 'content'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const folder = join('content', entry.name, 'journeys');
      try {
        return readdirSync(join(ROOT, folder))
          .filter((name) => name.endsWith('.yaml'))
          .map((name) => `${folder}/${name}`);
      } catch {
        return [];
      }
    })
    .sort();
}

/** A one-person composite journey about Ann, with the given panels (YAML list items). */
function annScript(panels: string): string {
  return `title: A test journey
pseudonym: Ann
composite: true
intro: A test.
cast:
  - { id: ann, role: client, name: Ann, appearance: { skin: 2, hair: long } }
panels:
${panels}`;
}

describe('panel geometry', () => {
  const files = exampleJourneys();

  test('the examples have journeys to check: 1–3 and an illustrative one on Manchester, 4 on Knowsley', () => {
    expect(files.filter((file) => file.startsWith('content/manchester/')).length).toBeGreaterThanOrEqual(4);
    expect(files.filter((file) => file.startsWith('content/knowsley/')).length).toBeGreaterThanOrEqual(1);
  });

  test.each(files)('every panel of %s lays out soundly', (file) => {
    const { journey, problems } = parseJourney(file, readFileSync(join(ROOT, file), 'utf8'), { caseStudies: ILLUSTRATIVE_STUDY, publicFileExists: () => true });
    expect(problems.map(formatProblem)).toEqual([]);
    journey?.panels.forEach((panel, index) => {
      const layout = layoutPanel(panel, journey.cast, fonts);
      expect(layout, `panel ${index + 1} has no layout`).not.toBeNull();
      if (layout) expect(checkPanelLayout(layout), `panel ${index + 1}`).toEqual([]);
      expect(layout?.balloons).toHaveLength(panel.balloons.length);
    });
  });

  const appearance = fc.record({
    skin: fc.integer({ min: 1, max: 6 }),
    hair: fc.constantFrom('short', 'long', 'curly', 'shaved', 'bald', 'tied-back' as const),
    hair_colour: fc.constantFrom('black', 'brown', 'blonde' as const),
    build: fc.constantFrom('slim', 'medium', 'broad' as const),
    top: fc.constantFrom('blue', 'green', 'red' as const),
  });
  const word = fc.stringMatching(/^[A-Za-z']{1,11}[,.?!]?$/);
  const words = (max: number) =>
    fc
      .array(word, { minLength: 1, maxLength: 12 })
      .map((list) => list.join(' ').slice(0, max).trim())
      .filter((text) => text.length > 0);
  const randomPanel = fc.integer({ min: 1, max: 4 }).chain((people) =>
    fc.record({
      scene: fc.constantFrom(...SCENES),
      cast: fc.array(appearance, { minLength: people, maxLength: people }),
      poses: fc.array(fc.record({ pose: fc.constantFrom(...POSES), expression: fc.constantFrom(...EXPRESSIONS) }), { minLength: people, maxLength: people }),
      caption: fc.option(words(60), { nil: undefined }),
      balloons: fc.array(fc.record({ speaker: fc.integer({ min: 0, max: people - 1 }), kind: fc.constantFrom(...BALLOON_KINDS), text: words(70) }), { maxLength: 3 }),
    }),
  );

  test('random panels: any layout found keeps every promise; with two short balloons one is always found', () => {
    let placed = 0;
    fc.assert(
      fc.property(randomPanel, ({ scene, cast: looks, poses, caption, balloons }) => {
        const cast: CastMember[] = looks.map((look, index) => ({ id: `p${index}`, role: index === 0 ? 'client' : 'mentor', name: `P${index}`, appearance: look }));
        const panel = PanelSchema.parse({
          scene,
          ...(caption ? { caption } : {}),
          characters: poses.map((pose, index) => ({ id: `p${index}`, ...pose })),
          balloons: balloons.map((balloon) => ({ speaker: `p${balloon.speaker}`, kind: balloon.kind, text: balloon.text })),
        });
        const layout = layoutPanel(panel, cast, fonts);
        // What a comic of this size must always manage: up to two balloons of up to 45 characters
        // among up to three people.
        const modest = poses.length <= 3 && balloons.length <= 2 && balloons.every((balloon) => balloon.text.length <= 45);
        if (modest) expect(layout, JSON.stringify(panel)).not.toBeNull();
        if (layout) {
          placed += 1;
          expect(checkPanelLayout(layout), JSON.stringify(panel)).toEqual([]);
        }
      }),
      { numRuns: 200, seed: 20261122 },
    );
    expect(placed).toBeGreaterThan(140);
  });

  test('the checker itself catches a balloon over a face and a tail far from its speaker', () => {
    const cast: CastMember[] = [{ id: 'a', role: 'client', name: 'A', appearance: { skin: 2, hair: 'short', hair_colour: 'black', build: 'medium', top: 'blue' } }];
    const panel = PanelSchema.parse({ scene: 'street', characters: [{ id: 'a' }], balloons: [{ speaker: 'a', text: 'Hello there.' }] });
    const layout = layoutPanel(panel, cast, fonts);
    if (!layout) throw new Error('no layout');
    const [balloon] = layout.balloons;
    const head = layout.characters[0]?.drawing.head;
    if (!balloon || !head) throw new Error('missing parts');
    const overFace = { ...layout, balloons: [{ ...balloon, box: { ...head }, text: { ...head } }] };
    expect(checkPanelLayout(overFace)).toContain('balloon 1 covers the head of a');
    const farTail = { ...layout, balloons: [{ ...balloon, tip: { x: 5, y: 5 } }] };
    expect(checkPanelLayout(farTail).some((message) => message.includes("units from a's mouth"))).toBe(true);
    // A tail from the top edge down to the mouth runs back through its own balloon.
    const backwards = { ...layout, balloons: [{ ...balloon, anchor: { x: balloon.box.x + balloon.box.width / 2, y: balloon.box.y } }] };
    expect(checkPanelLayout(backwards)).toContain('balloon 1: its tail runs back through the balloon');
    // A caption stretched down over the face.
    const tallCaption = { ...layout, caption: { box: { x: 6, y: 6, width: 340, height: head.y + 10 }, text: { x: 14, y: 11, width: 100, height: 16 }, lines: ['Long'] } };
    expect(checkPanelLayout(tallCaption)).toContain('the caption covers the head of a');
    // A second balloon set above and to the left of the first is read before it.
    const second = { ...balloon, box: { ...balloon.box, x: balloon.box.x - 60, y: balloon.box.y - 60 } };
    expect(checkPanelLayout({ ...layout, balloons: [balloon, second] })).toContain('balloon 2 would be read before balloon 1');
  });

  test('a caption too long for its panel is refused, and so is a second file with the same journey name', () => {
    const script = (caption: string) =>
      annScript(`  - caption: "${caption}"
    scene: cafe
    characters: [{ id: ann }]
`);
    const files: Record<string, string> = {
      'content/x/journeys/a.yaml': script('Fine.'),
      'content/x/journeys/a.yml': script('Fine.'),
      'content/x/journeys/b.yaml': script('and then, '.repeat(45).trim()),
    };
    const { problems } = buildJourneys({ files: Object.keys(files), readText: (path) => files[path], caseStudies: [], figures: [], publicFileExists: () => false, fonts });
    const messages = problems.map(formatProblem);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe('content/x/journeys/a.yml — a second journey named "a" — one file per journey name: the name becomes its web address');
    expect(messages[1]).toMatch(/^content\/x\/journeys\/b\.yaml:8:panels\[0\] — panel 1 cannot be drawn cleanly: the caption covers the head of ann — a shorter caption/);
  });

  test('balloons that cannot fit fail the build, naming the file, line and panel', () => {
    const long = 'This balloon says far more than any panel of a comic strip could ever hold, on and on, with no end in sight at all. '.repeat(3).trim();
    const text = annScript(`  - scene: cafe
    characters: [{ id: ann }]
    balloons: [{ speaker: ann, text: Fine. }]
  - scene: street
    characters: [{ id: ann }]
    balloons:
      - { speaker: ann, text: "${long}" }
      - { speaker: ann, text: "${long}" }
      - { speaker: ann, text: "${long}" }
`);
    const { problems, journeys } = buildJourneys({ files: ['content/x/journeys/talk.yaml'], readText: () => text, caseStudies: [], figures: [], publicFileExists: () => false, fonts });
    expect(problems.map(formatProblem)).toEqual([
      'content/x/journeys/talk.yaml:11:panels[1].balloons — balloons that cannot all fit in panel 2 without covering a face, the caption or each other — shorter words, fewer balloons or characters in the panel, or the panel split in two',
    ]);
    expect(journeys[0]?.panels).toHaveLength(1);
  });
});

describe('layouts kept by content', () => {
  const cast: CastMember[] = [
    { id: 'ann', role: 'client', name: 'Ann', appearance: { skin: 2, hair: 'long', hair_colour: 'brown', build: 'medium', top: 'blue' } },
    { id: 'sam', role: 'mentor', name: 'Sam', appearance: { skin: 5, hair: 'short', hair_colour: 'black', build: 'broad', top: 'green' } },
  ];
  const panel = (text: string) =>
    PanelSchema.parse({
      scene: 'cafe',
      characters: [{ id: 'ann' }, { id: 'sam' }],
      balloons: [
        { speaker: 'ann', text },
        { speaker: 'sam', text: 'Good to see you.' },
      ],
    });

  test('the same panel, from another journey, gets the same layout as the first time', () => {
    const first = layoutPanel(panel('Hello there.'), cast, fonts);
    const again = layoutPanel(panel('Hello there.'), [...cast], fonts);
    expect(first).not.toBeNull();
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });

  test('a change of text or of a cast member’s look is laid out afresh, never taken from an earlier layout', () => {
    layoutPanel(panel('Hello there.'), cast, fonts);
    const longer = layoutPanel(panel('Hello there, it has been a long week and a lot has happened.'), cast, fonts);
    expect(longer?.balloons[0]?.lines.join(' ')).toBe('Hello there, it has been a long week and a lot has happened.');
    const recast = cast.map((member) => (member.id === 'sam' ? { ...member, appearance: { ...member.appearance, top: 'red' as const } } : member));
    const redTop = layoutPanel(panel('Hello there.'), recast, fonts);
    expect(redTop?.characters.find((character) => character.id === 'sam')?.spec.appearance.top).toBe('red');
    expect(layoutPanel(panel('Hello there.'), cast, fonts)?.characters.find((character) => character.id === 'sam')?.spec.appearance.top).toBe('green');
  });
});
