/**
 * The built-in outcome-domain taxonomy (docs/taxonomy.md): the seven resettlement pathways, the
 * probation need areas of the Offender Assessment System (OASys), a crosswalk from each need area
 * to its pathway, and two themes of evalsite's own for what is about the service rather than a
 * need. An evaluation maps its own assessment domains to these ids in its manifest (`domains`),
 * and tags its findings and recommendations with them (`theme`), so that "accommodation" means
 * the same thing across programmes. Copied here so the project builds on its own.
 */

/** Where each list comes from, as docs/taxonomy.md and the pages cite it. */
export const TAXONOMY_SOURCES = {
  pathways:
    'The seven pathways of the Reducing Re-offending National Action Plan (Home Office, 2004), as listed in "European Reoffending Research Project, Action Learning Set 2" (Liverpool John Moores University, 2013)',
  needs:
    'The need areas of the Offender Assessment System (OASys), as reported in "Identified needs of offenders, custody and community" (Ministry of Justice official statistics, 31 October 2024, published 12 June 2025)',
} as const;

/** The seven resettlement pathways, in their published order, with the short labels of the source. */
export const PATHWAYS = [
  { id: 'accommodation', label: 'Accommodation' },
  { id: 'employment-training-education', label: 'Employment, training and education' },
  { id: 'health', label: 'Mental and physical health' },
  { id: 'drugs-alcohol', label: 'Drugs and alcohol' },
  { id: 'finance-benefits-debt', label: 'Finance, benefits and debt' },
  { id: 'children-families', label: 'Children and families' },
  { id: 'attitudes-thinking-behaviour', label: 'Attitudes, thinking and behaviour' },
] as const;

export type PathwayId = (typeof PATHWAYS)[number]['id'];

/**
 * The OASys need areas, each with the pathway it falls under (the crosswalk). Accommodation is
 * both a pathway and a need area: one concept, one id.
 */
export const NEED_AREAS = [
  { id: 'accommodation', label: 'Accommodation', pathway: 'accommodation' },
  { id: 'education-training-employability', label: 'Education, training and employability', pathway: 'employment-training-education' },
  { id: 'finance', label: 'Finance', pathway: 'finance-benefits-debt' },
  { id: 'relationships', label: 'Relationships', pathway: 'children-families' },
  { id: 'lifestyle-associates', label: 'Lifestyle and associates', pathway: 'attitudes-thinking-behaviour' },
  { id: 'drug-misuse', label: 'Drug misuse', pathway: 'drugs-alcohol' },
  { id: 'alcohol-misuse', label: 'Alcohol misuse', pathway: 'drugs-alcohol' },
  { id: 'emotional-wellbeing', label: 'Emotional wellbeing', pathway: 'health' },
  { id: 'thinking-behaviour', label: 'Thinking and behaviour', pathway: 'attitudes-thinking-behaviour' },
  { id: 'attitudes', label: 'Attitudes', pathway: 'attitudes-thinking-behaviour' },
] as const satisfies ReadonlyArray<{ readonly id: string; readonly label: string; readonly pathway: PathwayId }>;

/** evalsite's own themes, for findings and recommendations about offending itself or about the service, which no need area covers. */
export const SERVICE_THEMES = [
  { id: 'reoffending', label: 'Re-offending' },
  { id: 'service-delivery', label: 'Service delivery and engagement' },
] as const;

/** Every theme id a manifest may name: pathways, then need areas (accommodation once), then evalsite's own. */
export const THEME_IDS = [...new Set([...PATHWAYS.map((theme) => theme.id), ...NEED_AREAS.map((theme) => theme.id), ...SERVICE_THEMES.map((theme) => theme.id)])] as [ThemeId, ...ThemeId[]];

export type ThemeId = PathwayId | (typeof NEED_AREAS)[number]['id'] | (typeof SERVICE_THEMES)[number]['id'];

/** Which list a theme belongs to; accommodation is in both the pathways and the need areas. */
export type ThemeScheme = 'pathway' | 'need' | 'service';

/** One theme as pages show it: its label and the heading it is grouped under (its pathway, or itself). */
export interface OutcomeTheme {
  readonly id: ThemeId;
  readonly label: string;
  readonly schemes: readonly ThemeScheme[];
  /** The theme pages and filters group it under: its pathway for a need area, itself for a pathway or a service theme. */
  readonly group: PathwayId | (typeof SERVICE_THEMES)[number]['id'];
}

const THEMES: ReadonlyMap<ThemeId, OutcomeTheme> = new Map(
  THEME_IDS.map((id): [ThemeId, OutcomeTheme] => {
    const pathway = PATHWAYS.find((theme) => theme.id === id);
    const need = NEED_AREAS.find((theme) => theme.id === id);
    const service = SERVICE_THEMES.find((theme) => theme.id === id);
    const schemes: ThemeScheme[] = [...(pathway ? ['pathway' as const] : []), ...(need ? ['need' as const] : []), ...(service ? ['service' as const] : [])];
    const label = (pathway ?? need ?? service)?.label ?? id;
    return [id, { id, label, schemes, group: service?.id ?? pathway?.id ?? need?.pathway ?? 'service-delivery' }];
  }),
);

export function isThemeId(id: string): id is ThemeId {
  return (THEME_IDS as readonly string[]).includes(id);
}

/** A theme by id; ids reach here only after the manifest schema has checked them. */
export function outcomeTheme(id: ThemeId): OutcomeTheme {
  const theme = THEMES.get(id);
  if (!theme) throw new Error(`unknown theme ${id}`);
  return theme;
}

/** The headings themes are grouped under on filters and theme pages, in order: the seven pathways, then evalsite's own themes. */
export const THEME_GROUPS: ReadonlyArray<{ readonly id: OutcomeTheme['group']; readonly label: string }> = [...PATHWAYS, ...SERVICE_THEMES];
