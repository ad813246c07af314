const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An ISO date as a UK reader writes it: `2015-05-31` → `31 May 2015`. Spelled out by hand, not
 * with Intl, so the output never depends on the machine's locale or time zone.
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** A period: `1 December 2013 to 31 May 2015`. */
export function formatPeriod(period: { readonly from: string; readonly to: string }): string {
  return `${formatDate(period.from)} to ${formatDate(period.to)}`;
}
