import { describe, expect, test } from 'vitest';
import { demoManifestWith, runDemo } from '../support/memoryProject.ts';

// The demo clients as a spreadsheet export would write them: BOM, CRLF, ";" delimiter, decimal
// commas, thousands separators, a quoted field holding a newline and the delimiter, ISO and
// day-first dates mixed, N/A and "-" for missing, ids with leading zeros, trailing blank lines.
const EXCEL_CLIENTS =
  '\uFEFFClient ref;Start;End;Engaged;Age;Gender;Contact hours;Notes\r\n' +
  '007;03/02/2014;2014-06-30;Yes;19;Male;1.234,5;"moved; then\r\nsettled"\r\n' +
  '0070;2014-03-10;N/A;Yes;31;Female;6,5;-\r\n' +
  '00700;-;;No;22;Male;;\r\n' +
  '\r\n\r\n';

const EXCEL_MANIFEST = demoManifestWith(
  '    file: clients.csv\n    columns:\n',
  '    file: clients.csv\n    format: { delimiter: ";", decimal: ",", date: DD/MM/YYYY }\n    columns:\n      contact_hours: Contact hours\n',
);

describe('CSV as it comes from Excel and case-management exports', () => {
  const plain = runDemo();
  const excel = runDemo({
    'data/demo/evaluation.yaml': EXCEL_MANIFEST,
    'data/demo/clients.csv': EXCEL_CLIENTS,
    'data/demo/contacts.csv': 'client_id,date,minutes\n007,03/02/2014,60\n0070,10/03/2014,45\n',
    'data/demo/assessments.csv': 'client_id,review,domain,score\n007,1,Motivation,4\n',
  });

  test('reads without problems', () => {
    expect(excel.lines).toEqual([]);
  });

  test('gives the same figures as the plain file: ids with leading zeros stay distinct, N/A and - are missing', () => {
    // Compare what the clients file gives; the two runs' assessment files differ on purpose.
    const fromClients = (figures: typeof plain.figures) => new Map([...figures].filter(([id]) => /^(referred|engaged|cohort-share)/.test(id)));
    expect(fromClients(excel.figures)).toEqual(fromClients(plain.figures));
    expect(fromClients(excel.figures).size).toBe(19);
    expect(excel.figures.get('referred')).toEqual({ numerator: 3, denominator: null });
  });

  test('the sniffed delimiter works too when the manifest declares none', () => {
    const sniffed = runDemo({
      'data/demo/evaluation.yaml': EXCEL_MANIFEST.replace('delimiter: ";", ', ''),
      'data/demo/clients.csv': EXCEL_CLIENTS,
      'data/demo/contacts.csv': 'client_id,date\n007,03/02/2014\n',
      'data/demo/assessments.csv': 'client_id,review,domain,score\n0070,1,Motivation,4\n',
    });
    expect(sniffed.lines).toEqual([]);
    expect(sniffed.figures.get('engaged')).toEqual({ numerator: 2, denominator: 3 });
  });

  test('a decimal comma in a file that declares none is refused, with the row and column', () => {
    const undeclared = runDemo({
      'data/demo/evaluation.yaml': EXCEL_MANIFEST.replace('decimal: ",", ', ''),
      'data/demo/clients.csv': EXCEL_CLIENTS.replace('1.234,5', '12'),
      'data/demo/contacts.csv': 'client_id,date\n007,03/02/2014\n',
      'data/demo/assessments.csv': 'client_id,review,domain,score\n007,1,Motivation,4\n',
    });
    expect(undeclared.lines).toEqual([
      'data/demo/clients.csv:3:Contact hours — a number written with a comma — a number with "." as the decimal mark; if this file writes decimals with a comma, declare `decimal: ","` in the dataset\'s format',
    ]);
  });
});
