import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import type { LeakToken } from '../identifierScan/scanTable.ts';
import { decodeForScan, isReadAsItIs, normaliseForScan, readerTexts, readings, unifyDecoded, WORD_CHARACTER, WORD_RUN, type Spaces } from './readerText.ts';

/**
 * Shortest tokens searched for. Shorter ones ("M1", "007") would match inside hashed asset names
 * and ordinary numbers; an id that short is not searched, which docs/privacy.md says.
 */
export const MIN_TOKEN_LENGTH = 4;
/** Purely numeric tokens must be longer: four-digit numbers occur naturally in a site (years). */
export const MIN_NUMERIC_TOKEN_LENGTH = 6;

/** One built file: its path as published, its text, and the text of any metadata its image still carries. */
export interface BuiltFile {
  readonly path: string;
  /** The file's text (binary files read byte for byte as Latin-1, so ASCII tokens still show). */
  readonly text: string;
  /** For an image, the text of its metadata (comments, EXIF, XMP, PNG text), decoded, ideally empty; null when the image cannot be read. */
  readonly metadata?: string | null;
  /**
   * For a text file too large to hold as one string (scripts/io/builtFiles.ts), its text a piece
   * at a time, each piece ending just after a line break (the last may not): `text` is then empty.
   */
  readonly pieces?: () => Iterable<string>;
}

/** Files that hold no markup: read byte by byte, with no tags to take out. */
const BINARY = /\.(png|apng|jpe?g|jfif|gif|webp|avif|ico|woff2?|ttf|otf|eot|pdf|zip|gz)$/i;

/** A searched value, normalised, keyed by its first run of letters and digits. */
interface Needle {
  readonly text: string;
  /** Characters before its first run of letters and digits (a value such as "-A12"). */
  readonly lead: number;
  readonly origin: string;
}

/**
 * The leak scan of the built site: every pseudonymous id and every value of a waived column is
 * searched for, as a whole token, in every built file, in what remains of its images' metadata
 * and in its path, on text normalised as a reader sees it (readerText.ts: entities and escapes
 * decoded, markup, invisible characters and accents removed, look-alike letters and fullwidth
 * forms mapped, case ignored). Each file is read once: its text is cut into runs of letters and
 * digits, and each run is looked up among the values' first runs, so the time grows with the size
 * of the site plus the number of values, not with their product. Each hit is a problem naming the
 * file (or, for a name, the folder) and where the value came from — never the value.
 */
export function findLeaks(files: Iterable<BuiltFile>, tokens: readonly LeakToken[]): Problem[] {
  const leaksIn = leakFinder(tokens);
  const problems: Problem[] = [];
  for (const file of files) problems.push(...leaksIn(file));
  return problems;
}

/**
 * The scan of one built file at a time against values indexed once (findLeaks): for a caller
 * that keeps each file's answer (scripts/io/leakScanCache.ts).
 */
export function leakFinder(tokens: readonly LeakToken[], pieceLength = PIECE_LENGTH): (file: BuiltFile) => Problem[] {
  const needles = indexNeedles(tokens);
  // Runs of spaces are collapsed only for a value that holds one: for the rest, a run of spaces is no letter or digit either way.
  const spaces: Spaces = [...needles.byFirstRun.values()].some((list) => list.some((needle) => needle.text.includes(' '))) ? 'collapsed' : 'kept';
  return (file) => {
    // The path under the output folder, whose own name is the author's choice.
    const [folder = '', ...rest] = file.path.split('/');
    const name = rest.join('/');
    const inName = originsIn(readings(name, spaces), needles);
    if (inName.size > 0) {
      // The path holds the value, so it is not printed: the folder and the kind of file are.
      const kind = /\.([a-z0-9]+)$/i.exec(file.path)?.[1]?.toLowerCase() ?? 'extensionless';
      return [...inName].sort().map((origin) => problem('leak-in-built-file-name', { file: folder }, { origin, kind }));
    }
    const problems: Problem[] = [];
    if (file.metadata === null) problems.push(problem('image-metadata-unreadable', { file: file.path }));
    const binary = BINARY.test(file.path);
    const whole = file.pieces === undefined ? file.text : undefined;
    // A large text read as it is goes a piece at a time, unless a piece turns out to hide a right-to-left override (then whole).
    const inPieces =
      file.pieces !== undefined
        ? piecesReadAsTheyAre(file.pieces)
          ? originsInPieces(file.pieces(), needles, spaces)
          : undefined
        : !binary && file.text.length > pieceLength && isReadAsItIs(file.text)
          ? originsInPieces(linePieces(file.text, pieceLength), needles, spaces)
          : undefined;
    // A file given in pieces that must be read whole after all is joined (rare: a very large file with markup).
    const text = whole ?? (inPieces ? '' : [...(file.pieces?.() ?? [])].join(''));
    const texts = [...(binary ? readings(text, spaces) : inPieces ? [] : readerTexts(text, spaces)), ...(file.metadata ? readerTexts(file.metadata, spaces) : [])];
    const origins = originsIn(texts, needles);
    for (const origin of inPieces ?? []) origins.add(origin);
    for (const origin of [...origins].sort()) {
      problems.push(problem('leak-in-built-site', { file: file.path }, { origin }));
    }
    return problems;
  };
}

