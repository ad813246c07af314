import type { Unreadable } from '../../src/lib/index.ts';

/**
 * A file's bytes as UTF-8 text, or where they stop being UTF-8. The decoder is strict, so a file
 * saved in another encoding (Windows-1252, say) is refused from its bytes, while a valid file may
 * hold any character, U+FFFD "�" included. A byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): string | Unreadable {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { unreadable: 'not-utf8', line: lineOf(bytes, firstInvalidByte(bytes)) };
  }
}

/** Whether the bytes are UTF-8 so far (a sequence cut off at the end still counts as valid). */
function validSoFar(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The offset of the byte at which the text stops being UTF-8: a binary search on valid prefixes. */
function firstInvalidByte(bytes: Uint8Array): number {
  // Valid as far as it goes: only the last sequence is cut short.
  if (validSoFar(bytes)) return bytes.length - 1;
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    if (validSoFar(bytes.subarray(0, middle))) valid = middle;
    else invalid = middle;
  }
  return invalid - 1;
}

/** The line (from 1) that holds the byte at `offset`. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}
