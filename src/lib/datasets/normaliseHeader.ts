/**
 * A header reduced to what identifies it: lower case, letters and digits only, so `Start Date`,
 * `START-DATE` and `start_date` are one name, and `Engaged?` is `engaged`.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
