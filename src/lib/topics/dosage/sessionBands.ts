/** An engagement-intensity band of sessions attended: from `min` to `max` sessions, both included (no `max`: and over). */
export interface SessionBand {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max?: number | undefined;
}

/**
 * The default bands (docs/metrics.md#dosage): light, moderate and intensive support. The first
 * starts at none, so the bands cover every client in the clients dataset, those who never engaged
 * included: a reader adds them up to the clients referred, which is published anyway, and never to
 * the number who engaged, which may be published only as a range ("over 95%").
 */
export const SESSION_BANDS: readonly SessionBand[] = [
  { id: '0-5', label: '5 or fewer sessions', min: 0, max: 5 },
  { id: '6-20', label: '6 to 20 sessions', min: 6, max: 20 },
  { id: '21-and-over', label: '21 or more sessions', min: 21 },
];

/** The band a number of sessions falls in; bands that leave a gap would leave that client out. */
export function sessionBandOf(sessions: number, bands: readonly SessionBand[] = SESSION_BANDS): SessionBand | undefined {
  return bands.find((band) => sessions >= band.min && (band.max === undefined || sessions <= band.max));
}
