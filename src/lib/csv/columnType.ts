/**
 * How a cell is read. `id`, `date` and `text` columns may hold personal data, so their values
 * are never quoted in an error; the others are numbers, closed sets or indicator names (`slug`)
 * and may be.
 */
export type ColumnType = 'id' | 'date' | 'text' | 'integer' | 'number' | 'boolean' | 'status' | 'unit' | 'bound' | 'slug';

/** Whether a value from a column of this type may appear in an error message. */
export function mayQuote(type: ColumnType): boolean {
  return type !== 'id' && type !== 'date' && type !== 'text';
}
