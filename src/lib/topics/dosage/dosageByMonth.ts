import type { ContactRow } from '../../datasets/datasetRows.ts';
import { isDominated, type DominanceRule } from '../../disclosure/dominanceRule.ts';
import { fromColumns } from '../../figures/derivation.ts';
import { figureOrigin } from '../../figures/figureOrigin.ts';
import { notMeasured, type NotMeasured } from '../../figures/notMeasured.ts';
import { concentrationOf, countFigure, measureFigure, type Breakdown, type PublishedFigure } from '../../figures/publishedFigure.ts';
import type { Provenance } from '../../manifest/manifestSchema.ts';
import { DOSAGE_METRICS, MONTH_DIMENSION } from './metrics.ts';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface DosageByMonth {
  readonly figures: PublishedFigure[];
  readonly notMeasured: NotMeasured[];
  /** Months whose sessions (and hours) are left out so that the months hidden cannot be worked out from the totals. */
  readonly heldBack: readonly string[];
}

export interface DosageByMonthOptions {
  readonly period: { readonly from: string; readonly to: string };
  readonly provenance: Provenance;
  /** The contacts file, for the derivation and the not-measured records. */
  readonly source: string;
  readonly threshold: number;
  readonly dominance: DominanceRule;
}

/**
 * Sessions and hours of contact by calendar month of the evaluation period, with the clients seen
 * each month (docs/metrics.md#dosage-by-month). A month's sessions are its contacts; its hours their
 * minutes / 60, published only when every contact in the file has its minutes. Contacts outside
 * the period are in no month. Without a contacts dataset every figure is not measured: a month
 * cannot be read from per-client totals.
 *
 * Disclosure control hides a month's sessions and hours with its clients seen (their base) when
 * those are fewer than the threshold. The sessions and hours in total count every contact, so the
 * months hidden add up to the total less the months shown; when the clients seen in the months
 * hidden number fewer than the threshold (or their hours are dominated by one or two of them), the
 * sessions and hours of the month with the fewest clients seen besides are left out too
 * (`heldBack`), so that what can be worked out is a total over the threshold or more people.
 */
