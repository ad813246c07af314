import { formatFigure } from '../../figures/formatFigure.ts';
import type { PublishedFigure } from '../../figures/publishedFigure.ts';
import { REOFFENDING_METRICS } from './metrics.ts';

/** Who the re-offending figures leave out: clients not yet followed up for 12 months, and clients with no offences before. */
export function followUpLimitations(figures: readonly PublishedFigure[]): string[] {
  const said: string[] = [];
  const overall = (metric: string) => figures.find((figure) => figure.metric === metric && figure.breakdowns.length === 0);
  // Counts are said as shown ("fewer than 5"), and a protected count is always said, so that
  // leaving the sentence out cannot reveal that it is zero.
  const waiting = overall(REOFFENDING_METRICS['not-yet-eligible-12-months'].id);
  if (waiting && (waiting.disclosure !== null || waiting.value > 0)) {
    said.push(`Follow-up is incomplete: ${howMany(waiting)} had not yet had 12 months since starting by the data as-of date, so they are left out of the 12-month re-offending rate.`);
  }
  const excluded = overall(REOFFENDING_METRICS['excluded-no-offences-before'].id);
  if (excluded && (excluded.disclosure !== null || excluded.value > 0)) {
    const who = howMany(excluded);
    said.push(`${who.charAt(0).toUpperCase()}${who.slice(1)} had no recorded offences before starting and cannot show a reduction, so the before-and-after comparison leaves them out.`);
  }
  return said;
}

/** "17 clients", "fewer than 5 clients", or, for a count not shown, "some clients (how many is not shown)". */
function howMany(figure: PublishedFigure): string {
  return figure.disclosure?.treatment === 'withheld' ? 'some clients (how many is not shown, to protect other figures)' : `${formatFigure(figure).value} clients`;
}
