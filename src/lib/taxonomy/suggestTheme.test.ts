import { describe, expect, test } from 'vitest';
import { suggestTheme } from './suggestTheme.ts';

describe('suggestTheme(name)', () => {
  test.each([
    // A name equal to a theme's label is that theme, capitals and punctuation aside.
    ['Employment, training and education', 'employment-training-education'],
    ['Education training and employability', 'education-training-employability'],
    ['attitudes thinking and behaviour', 'attitudes-thinking-behaviour'],
    // One theme's words: housing and home are accommodation's alone.
    ['Accommodation and housing', 'accommodation'],
    ['Housing', 'accommodation'],
    // Two words of drugs-alcohol against one each of drug misuse and alcohol misuse: the pathway.
    ['Drugs and alcohol', 'drugs-alcohol'],
    // A tie of a pathway and one need area under it: the need area, the narrower.
    ['Drug use', 'drug-misuse'],
    ['Money', 'finance'],
    ['Work and learning', 'education-training-employability'],
    // health has physical and health (2), emotional wellbeing psychological (1).
    ['Psychological and physical health', 'health'],
    ['Reducing involvement in criminal activity', 'reoffending'],
    ['Engagement with other services', 'service-delivery'],
  ])('"%s" suggests %s', (name, expected) => {
    expect(suggestTheme(name)).toBe(expected);
  });

  test.each([
    // No theme's words at all.
    ['Motivation'],
    ['Personal development and participation'],
    // A tie between two unrelated themes (attitudes: views; re-offending: offending) is not obvious.
    ['Views on offending'],
  ])('"%s" suggests nothing', (name) => {
    expect(suggestTheme(name)).toBeNull();
  });

  // Family is a word of children and families (a pathway) and of relationships (a need area under it): a tie within one pathway.
  test('a family domain points to the relationships need area, under the children and families pathway', () => {
    expect(suggestTheme('Family')).toBe('relationships');
  });
});
