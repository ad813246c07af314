import type { OutcomeStatus } from '../../datasets/datasetKinds.ts';

/** How many people improved, stayed the same or got worse, out of everyone reviewed. */
export interface StatusCounts {
  readonly improved: number;
  readonly maintained: number;
  readonly deteriorated: number;
  readonly total: number;
}

export function countStatuses(statuses: readonly OutcomeStatus[]): StatusCounts {
  const count = (status: OutcomeStatus) => statuses.filter((candidate) => candidate === status).length;
  return { improved: count('improved'), maintained: count('maintained'), deteriorated: count('deteriorated'), total: statuses.length };
}

/** One client's status in one domain: from an outcomes dataset, or derived from assessments. */
export interface ClientStatus {
  readonly clientId: string;
  readonly domain: string;
  readonly status: OutcomeStatus;
}

/** A group of clients for a breakdown: one value of one attribute. */
export interface StatusGroup {
  readonly dimension: string;
  readonly value: string;
  readonly label: string;
  readonly counts: StatusCounts;
}

export interface DomainStatus {
  readonly domain: string;
  readonly all: StatusCounts;
  readonly groups: readonly StatusGroup[];
}

/**
 * Status counts per domain, in the order domains first appear, each with its own base (not every
 * client has every domain), and per value of each breakdown dimension. `groupsOf` gives a
 * client's groups: dimension → { value, label }; clients with no value for a dimension are left
 * out of that dimension's groups.
 */
export function outcomeStatusByDomain(
  statuses: readonly ClientStatus[],
  groupsOf: (clientId: string) => ReadonlyArray<{ readonly dimension: string; readonly value: string; readonly label: string }> = () => [],
): DomainStatus[] {
  const domains = [...new Set(statuses.map((status) => status.domain))];
  return domains.map((domain) => {
    const inDomain = statuses.filter((status) => status.domain === domain);
    const byGroup = new Map<string, { dimension: string; value: string; label: string; statuses: OutcomeStatus[] }>();
    for (const { clientId, status } of inDomain) {
      for (const group of groupsOf(clientId)) {
        const key = `${group.dimension}=${group.value}`;
        const entry = byGroup.get(key) ?? { ...group, statuses: [] };
        entry.statuses.push(status);
        byGroup.set(key, entry);
      }
    }
    const groups = [...byGroup.keys()].sort().flatMap((key) => {
      const entry = byGroup.get(key);
      return entry ? [{ dimension: entry.dimension, value: entry.value, label: entry.label, counts: countStatuses(entry.statuses) }] : [];
    });
    return { domain, all: countStatuses(inDomain.map((status) => status.status)), groups };
  });
}
