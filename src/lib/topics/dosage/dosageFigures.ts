import { figureOrigin } from '../../figures/figureOrigin.ts';
import { notMeasured, type NotMeasured } from '../../figures/notMeasured.ts';
import { concentrationOf, countFigure, measureFigure, type PublishedFigure } from '../../figures/publishedFigure.ts';
import type { Provenance } from '../../manifest/manifestSchema.ts';
import type { ClientDosage } from './clientDosage.ts';
import { DOSAGE_METRICS, SESSIONS_DIMENSION } from './metrics.ts';
import { quantile } from './quantile.ts';
import { SESSION_BANDS, sessionBandOf, type SessionBand } from './sessionBands.ts';

/** How many clients the middle half needs, per person of the disclosure threshold: a quarter of them at or beyond each end. */
export const QUARTILES_PER_THRESHOLD = 4;

/**
 * How many clients the bands of sessions need, per person of the threshold. With fewer, nearly
 * every band is hidden anyway, and a service of exactly the threshold whose clients all fall in
 * one band cannot be protected at all: the band holding everyone, hidden, is known to hold at least
 * the threshold, so the others are pinned at 0 and the build would fail (`disclosure-not-achieved`).
 * The clients referred are published, so withholding the bands on their number reveals nothing.
 */
export const BANDS_PER_THRESHOLD = 2;

export interface DosageFigures {
  readonly figures: PublishedFigure[];
  readonly notMeasured: NotMeasured[];
  /** Whether the middle half was left out because too few clients are at either end of it. */
  readonly quartilesWithheld: boolean;
  /** Whether the median and middle half of sessions were left out because a band of sessions is under the threshold. */
  readonly sessionSpreadWithheld: boolean;
  /** Whether the clients by band of sessions were left out because there are fewer than BANDS_PER_THRESHOLD × threshold clients. */
  readonly bandsWithheld: boolean;
}

/**
 * The dosage figures (docs/metrics.md#dosage): for sessions and for hours, the total, the median
 * and, with at least QUARTILES_PER_THRESHOLD × threshold clients, the lower and upper quartiles
 * (never the smallest and largest: each is one client's own figure); and the clients in each
 * band of sessions (the manifest's `dosage.session_bands`, or the default). A quantity not measured gives none of its figures, with why.
 */
export function dosageFigures(
  sessions: ClientDosage,
  hours: ClientDosage,
  options: { readonly provenance: Provenance; readonly threshold: number; readonly bands?: readonly SessionBand[] },
): DosageFigures {
  const figures: PublishedFigure[] = [];
  const bands = options.bands ?? SESSION_BANDS;
  const unmeasured: NotMeasured[] = [];
  let quartilesWithheld = false;
  let sessionSpreadWithheld = false;
  const quantities = [
    [sessions, 'sessions'],
    [hours, 'contact-hours'],
  ] as const;
  for (const [dosage, prefix] of quantities) {
    const metrics = [DOSAGE_METRICS[`${prefix}-total`], DOSAGE_METRICS[`${prefix}-median`], DOSAGE_METRICS[`${prefix}-lower-quartile`], DOSAGE_METRICS[`${prefix}-upper-quartile`]] as const;
    if ('unmeasured' in dosage || dosage.values.length === 0) {
      const reason = 'unmeasured' in dosage ? dosage.unmeasured : 'The clients dataset has no clients.';
      const missing = 'unmeasured' in dosage ? dosage.missing : [];
      for (const metric of metrics) unmeasured.push(notMeasured(metric, reason, missing));
      if (prefix === 'sessions') unmeasured.push(notMeasured(DOSAGE_METRICS['clients-by-sessions'], reason, missing));
      continue;
    }
    const { values } = dosage;
    const context = { provenance: options.provenance, source: dosage.source, derivation: dosage.derivation };
    const origin = (metric: (typeof metrics)[number]) => figureOrigin(metric, [], context);
    const total = values.reduce((sum, value) => sum + value, 0);
    const [totalMetric, medianMetric, lowerMetric, upperMetric] = metrics;
    // Sessions and hours are magnitudes one client's many can dominate: the dominance rule weighs
    // each total, and a later release does not show one its few newcomers would be the difference of.
    const measured = { ...measureFigure(origin(totalMetric), total, values.length), concentration: [concentrationOf(values)] };
    figures.push(prefix === 'sessions' ? { ...measured, unit: 'count' } : measured);
    // Sessions are whole numbers: a median or quartile strictly between two bands' edges (5.75) says
    // exactly how many clients are in the bands below it, which gives back a band disclosure control
    // protects. With every band at or over the threshold all are published, so it tells nothing new.
    const bandCounts = bands.map((band) => values.filter((value) => sessionBandOf(value, bands)?.id === band.id).length);
    if (prefix === 'sessions' && bandCounts.some((count) => count < options.threshold)) {
      sessionSpreadWithheld = true;
    } else {
      figures.push(measureFigure(origin(medianMetric), quantile(values, 0.5), values.length));
      if (values.length >= QUARTILES_PER_THRESHOLD * options.threshold) {
        figures.push(measureFigure(origin(lowerMetric), quantile(values, 0.25), values.length));
        figures.push(measureFigure(origin(upperMetric), quantile(values, 0.75), values.length));
      } else quartilesWithheld = true;
    }
    if (prefix === 'sessions' && values.length >= BANDS_PER_THRESHOLD * options.threshold) {
      for (const [index, band] of bands.entries()) {
        const count = bandCounts[index] ?? 0;
        figures.push(countFigure(figureOrigin(DOSAGE_METRICS['clients-by-sessions'], [{ dimension: SESSIONS_DIMENSION, value: band.id, label: band.label }], context), count));
      }
    }
  }
  const bandsWithheld = !('unmeasured' in sessions) && sessions.values.length > 0 && sessions.values.length < BANDS_PER_THRESHOLD * options.threshold;
  return { figures, notMeasured: unmeasured, quartilesWithheld, sessionSpreadWithheld, bandsWithheld };
}
