import { describe, expect, test } from 'vitest';
import { isThemeId, NEED_AREAS, outcomeTheme, PATHWAYS, THEME_GROUPS, THEME_IDS } from './outcomeThemes.ts';

describe('the built-in taxonomy', () => {
  test('has the seven resettlement pathways in their published order, with the short labels of the source', () => {
    // The published short labels (the project's pathways reference list), copied by hand.
    expect(PATHWAYS.map((pathway) => pathway.label)).toEqual([
      'Accommodation',
      'Employment, training and education',
      'Mental and physical health',
      'Drugs and alcohol',
      'Finance, benefits and debt',
      'Children and families',
      'Attitudes, thinking and behaviour',
    ]);
  });

  test('has the ten OASys need areas, each crosswalked to one of the pathways', () => {
    expect(NEED_AREAS).toHaveLength(10);
    const pathways = PATHWAYS.map((pathway) => pathway.id as string);
    expect(NEED_AREAS.filter((need) => !pathways.includes(need.pathway))).toEqual([]);
    // Drug misuse and alcohol misuse are two need areas under one pathway; lifestyle, thinking and attitudes under another.
    expect(NEED_AREAS.filter((need) => need.pathway === 'drugs-alcohol').map((need) => need.id)).toEqual(['drug-misuse', 'alcohol-misuse']);
    expect(NEED_AREAS.filter((need) => need.pathway === 'attitudes-thinking-behaviour').map((need) => need.id)).toEqual(['lifestyle-associates', 'thinking-behaviour', 'attitudes']);
  });

  test('gives every id once: accommodation, a pathway and a need area, is one theme', () => {
    // 7 pathways + 10 need areas - 1 shared (accommodation) + 2 of evalsite's own.
    expect(THEME_IDS).toHaveLength(18);
    expect(new Set(THEME_IDS).size).toBe(18);
    expect(outcomeTheme('accommodation').schemes).toEqual(['pathway', 'need']);
  });

  test('groups a need area under its pathway, and a pathway or service theme under itself', () => {
    expect(outcomeTheme('alcohol-misuse').group).toBe('drugs-alcohol');
    expect(outcomeTheme('emotional-wellbeing').group).toBe('health');
    expect(outcomeTheme('health').group).toBe('health');
    expect(outcomeTheme('service-delivery').group).toBe('service-delivery');
    expect(THEME_GROUPS.map((group) => group.id)).toEqual([...PATHWAYS.map((pathway) => pathway.id), 'reoffending', 'service-delivery']);
  });

  test('knows its own ids and no others', () => {
    expect(isThemeId('finance')).toBe(true);
    expect(isThemeId('housing')).toBe(false);
  });
});
