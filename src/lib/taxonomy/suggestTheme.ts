import { outcomeTheme, THEME_IDS, type ThemeId } from './outcomeThemes.ts';

/** Words that point to a theme, as services name their assessment domains. A word may point to several (a pathway and its need area). */
const THEME_WORDS: Readonly<Record<ThemeId, readonly string[]>> = {
  accommodation: ['accommodation', 'housing', 'home', 'homeless', 'homelessness', 'tenancy'],
  'employment-training-education': ['employment', 'training', 'education', 'work', 'learning', 'job', 'jobs', 'employability', 'skills'],
  health: ['health', 'physical', 'mental', 'psychological'],
  'drugs-alcohol': ['drug', 'drugs', 'alcohol', 'substance', 'substances'],
  'finance-benefits-debt': ['finance', 'financial', 'money', 'benefits', 'debt', 'debts', 'income'],
  'children-families': ['children', 'family', 'families', 'parenting'],
  'attitudes-thinking-behaviour': ['attitudes', 'thinking', 'behaviour', 'behavior'],
  'education-training-employability': ['employment', 'training', 'education', 'work', 'learning', 'job', 'jobs', 'employability', 'skills'],
  finance: ['finance', 'financial', 'money', 'benefits', 'debt', 'debts', 'income'],
  relationships: ['relationships', 'relationship', 'family', 'partner'],
  'lifestyle-associates': ['lifestyle', 'associates', 'peers', 'friends', 'social', 'networks'],
  'drug-misuse': ['drug', 'drugs'],
  'alcohol-misuse': ['alcohol', 'drinking'],
  'emotional-wellbeing': ['emotional', 'wellbeing', 'psychological', 'mental'],
  'thinking-behaviour': ['thinking', 'behaviour', 'behavior', 'problem', 'solving'],
  attitudes: ['attitudes', 'attitude', 'views', 'beliefs'],
  reoffending: ['reoffending', 'offending', 'crime', 'criminal'],
  'service-delivery': ['engagement', 'service', 'services', 'delivery'],
};

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/re-offending/g, 'reoffending')
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0);
}

/**
 * The theme an assessment domain's name obviously points to, or null when none does or the
 * name points as much to two unrelated themes ("Views on offending": attitudes or re-offending).
 * A name equal to a theme's label is that theme. Otherwise the theme most of its words point to;
 * between a pathway and its own need area, the need area, which is the narrower.
 */
export function suggestTheme(name: string): ThemeId | null {
  const said = words(name).join(' ');
  const exact = THEME_IDS.find((id) => words(outcomeTheme(id).label).join(' ') === said);
  if (exact) return exact;
  const found = new Set(words(name));
  const scores = THEME_IDS.map((id) => ({ id, score: THEME_WORDS[id].filter((word) => found.has(word)).length })).filter((entry) => entry.score > 0);
  const best = Math.max(0, ...scores.map((entry) => entry.score));
  const top = scores.filter((entry) => entry.score === best).map((entry) => entry.id);
  if (top.length === 1) return top[0] ?? null;
  // A tie is obvious only within one pathway, and only when one need area in it is the narrower choice.
  const groups = new Set(top.map((id) => outcomeTheme(id).group));
  const needs = top.filter((id) => outcomeTheme(id).schemes.includes('need') && !outcomeTheme(id).schemes.includes('pathway'));
  return groups.size === 1 && needs.length === 1 ? (needs[0] ?? null) : null;
}
