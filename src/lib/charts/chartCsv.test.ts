import { describe, expect, test } from 'vitest';
import { neutraliseCell, tableCsv } from './chartCsv.ts';

describe('neutraliseCell(cell)', () => {
  test.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 7700', "'+44 7700"],
    ['-cmd', "'-cmd"],
    ['@home', "'@home"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['-3', '-3'],
    ['66%', '66%'],
    ['Housing', 'Housing'],
  ])('%j → %j', (cell, expected) => expect(neutraliseCell(cell)).toBe(expected));
});

test('tableCsv(table) quotes commas and quotes and ends lines with CRLF', () => {
  const csv = tableCsv({
    caption: 'x',
    columns: ['Domain', 'Improved'],
    rows: [
      ['Education, training', '64% (29 of 45)'],
      ['=cmd', 'say "hi"'],
    ],
  });
  expect(csv).toBe('Domain,Improved\r\n"Education, training",64% (29 of 45)\r\n\'=cmd,"say ""hi"""\r\n');
});

test('tableCsv(table, confidential) writes [c] for a value cell kept back, and leaves a range and a row label as they are', () => {
  const csv = tableCsv(
    {
      caption: 'x',
      columns: ['Group', 'Referred', 'Engaged'],
      rows: [
        ['fewer than 5', 'fewer than 5', 'not shown'],
        ['Men', '40', 'over 95% (of 40)'],
      ],
    },
    new Set(['fewer than 5', 'not shown']),
  );
  expect(csv).toBe('Group,Referred,Engaged\r\nfewer than 5,[c],[c]\r\nMen,40,over 95% (of 40)\r\n');
});
