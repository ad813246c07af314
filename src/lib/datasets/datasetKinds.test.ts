import { describe, expect, test } from 'vitest';
import { datasetColumns } from './datasetKinds.ts';

// The canonical columns as docs/datasets.md lists them: required ones marked with *.
const DOCUMENTED = {
  clients: 'client_id* referral_date start_date end_date engaged sessions contact_hours age index_date index_event age_at_index',
  contacts: 'client_id* date* minutes type location',
  assessments: 'client_id* review* date domain* score*',
  outcomes: 'client_id* domain* status*',
  offences: 'client_id* date days_from_start offence_type* gravity kind proven_date',
  feedback: 'client_id question* response*',
  indicators: 'indicator* group numerator denominator value unit* bound',
  justice_data_lab: 'analysis measure* treatment_n* comparison_n* treatment_value* comparison_value* difference* lower* upper* p_value records_submitted records_matched cohort_from cohort_to',
} as const;

describe('datasetColumns(kind), from the one declaration of each kind', () => {
  test.each(Object.entries(DOCUMENTED))('%s has the documented columns, required ones without blanks', (kind, documented) => {
    const columns = datasetColumns(kind as keyof typeof DOCUMENTED);
    expect(columns.map((column) => `${column.name}${column.required ? '*' : ''}`).join(' ')).toBe(documented);
    for (const column of columns) expect(column.blanks, column.name).toBe(!column.required);
  });

  test('labels repeated across rows are categories, so the free-text rule leaves them alone', () => {
    expect(
      datasetColumns('feedback')
        .filter((column) => column.category === true)
        .map((column) => column.name),
    ).toEqual(['question', 'response']);
    expect(
      datasetColumns('clients')
        .filter((column) => column.category === true)
        .map((column) => column.name),
    ).toEqual(['index_event']);
  });
});
