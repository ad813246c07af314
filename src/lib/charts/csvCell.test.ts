import { expect, test } from 'vitest';
import { csvCell } from './csvCell.ts';

test.each([
  ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
  ['+44 7700', "'+44 7700"],
  ['-cmd', "'-cmd"],
  ['@home', "'@home"],
  ['\tx', "'\tx"],
  ['\rx', '"\'\rx"'],
  ['-3', '-3'],
  ['-6670', '-6670'],
  ['66%', '66%'],
  ['Housing', 'Housing'],
  ['Employment, training and education', '"Employment, training and education"'],
  ['say "no"', '"say ""no"""'],
  ['=1+1, "x"', '"\'=1+1, ""x"""'],
])('%j → %j', (cell, expected) => expect(csvCell(cell)).toBe(expected));
