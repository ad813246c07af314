import type { ContactRow } from '../../datasets/datasetRows.ts';
import { combineDerivations, fromColumns, type Derivation, type DerivationInput } from '../../figures/derivation.ts';
import type { ClientEngagement } from '../engagement/clientEngagement.ts';
import type { EngagementInput } from '../engagement/engagementInputs.ts';

/** One quantity (sessions or hours) for every client, with what it was read from; or why it cannot be measured. */
export type ClientDosage =
  { readonly values: readonly number[]; readonly derivation: Derivation; readonly source: string } | { readonly unmeasured: string; readonly missing: readonly DerivationInput[] };

export interface DosageSources {
  readonly clients: string;
  readonly contacts: string;
  /** Whether each client engaged, and from what (the engagement topic's inputs). */
  readonly engaged: EngagementInput;
}

const QUANTITY = {
  sessions: { column: 'sessions', words: 'sessions' },
  hours: { column: 'contact_hours', words: 'hours of contact' },
} as const;

/**
 * Every client's sessions, or hours of contact, for the dosage figures (docs/metrics.md#dosage).
 * With a contacts dataset: sessions are a client's contacts and hours their minutes / 60, measured
 * only when every contact has its minutes (a blank would count as none and the total would be too
 * low). Without: the clients file's `sessions` or `contact_hours` cell. A blank cell of a client
 * who did not engage is none (a documented rule, recorded in the derivation); a blank cell of a
 * client who engaged, or a column absent or empty, leaves the quantity not measured: a total or
 * median that left people out, or read a missing column as 0, would be wrong.
 */
export function clientDosage(quantity: 'sessions' | 'hours', engagements: readonly ClientEngagement[], contacts: readonly ContactRow[] | undefined, sources: DosageSources): ClientDosage {
  const { column, words } = QUANTITY[quantity];
  if (contacts) {
    if (quantity === 'sessions') return { values: engagements.map((engagement) => engagement.sessions ?? 0), derivation: fromColumns(sources.contacts, 'client_id'), source: sources.contacts };
    const missing = [{ file: sources.contacts, column: 'minutes' }];
    if (!contacts.some((contact) => contact.minutes !== null)) return { unmeasured: 'The contacts dataset records no minutes (its minutes column is absent or empty).', missing };
    if (contacts.some((contact) => contact.minutes === null)) return { unmeasured: 'Some contacts have no minutes recorded, so a total or median of hours would count them as none.', missing };
    return { values: engagements.map((engagement) => engagement.contactHours ?? 0), derivation: fromColumns(sources.contacts, 'client_id', 'minutes'), source: sources.contacts };
  }
  const cells = engagements.map((engagement) => (quantity === 'sessions' ? engagement.client.sessions : engagement.client.contactHours));
  const missing = [{ file: sources.clients, column }];
  if (cells.every((cell) => cell === null)) return { unmeasured: `The clients dataset has no ${column} column (or it is empty), so ${words} cannot be counted.`, missing };
  const blanks = engagements.filter((_engagement, index) => cells[index] === null);
  if (blanks.length === 0) return { values: cells.map((cell) => cell ?? 0), derivation: fromColumns(sources.clients, column), source: sources.clients };
  if ('unmeasured' in sources.engaged || blanks.some((engagement) => engagement.engaged)) {
    return { unmeasured: `Some clients who engaged (or may have) have no ${words} recorded, so a total or median would leave them out.`, missing };
  }
  return {
    values: cells.map((cell) => cell ?? 0),
    derivation: combineDerivations(fromColumns(sources.clients, column), sources.engaged.derivation, { inputs: [], fallbacks: [{ rule: 'none-if-not-engaged', where: 'blank-cells' }] }),
    source: sources.clients,
  };
}
