import type { AgeGroup, Manifest } from '../manifest/manifestSchema.ts';
import { datasetSource } from '../manifest/datasetSource.ts';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { slugify } from '../text/slug.ts';
import type { Datasets } from './datasetRows.ts';
import type { HeaderNames } from './headerNames.ts';

/** The index events of the MoJ's proven re-offending measure, as an author writes them (compared as slugs). */
export const INDEX_EVENTS = ['release', 'court-order', 'caution'] as const;
export type IndexEvent = (typeof INDEX_EVENTS)[number];

/** Ages at the index date believed: 10 is the age of criminal responsibility in England and Wales. */
export const AGE_AT_INDEX = { min: 10, max: 120 } as const;

/** The youngest age at the index date counted as an adult; from 10 to 17 a client is a juvenile, as the MoJ counts them. */
export const ADULT_FROM_AGE = 18;

/** The age group of the proven measure an age at the index date falls in. */
export function ageGroupOf(ageAtIndex: number): AgeGroup {
  return ageAtIndex >= ADULT_FROM_AGE ? 'adults' : 'juveniles';
}

const INDEX_COLUMNS = ['index_date', 'index_event', 'age_at_index'] as const;

/** The index event a cell names, or null when it names none of them. */
export function indexEventOf(cell: string): IndexEvent | null {
  const slug = slugify(cell);
  return INDEX_EVENTS.find((event) => event === slug) ?? null;
}

/**
 * The columns of the proven re-offending measure, checked whether or not the measure is asked for
 * (a column that is there must be right): an index event given whole (date, event and age
 * together), an event from the list, an age at the index date from 10 to 120 in an age group the service works with, no index or proven
 * date after `as_of`, and a proven date on or after the offence date it proves. Never a value.
 */
export function checkProvenInputs(folder: string, manifest: Manifest, datasets: Datasets, header: HeaderNames): Problem[] {
  const problems: Problem[] = [];
  const config = manifest.datasets;
  if (datasets.clients && config.clients) {
    const file = datasetSource(folder, config.clients);
    const column = header.clients;
    for (const client of datasets.clients) {
      const at = (canonical: string) => ({ file, row: client.row, column: column(canonical) });
      const given = { index_date: client.indexDate !== null, index_event: client.indexEvent !== null, age_at_index: client.ageAtIndex !== null };
      const missing = INDEX_COLUMNS.filter((name) => !given[name]);
      if (missing.length > 0 && missing.length < INDEX_COLUMNS.length) {
        problems.push(problem('index-incomplete', at(missing[0] ?? 'index_date'), { missing: missing.map(column), columns: INDEX_COLUMNS.map(column) }));
      }
      if (client.indexEvent !== null && indexEventOf(client.indexEvent) === null) problems.push(problem('index-event-unknown', at('index_event')));
      if (client.ageAtIndex !== null && (client.ageAtIndex < AGE_AT_INDEX.min || client.ageAtIndex > AGE_AT_INDEX.max)) {
        problems.push(problem('age-at-index-out-of-range', at('age_at_index'), { side: client.ageAtIndex < AGE_AT_INDEX.min ? 'below' : 'above' }));
      }
      // A client in a group the service says it does not serve would be counted nowhere: the age or the declaration is wrong.
      const served = manifest.reoffending.age_groups;
      if (client.ageAtIndex !== null && client.ageAtIndex >= AGE_AT_INDEX.min && client.ageAtIndex <= AGE_AT_INDEX.max && !served.includes(ageGroupOf(client.ageAtIndex))) {
        problems.push(problem('age-at-index-not-served', at('age_at_index'), { group: ageGroupOf(client.ageAtIndex), served: served[0] ?? 'adults' }));
      }
      if (client.indexDate !== null && client.indexDate > manifest.as_of) problems.push(problem('index-after-as-of', at('index_date'), { asOf: manifest.as_of }));
    }
  }
  if (datasets.offences && config.offences) {
    const file = datasetSource(folder, config.offences);
    const column = header.offences;
    for (const offence of datasets.offences) {
      if (offence.provenDate === null) continue;
      const at = { file, row: offence.row, column: column('proven_date') };
      if (offence.date === null) problems.push(problem('proven-without-offence-date', at, { dateColumn: column('date') }));
      else if (offence.provenDate < offence.date) problems.push(problem('proven-before-offence', at, { dateColumn: column('date') }));
      if (offence.provenDate > manifest.as_of) problems.push(problem('proven-after-as-of', at, { asOf: manifest.as_of }));
    }
  }
  return problems;
}
