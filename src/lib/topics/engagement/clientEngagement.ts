import type { ClientRow, ContactRow } from '../../datasets/datasetRows.ts';
import { lastsMoreThanMonths } from '../../dates/calendarMonths.ts';

/** One client's engagement, with the contacts-derived values applied. */
export interface ClientEngagement {
  readonly client: ClientRow;
  readonly engaged: boolean;
  /** Start of engagement, or null when the client never started. */
  readonly start: string | null;
  /** End of engagement: the end date, or the as-of date while still open. */
  readonly end: string | null;
  readonly sessions: number | null;
  readonly contactHours: number | null;
}

/**
 * Works out each client's engagement. Without a contacts dataset it reads the clients columns:
 * engaged is the `engaged` column, or else "has a start date". With contacts, sessions are the
 * number of contacts, hours their minutes / 60 (unknown when the file records no minutes at
 * all), a missing start date is the first contact, and a client with no `engaged` value is
 * engaged when they had any contact. Whether these figures may be published at all is
 * `engagementInputs`'s to say.
 */
export function clientEngagement(clients: readonly ClientRow[], asOf: string, contacts?: readonly ContactRow[]): ClientEngagement[] {
  const byClient = new Map<string, ContactRow[]>();
  for (const contact of contacts ?? []) {
    const list = byClient.get(contact.clientId) ?? [];
    list.push(contact);
    byClient.set(contact.clientId, list);
  }
  const minutesRecorded = (contacts ?? []).some((contact) => contact.minutes !== null);
  return clients.map((client) => {
    const own = contacts ? (byClient.get(client.clientId) ?? []) : undefined;
    const firstContact = own?.map((contact) => contact.date).sort()[0] ?? null;
    const start = client.startDate ?? firstContact;
    const engaged = client.engaged ?? (own ? own.length > 0 : start !== null);
    return {
      client,
      engaged,
      start: engaged ? start : null,
      end: engaged && start ? (client.endDate ?? asOf) : null,
      sessions: own ? own.length : client.sessions,
      // With no minutes recorded in the whole file, hours are unknown, not zero.
      contactHours: own ? (minutesRecorded ? own.reduce((sum, contact) => sum + (contact.minutes ?? 0), 0) / 60 : null) : client.contactHours,
    };
  });
}

/** Whether a client engaged for more than `months` calendar months. */
export function engagedForMoreThan(engagement: ClientEngagement, months: number): boolean {
  return engagement.engaged && engagement.start !== null && engagement.end !== null && lastsMoreThanMonths(engagement.start, engagement.end, months);
}
