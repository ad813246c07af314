/**
 * How a cell is read. A value from a column of any type may be personal (a column mapped as `age`
 * may hold an NHS number), so no cell is ever quoted in an error: describeShape describes it.
 */
export type ColumnType = 'id' | 'date' | 'text' | 'integer' | 'number' | 'boolean' | 'status' | 'unit' | 'bound' | 'slug';