/** The first run of letters and digits of a value (not global: it keeps no place between values). */
const FIRST_RUN = new RegExp(WORD_RUN.source);

/**
 * The values long enough to search, normalised, by their first run of letters and digits, with
 * what lets the scan pass over most runs without looking them up: which lengths and which first
 * characters the first runs have. Made once for a whole scan, not per file.
 */
interface NeedleIndex {
  readonly byFirstRun: ReadonlyMap<string, readonly Needle[]>;
  /** 1 at each length some first run has (indexed up to the longest). */
  readonly runLengths: Uint8Array;
  /**
   * A whole run (no letter or digit, as WORD_CHARACTER, before or after it) that starts with a
   * character some first run starts with and (unless the longest is very long) is as long as the
   * shortest to the longest of them:
   * the places worth looking up, found by the regular expression engine rather than one
   * character at a time in JavaScript (several times quicker).
   */
  readonly candidateRuns: RegExp;
  /** The longest value, in characters. */
  readonly longest: number;
}

/** The longest first run the candidate pattern bounds its repeat by (see indexNeedles). */
const LONGEST_BOUNDED_RUN = 1000;

function indexNeedles(tokens: readonly LeakToken[]): NeedleIndex {
  const needles = new Map<string, Needle[]>();
  // The values already indexed, by origin (a file's ids, one Set each: no key is built per value).
  const seen = new Map<string, Set<string>>();
  for (const { token, origin } of tokens) {
    const text = normaliseForScan(token).trim();
    if (text.length < (/^\d+$/.test(text) ? MIN_NUMERIC_TOKEN_LENGTH : MIN_TOKEN_LENGTH)) continue;
    const first = FIRST_RUN.exec(text);
    if (!first) continue;
    let ofOrigin = seen.get(origin);
    if (ofOrigin === undefined) seen.set(origin, (ofOrigin = new Set()));
    if (ofOrigin.has(text)) continue;
    ofOrigin.add(text);
    const list = needles.get(first[0]);
    const needle = { text, lead: first.index, origin };
    if (list) list.push(needle);
    else needles.set(first[0], [needle]);
  }
  let longestRun = 0;
  let longest = 0;
  for (const [run, list] of needles) {
    longestRun = Math.max(longestRun, run.length);
    for (const needle of list) longest = Math.max(longest, needle.text.length);
  }
  const runLengths = new Uint8Array(longestRun + 1);
  const firstCharacters = new Set<number>();
  let shortestRun = longestRun;
  for (const run of needles.keys()) {
    runLengths[run.length] = 1;
    shortestRun = Math.min(shortestRun, run.length);
    firstCharacters.add(run.charCodeAt(0));
  }
  // Code units, not code points (no u flag), as the runs are: every character outside ASCII counts as a letter or digit.
  const unit = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  const starts = [...firstCharacters]
    .sort((a, b) => a - b)
    .map(unit)
    .join('');
  const letterOrDigit = WORD_CHARACTER.source;
  // A bounded repeat costs the engine stack for every character it takes (a first run of millions overflowed it); an unbounded one does not, and originsIn checks the length.
  const repeat = longestRun <= LONGEST_BOUNDED_RUN ? `{${Math.max(0, shortestRun - 1)},${Math.max(0, longestRun - 1)}}` : '*';
  const candidateRuns = new RegExp(`(?<!${letterOrDigit})[${starts || '\\u0000'}]${letterOrDigit}${repeat}(?!${letterOrDigit})`, 'g');
  return { byFirstRun: needles, runLengths, candidateRuns, longest };
}

