import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';

/** How much text is gathered before it is hashed: one call to the hash for each small value would cost more than the walk. */
const CHUNK = 1 << 16;
/** From how many characters a string is hashed on its own rather than gathered. */
const LONG = 1024;

/**
 * A SHA-256 hash of a plain value (what structured clone copies: objects, arrays, maps, sets,
 * strings, numbers, booleans, null, undefined, dates, and the rest by their serialised bytes) that depends on the value alone. Node's own
 * serialiser (node:v8) writes the same string in one byte or two to a character, depending on how
 * it was made, so the same result computed afresh and read from the cache gave other bytes; here
 * a string is hashed as its UTF-16 code units, and every value is tagged and counted, so two
 * different values never give the same text to hash. Object keys in their own order, as a
 * structured clone keeps it. A function, which structured clone refuses too, is refused: a bug.
 */
export function canonicalDigest(value: unknown): string {
  const hash = createHash('sha256');
  let text = '';
  const add = (part: string): void => {
    text += part;
    if (text.length >= CHUNK) {
      hash.update(text, 'utf16le');
      text = '';
    }
  };
  // A long string (a drawing, a CSV) goes to the hash as it is, never copied into the gathered text.
  const addString = (item: string): void => {
    add(`s${item.length}:`);
    if (item.length < LONG) {
      add(item);
      return;
    }
    hash.update(text, 'utf16le');
    text = '';
    hash.update(item, 'utf16le');
  };
  const visit = (item: unknown): void => {
    if (typeof item === 'string') {
      addString(item);
      return;
    }
    const primitive = primitiveText(item);
    if (primitive !== undefined) {
      add(primitive);
    } else if (Array.isArray(item)) {
      const entries = item as unknown[];
      add(`a${entries.length}[`);
      // A hole is not an undefined (a structured clone keeps the difference).
      for (let index = 0; index < entries.length; index += 1) {
        if (index in entries) visit(entries[index]);
        else add('h');
      }
      add(']');
    } else if (item instanceof Map) {
      add(`m${item.size}{`);
      for (const [key, entry] of item) {
        visit(key);
        visit(entry);
      }
      add('}');
    } else if (item instanceof Set) {
      add(`e${item.size}{`);
      for (const entry of item) visit(entry);
      add('}');
    } else if (item instanceof Date) {
      add(`D${item.getTime()};`);
    } else {
      const prototype: unknown = Object.getPrototypeOf(item);
      if (prototype !== Object.prototype && prototype !== null) {
        // Anything else structured clone copies (a typed array, say) is hashed as it serialises it:
        // the same value may then give another hash, which only lays a page out again.
        add(`v${serialize(item).toString('base64')};`);
        return;
      }
      const entries = Object.entries(item as object);
      add(`o${entries.length}{`);
      for (const [key, entry] of entries) {
        addString(key);
        visit(entry);
      }
      add('}');
    }
  };
  visit(value);
  hash.update(text, 'utf16le');
  return hash.digest('hex');
}

/** The text a value other than an object stands for, or undefined for an object. */
function primitiveText(item: unknown): string | undefined {
  if (item === null) return 'n';
  switch (typeof item) {
    case 'undefined':
      return 'u';
    case 'string':
      return `s${item.length}:${item}`;
    case 'number':
      return `d${Object.is(item, -0) ? '-0' : String(item)};`;
    case 'boolean':
      return item ? 't' : 'f';
    case 'bigint':
      return `b${item};`;
    case 'object':
      return undefined;
    default:
      throw new Error(`canonicalDigest: a ${typeof item} is not a plain value`);
  }
}
