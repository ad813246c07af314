import { describe, expect, test } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { parseJourney } from './parseJourney.ts';

const JOURNEY = `title: A new start
pseudonym: Sam
composite: true
intro: Sam wanted to leave his old life behind.
cast:
  - { id: sam, role: client, name: Sam, appearance: { skin: 3, hair: short } }
  - { id: jo, role: mentor, name: Jo, appearance: { skin: 5, hair: long, top: green } }
panels:
  - caption: The first meeting
    scene: probation-office
    characters: [{ id: sam, pose: sitting }, { id: jo, pose: sitting, expression: happy }]
    balloons:
      - { speaker: jo, text: What do you need to make the change? }
      - { speaker: sam, kind: thought, text: Can she really help? }
    milestone: { label: First meeting, kind: first-meeting, weeks: 0 }
  - scene: bowling-alley
    characters: [{ id: sam }]
    balloons: [{ speaker: sam, text: Best night in ages. }]
`;

const context = { caseStudies: [{ pseudonym: 'Peter', consent: 'CS-7', client_id: 'C001' }], publicFileExists: (path: string) => path === 'images/gate.png' };

describe('parseJourney(file, text, context)', () => {
  test('reads a valid composite journey, filling defaults', () => {
    const { journey, problems } = parseJourney('j.yaml', JOURNEY, context);
    expect(problems).toEqual([]);
    expect(journey?.panels[1]?.characters[0]).toEqual({ id: 'sam', pose: 'standing', expression: 'neutral' });
    expect(journey?.cast[0]?.appearance).toEqual({ skin: 3, hair: 'short', hair_colour: 'dark-brown', build: 'medium', top: 'blue' });
  });

  // Lines of JOURNEY: the first panel's scene is line 10; after the edits the second panel's
  // characters are line 17, its illustration line 18 and its balloons line 19.
  test('names the file, line, panel and field of each problem', () => {
    const broken = JOURNEY.replace('{ speaker: sam, text: Best night in ages. }', '{ speaker: jo, text: Best night in ages. }')
      .replace('characters: [{ id: sam }]', 'characters: [{ id: sam }, { id: alex }]\n    illustration: images/missing.png')
      .replace('scene: probation-office', 'scene: office');
    expect(parseJourney('j.yaml', broken, context).problems.map(formatProblem)).toEqual([
      'j.yaml:10:panels[0].scene — a value that is not allowed — one of "secure-unit", "prison-visits-room", "prison-gate", "car-park", "cafe", "job-centre", "probation-office", "home-kitchen", "hostel-room", "gym", "bowling-alley", "college", "street", "construction-site"',
    ]);
    const afterSchema = broken.replace('scene: office', 'scene: probation-office');
    expect(parseJourney('j.yaml', afterSchema, context).problems.map(formatProblem)).toEqual([
      'j.yaml:17:panels[1].characters[1].id — "alex" in panel 2, who is not in the cast — one of the cast: sam, jo',
      'j.yaml:19:panels[1].balloons[0].speaker — a balloon in panel 2 spoken by "jo", who is not in the panel — a speaker listed in the panel\'s characters: sam, alex',
      'j.yaml:18:panels[1].illustration — no file public/images/missing.png — an image that exists under public/',
      'j.yaml:18:panels[1].illustration — an illustration in panel 2 with no illustration_alt — a short description of the image for people who cannot see it',
    ]);
  });

  test('a story about one person needs the consent of a case study, under its pseudonym', () => {
    const single = JOURNEY.replace('composite: true', 'composite: false');
    expect(parseJourney('j.yaml', single, context).problems.map((problem) => problem.found)).toEqual(['a story about one person with no consent reference']);
    const wrongName = single.replace('composite: false', 'composite: false\nconsent: CS-7');
    expect(parseJourney('j.yaml', wrongName, context).problems.map((problem) => problem.found)).toEqual(["a pseudonym other than the case study's"]);
    const consented = wrongName.replace('pseudonym: Sam', 'pseudonym: Peter');
    expect(parseJourney('j.yaml', consented, context).problems).toEqual([]);
  });
});

test('the same person twice in one panel is refused', () => {
  const twice = JOURNEY.replace('characters: [{ id: sam }]', 'characters: [{ id: sam }, { id: sam }]');
  expect(parseJourney('j.yaml', twice, context).problems.map(formatProblem)).toEqual(['j.yaml:17:panels[1].characters[1].id — "sam" a second time in panel 2 — each person once in a panel']);
});

describe('identifying details in a story', () => {
  test('a phone number in a balloon and a postcode in a caption are refused, naming where but never quoting them', () => {
    const leaky = JOURNEY.replace('Best night in ages.', 'Ring me on 07700 900123.').replace('caption: The first meeting', 'caption: At M15 6BH');
    const messages = parseJourney('j.yaml', leaky, context).problems.map(formatProblem);
    expect(messages).toEqual([
      'j.yaml:9:panels[0].caption — text that seems to hold full postcodes (not repeated here) — no identifying details in a story: leave them out, or change them so they point to no one',
      'j.yaml:18:panels[1].balloons[0].text — text that seems to hold phone numbers (not repeated here) — no identifying details in a story: leave them out, or change them so they point to no one',
    ]);
    expect(messages.join('\n')).not.toMatch(/07700|M15/);
  });

  test('pseudonyms and ordinary places are not identifiers', () => {
    expect(parseJourney('j.yaml', JOURNEY.replace('Best night in ages.', '"Sam, see you at the job centre on Monday."'), context).problems).toEqual([]);
  });
});
