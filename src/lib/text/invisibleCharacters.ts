/**
 * Characters that show as nothing: zero-width spaces and joiners, the soft hyphen, the byte-order
 * mark, direction marks and overrides, variation selectors (Unicode's default-ignorable and format
 * characters). The identifier scan and the leak scan both drop them, so a value split by one is
 * read as the reader sees it; one definition keeps the two scans from disagreeing.
 */
export const INVISIBLE_CHARACTER = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;

const INVISIBLE_CHARACTERS = new RegExp(INVISIBLE_CHARACTER.source, 'gu');

/** The text with every invisible character removed. */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE_CHARACTERS, '');
}
