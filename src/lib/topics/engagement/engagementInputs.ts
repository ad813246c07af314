import type { ClientRow, ContactRow } from '../../datasets/datasetRows.ts';
import { combineDerivations, fromColumns, type Derivation } from '../../figures/derivation.ts';

/** What an engagement figure rests on: how it was derived, or why it cannot be measured (and the column missing). */
export type EngagementInput = { readonly derivation: Derivation } | { readonly unmeasured: string; readonly missing: readonly string[] };

/** Where engagement and its length come from in this evaluation's data. */
export interface EngagementInputs {
  readonly engaged: EngagementInput;
  /** Engagement for over three or six months: engaged, a start and an end. */
  readonly duration: EngagementInput;
  /** Where each client's start comes from (what re-offending times offences from), or null when there are no starts. */
  readonly start: Derivation | null;
}

/**
 * Works out, from which columns hold any value, what the engagement figures are computed from
 * (docs/metrics.md, "Who engaged, and for how long"). `engaged` is the `engaged` cell; where it is
 * blank, or the column is absent or empty, a documented rule stands in: "had at least one contact"
 * with a contacts dataset, else "has a start date". With neither, engagement is not measured: an
 * empty column must not read as "nobody engaged". The length of engagement needs start dates (or
 * contacts, whose first date stands in) and end dates, or an engagement that ended cannot be told
 * from one still open.
 */
export function engagementInputs(clients: readonly ClientRow[], contacts: readonly ContactRow[] | undefined, files: { readonly clients: string; readonly contacts: string }): EngagementInputs {
  const someEngaged = clients.some((client) => client.engaged !== null);
  const everyEngaged = clients.every((client) => client.engaged !== null);
  const someStart = clients.some((client) => client.startDate !== null);
  const someEnd = clients.some((client) => client.endDate !== null);
  const where = someEngaged ? ('blank-cells' as const) : ('no-column' as const);
  const fromEngagedColumn = someEngaged ? fromColumns(files.clients, 'engaged') : fromColumns(files.clients);
  let engaged: EngagementInput;
  if (everyEngaged) engaged = { derivation: fromEngagedColumn };
  else if (contacts)
    engaged = { derivation: combineDerivations(fromEngagedColumn, { inputs: [{ file: files.contacts, column: 'client_id' }], fallbacks: [{ rule: 'engaged-from-contacts', where }] }) };
  else if (someStart)
    engaged = { derivation: combineDerivations(fromEngagedColumn, { inputs: [{ file: files.clients, column: 'start_date' }], fallbacks: [{ rule: 'engaged-from-start-date', where }] }) };
  else if (someEngaged) engaged = { unmeasured: 'Some engaged cells are blank, and there are no contacts or start dates to tell whether those clients engaged.', missing: ['start_date'] };
  else engaged = { unmeasured: 'There is no engaged column (or it is empty), and no contacts or start dates to work engagement out from.', missing: ['engaged', 'start_date'] };

  let start: Derivation | null;
  // The first contact stands in only for a client who engaged (or may have) with no start date.
  if (someStart && (!contacts || clients.every((client) => client.startDate !== null || client.engaged === false))) start = fromColumns(files.clients, 'start_date');
  else if (contacts)
    start = combineDerivations(someStart ? fromColumns(files.clients, 'start_date') : fromColumns(files.clients), {
      inputs: [{ file: files.contacts, column: 'date' }],
      fallbacks: [{ rule: 'start-from-first-contact', where: someStart ? 'blank-cells' : 'no-column' }],
    });
  else start = null;

  let duration: EngagementInput;
  if ('unmeasured' in engaged) duration = engaged;
  else if (!start) duration = { unmeasured: 'There are no start dates (and no contacts), so the length of engagement cannot be measured.', missing: ['start_date'] };
  else if (!someEnd) duration = { unmeasured: 'There are no end dates, so an engagement that ended cannot be told from one still open.', missing: ['end_date'] };
  else duration = { derivation: combineDerivations(engaged.derivation, start, fromColumns(files.clients, 'end_date')) };
  return { engaged, duration, start: start && 'derivation' in engaged ? combineDerivations(engaged.derivation, start) : start };
}
