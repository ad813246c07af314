import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import type { LeakToken } from '../identifierScan/scanTable.ts';

/**
 * Shortest tokens searched for. Shorter ones ("M1", "007") would match inside hashed asset names
 * and ordinary numbers; an id that short is not searched, which docs/privacy.md says.
 */
export const MIN_TOKEN_LENGTH = 4;
/** Purely numeric tokens must be longer: four-digit numbers occur naturally in a site (years). */
export const MIN_NUMERIC_TOKEN_LENGTH = 6;

/** One built file's text (binary files read byte for byte as Latin-1, so ASCII tokens still show). */
export interface BuiltFile {
  readonly path: string;
  readonly text: string;
}

/**
 * The leak scan of the built site: every pseudonymous id and every value of a waived column is
 * searched for, as a whole token and ignoring case, in every built file after decoding HTML
 * entities and JSON escapes. Each hit is a problem naming the file and where the value came
 * from — never the value.
 */
export function findLeaks(files: readonly BuiltFile[], tokens: readonly LeakToken[]): Problem[] {
  const searched = tokens.filter(({ token }) => token.length >= (/^\d+$/.test(token) ? MIN_NUMERIC_TOKEN_LENGTH : MIN_TOKEN_LENGTH));
  const problems: Problem[] = [];
  for (const file of files) {
    const text = decode(file.text).toLowerCase();
    const origins = new Set<string>();
    for (const { token, origin } of searched) {
      if (!origins.has(origin) && containsToken(text, token.toLowerCase())) origins.add(origin);
    }
    for (const origin of [...origins].sort()) {
      problems.push(problem('leak-in-built-site', { file: file.path }, { origin }));
    }
  }
  return problems;
}

function containsToken(text: string, token: string): boolean {
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + token.length] ?? ' ';
    if (!isWordCharacter(before) && !isWordCharacter(after)) return true;
  }
  return false;
}

function isWordCharacter(character: string): boolean {
  return /[\p{L}\p{N}]/u.test(character);
}

/** Undoes the escapes a value may hide behind in HTML, SVG and JSON. */
function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' })[name] ?? '')
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\\//g, '/');
}
