/**
 * The client groups an evaluation may say it served (the manifest's `client_groups`), a small
 * fixed list so that the portfolio's filter means the same thing for every programme
 * (docs/manifest.md#client-groups).
 */
export const CLIENT_GROUPS = [
  { id: 'adults', label: 'Adults (18 and over)' },
  { id: 'young-adults', label: 'Young adults (18 to 25)' },
  { id: 'children', label: 'Children (under 18)' },
  { id: 'women', label: 'Women' },
  { id: 'men', label: 'Men' },
  { id: 'prison-leavers', label: 'People leaving prison' },
  { id: 'community-sentences', label: 'People on community sentences' },
] as const;

export type ClientGroupId = (typeof CLIENT_GROUPS)[number]['id'];

export const CLIENT_GROUP_IDS = CLIENT_GROUPS.map((group) => group.id) as [ClientGroupId, ...ClientGroupId[]];

export function clientGroupLabel(id: ClientGroupId): string {
  return CLIENT_GROUPS.find((group) => group.id === id)?.label ?? id;
}
