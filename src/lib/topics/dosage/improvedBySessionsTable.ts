import type { ChartTable } from '../../charts/chartResult.ts';
import { figuresOf, partLabel, partValue } from '../../figures/figureLookup.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { DOMAIN_DIMENSION } from '../outcomeStatus/outcomeStatusFigures.ts';
import { DOSAGE_METRICS, SESSIONS_DIMENSION } from './metrics.ts';

/**
 * Improvement by band of sessions, one row per domain and band, as published (protected figures
 * read as shown): clients reviewed, and the share improved. Undefined when nothing was split.
 */
export function improvedBySessionsTable(figures: readonly PublishedFigure[]): ChartTable | undefined {
  const shares = figuresOf(figures, DOSAGE_METRICS['improved-by-sessions'].id, [DOMAIN_DIMENSION, SESSIONS_DIMENSION]);
  if (shares.length === 0) return undefined;
  const bases = figuresOf(figures, DOSAGE_METRICS['reviewed-by-sessions'].id, [DOMAIN_DIMENSION, SESSIONS_DIMENSION]);
  const key = (figure: PublishedFigure) => `${partValue(figure, DOMAIN_DIMENSION)}|${partValue(figure, SESSIONS_DIMENSION)}`;
  return {
    caption: 'Improved, by domain and sessions attended (before and after, one group: not what the sessions caused)',
    columns: ['Domain', 'Sessions attended', 'Clients reviewed', 'Improved'],
    rows: shares.map((share) => {
      const base = bases.find((candidate) => key(candidate) === key(share));
      return [partLabel(share, DOMAIN_DIMENSION), partLabel(share, SESSIONS_DIMENSION), base ? formatFigure(base).value : '', formatFigure(share).inline];
    }),
  };
}