/** The origins of every value found as a whole token in any of the texts. */
function originsIn(texts: readonly string[], { byFirstRun, runLengths, candidateRuns }: NeedleIndex): Set<string> {
  const origins = new Set<string>();
  if (byFirstRun.size === 0) return origins;
  for (const text of texts) {
    candidateRuns.lastIndex = 0;
    for (let found = candidateRuns.exec(text); found !== null; found = candidateRuns.exec(text)) {
      const run = found[0];
      if (run.length >= runLengths.length || runLengths[run.length] === 0) continue;
      const candidates = byFirstRun.get(run);
      if (!candidates) continue;
      for (const needle of candidates) {
        if (!origins.has(needle.origin) && occursAt(text, needle, found.index - needle.lead)) origins.add(needle.origin);
      }
    }
  }
  return origins;
}

/**
 * Text longer than this that readerTexts reads as it is (a large figures.json or CSV) is
 * normalised and searched a piece at a time: normalising 90 MB at once took over a gigabyte.
 */
export const PIECE_LENGTH = 1 << 22;

/**
 * originsIn over the normalised text, worked out a piece at a time. The text is cut just after a
 * line break, which every step of normaliseForScan leaves alone (no escape, entity, accent or
 * right-to-left override spans one, and it reads as a space), so the pieces normalised one by
 * one and joined, with the one space doubled at a join dropped (when `spaces` are collapsed), are
 * the text normalised whole.
 * Each piece is searched after the end of the one before, taken back past any run it cuts and at
 * least one character further than the longest value: so a value ending in this piece is seen
 * whole, with the characters on either side of it, and no run is seen cut short. Undefined when a
 * piece holds a right-to-left override written as an escape: the text must be read whole.
 */
function originsInPieces(pieces: Iterable<string>, needles: NeedleIndex, spaces: Spaces): Set<string> | undefined {
  const origins = new Set<string>();
  const { longest } = needles;
  let carried = '';
  for (const raw of pieces) {
    const decoded = decodeForScan(raw);
    // An override written as an escape (`\\u202e`, `&#8238;`) reverses what follows when shown: the whole text is read as shown instead.
    if (decoded.includes('\u202e')) return undefined;
    let piece = unifyDecoded(decoded, spaces);
    if (spaces === 'collapsed' && carried.endsWith(' ') && piece.startsWith(' ')) piece = piece.slice(1);
    const window = carried + piece;
    for (const origin of originsIn([window], needles)) origins.add(origin);
    let cut = Math.max(0, window.length - longest - 1);
    while (cut > 0 && WORD_CHARACTER.test(window[cut - 1] ?? ' ')) cut -= 1;
    carried = window.slice(cut);
  }
  return origins;
}

/** The text cut into pieces of at least `pieceLength` characters, each ending just after a line break (the last may not). */
function* linePieces(text: string, pieceLength: number): Generator<string> {
  for (let start = 0; start < text.length;) {
    const lineEnd = text.indexOf('\n', start + pieceLength - 1);
    const end = lineEnd < 0 ? text.length : lineEnd + 1;
    yield text.slice(start, end);
    start = end;
  }
}

/**
 * isReadAsItIs for a text given in pieces cut after line breaks: no comment, CDATA marker,
 * override or tag can span a line break's cut (none holds one, and a tag's name starts right after
 * its `<`), so each is looked for in each piece; any `<` before a letter or `/` counts, whether or
 * not a `>` follows, which only sends more files the whole way.
 */
function piecesReadAsTheyAre(pieces: () => Iterable<string>): boolean {
  for (const piece of pieces()) if (!isReadAsItIs(piece) || /<\/?[a-zA-Z]/.test(piece)) return false;
  return true;
}

/** Whether the value is at this place in the text, with no letter or digit on either side. */
function occursAt(text: string, needle: Needle, start: number): boolean {
  if (start < 0 || !text.startsWith(needle.text, start)) return false;
  const before = text[start - 1] ?? ' ';
  const after = text[start + needle.text.length] ?? ' ';
  return !WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after);
}