export function dosageByMonth(contacts: readonly ContactRow[] | undefined, options: DosageByMonthOptions): DosageByMonth {
  const { period, threshold, dominance } = options;
  const metrics = [DOSAGE_METRICS['clients-seen-by-month'], DOSAGE_METRICS['sessions-by-month'], DOSAGE_METRICS['contact-hours-by-month']] as const;
  if (!contacts) {
    const reason = 'There is no contacts dataset, so contacts cannot be placed in months.';
    return { figures: [], notMeasured: metrics.map((metric) => notMeasured(metric, reason)), heldBack: [] };
  }
  const hoursMeasured = contacts.length > 0 && contacts.every((contact) => contact.minutes !== null);
  const months = monthsOf(period);
  // Per month: each client's contacts and minutes.
  const perMonth = new Map(months.map((month) => [month, new Map<string, { contacts: number; minutes: number }>()]));
  for (const contact of contacts) {
    if (contact.date < period.from || contact.date > period.to) continue;
    const clients = perMonth.get(contact.date.slice(0, 7));
    if (!clients) continue;
    const own = clients.get(contact.clientId) ?? { contacts: 0, minutes: 0 };
    clients.set(contact.clientId, { contacts: own.contacts + 1, minutes: own.minutes + (contact.minutes ?? 0) });
  }
  const hidden = new Set(months.filter((month) => (perMonth.get(month)?.size ?? 0) < threshold));
  const hoursHidden = new Set([...hidden, ...months.filter((month) => hoursMeasured && isDominated(concentrationOf(hoursOf(perMonth.get(month))), dominance))]);
  const heldBack = new Set([...partnerOf(hidden, perMonth, threshold, null), ...partnerOf(hoursHidden, perMonth, threshold, hoursMeasured ? dominance : null)]);
  const context = { provenance: options.provenance, source: options.source, derivation: fromColumns(options.source, 'client_id', 'date') };
  const hoursContext = { ...context, derivation: fromColumns(options.source, 'client_id', 'date', 'minutes') };
  const figures: PublishedFigure[] = [];
  for (const month of months) {
    const clients = perMonth.get(month) ?? new Map<string, { contacts: number; minutes: number }>();
    const breakdowns: Breakdown[] = [{ dimension: MONTH_DIMENSION, value: month, label: monthLabel(month) }];
    figures.push(countFigure(figureOrigin(metrics[0], breakdowns, context), clients.size));
    if (heldBack.has(month)) continue;
    const sessions = [...clients.values()].reduce((sum, own) => sum + own.contacts, 0);
    figures.push({ ...measureFigure(figureOrigin(metrics[1], breakdowns, context), sessions, clients.size), unit: 'count' });
    if (hoursMeasured) {
      const hours = hoursOf(clients);
      figures.push({
        ...measureFigure(
          figureOrigin(metrics[2], breakdowns, hoursContext),
          hours.reduce((sum, value) => sum + value, 0),
          clients.size,
        ),
        concentration: [concentrationOf(hours)],
      });
    }
  }
  const unmeasuredHours = hoursMeasured
    ? []
    : [
        notMeasured(
          metrics[2],
          contacts.some((contact) => contact.minutes !== null)
            ? 'Some contacts have no minutes recorded, so a month’s hours would count them as none.'
            : 'The contacts dataset records no minutes (its minutes column is absent or empty).',
          [{ file: options.source, column: 'minutes' }],
        ),
      ];
  return { figures, notMeasured: unmeasuredHours, heldBack: months.filter((month) => heldBack.has(month)) };
}

/** Each client's hours in one month. */
function hoursOf(clients: ReadonlyMap<string, { readonly minutes: number }> | undefined): number[] {
  return [...(clients?.values() ?? [])].map((own) => own.minutes / 60);
}

/**
 * The month to leave out beside the months hidden, if any: none when nothing is hidden, or when the
 * months hidden already hold the threshold or more different clients (and, for hours, a total
 * no one or two of them dominate); otherwise the month not hidden with the fewest clients seen
 * (the earliest of equals). A month not hidden holds at least the threshold, so one is enough:
 * the clients of the two together are the threshold or more. Whether it makes the hours
 * undominated cannot be promised, so a dominated combination takes further months until it is not.
 */
function partnerOf(
  hidden: ReadonlySet<string>,
  perMonth: ReadonlyMap<string, ReadonlyMap<string, { readonly contacts: number; readonly minutes: number }>>,
  threshold: number,
  dominance: DominanceRule | null,
): string[] {
  if (hidden.size === 0) return [];
  const chosen = new Set(hidden);
  const partners: string[] = [];
  const safe = () => {
    const minutes = new Map<string, number>();
    for (const month of chosen) for (const [client, own] of perMonth.get(month) ?? []) minutes.set(client, (minutes.get(client) ?? 0) + own.minutes);
    if (minutes.size < threshold) return false;
    return dominance === null || !isDominated(concentrationOf([...minutes.values()].map((value) => value / 60)), dominance);
  };
  while (!safe()) {
    const candidates = [...perMonth].filter(([month]) => !chosen.has(month)).sort(([a, first], [b, second]) => first.size - second.size || a.localeCompare(b));
    const next = candidates[0]?.[0];
    // Every month hidden: the months together are the totals, published (or protected) on their own.
    if (next === undefined) break;
    chosen.add(next);
    partners.push(next);
  }
  return partners;
}

/** The calendar months of a period, `YYYY-MM`, first to last. */
export function monthsOf(period: { readonly from: string; readonly to: string }): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** `2022-03` → `March 2022`. */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[number - 1] ?? ''} ${year}`;
}
