/**
 * The breakdown value of the group of clients with nothing recorded for an attribute (the
 * engagement topic's `NOT_RECORDED`, `src/lib/topics/engagement/engagementFigures.ts`; a test there
 * checks the two agree). A message never names it as a group of clients.
 */
export const NOT_RECORDED_VALUE = 'not-recorded';
