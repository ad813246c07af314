import { describe, expect, test } from 'vitest';
import { siteFonts } from '../../scripts/io/siteFontMetrics.ts';
import type { PublishedFigure } from '../../src/lib/figures/publishedFigure.ts';
import { buildJourneys } from '../../src/lib/journeys/buildJourneys.ts';

const fonts = siteFonts();
const story = (pseudonym: string, extra: string) => `title: ${pseudonym}'s year
pseudonym: ${pseudonym}
${extra}
intro: A test story.
cast:
  - { id: c, role: client, name: ${pseudonym}, appearance: { skin: 3, hair: short } }
panels:
  - scene: cafe
    characters: [{ id: c }]
    balloons: [{ speaker: c, text: Hello. }]
`;
const FILES: Record<string, string> = {
  'content/x/journeys/peter.yaml': story('Peter', 'composite: false\nconsent: CS-7'),
  'content/x/journeys/mixed.yaml': story('Jo', 'composite: true'),
};
// Two consented case studies' figures, and one ordinary figure that must never be shown beside a story.
const figures = ['case-sessions[case=peter]', 'case-contact-hours[case=peter]', 'case-reoffences[case=peter]', 'case-sessions[case=ann]', 'engaged'].map((id) => ({ id }) as PublishedFigure);

describe('a journey linked to a consented case study', () => {
  test('carries exactly that client’s own figures; a composite carries none', () => {
    const { journeys, problems } = buildJourneys({
      files: Object.keys(FILES),
      readText: (path) => FILES[path],
      caseStudies: [
        { pseudonym: 'Peter', consent: 'CS-7', client_id: 'C001' },
        { pseudonym: 'Ann', consent: 'CS-8', client_id: 'C002' },
      ],
      figures,
      publicFileExists: () => false,
      fonts,
    });
    expect(problems).toEqual([]);
    expect(journeys.find((journey) => journey.id === 'peter')?.caseFigures).toEqual(['case-sessions[case=peter]', 'case-contact-hours[case=peter]', 'case-reoffences[case=peter]']);
    expect(journeys.find((journey) => journey.id === 'mixed')?.caseFigures).toEqual([]);
  });
});
