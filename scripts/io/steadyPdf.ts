/**
 * Makes a PDF Chromium printed the same at every print of the same page. Chromium writes the
 * moment it printed (CreationDate, ModDate) and, in a tagged PDF, names structure elements after
 * the browser's internal node numbers (`/ID (node00012290)`), which shift from one run to the next.
 * The dates' digits become a fixed date (the evaluation's publication date), and the node numbers
 * are renumbered 1, 2, 3… in their own order (so a name tree sorted by them stays sorted), digit
 * for digit: every byte keeps its offset, and the file's cross-reference table stays valid.
 */
export function steadyPdf(pdf: Buffer, isoDate: string): Buffer {
  const digits = `${isoDate.replace(/-/g, '')}000000`;
  if (!/^\d{14}$/.test(digits)) throw new Error(`steadyPdf: ${isoDate} is not a date as YYYY-MM-DD`);
  // Latin-1 maps each byte to one character and back, so lengths, and offsets, are the bytes'.
  const text = pdf.toString('latin1');
  const nodes = [...new Set(text.match(/\(node\d+\)/g) ?? [])].sort((a, b) => nodeNumber(a) - nodeNumber(b));
  const renumbered = new Map(nodes.map((node, index) => [node, `(node${String(index + 1).padStart(node.length - 6, '0')})`]));
  const steady = text.replace(/(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}/g, (_match, lead: string) => `${lead}${digits}`).replace(/\(node\d+\)/g, (node) => renumbered.get(node) ?? node);
  if (steady.length !== text.length) throw new Error('steadyPdf: a renumbered node name changed length');
  return Buffer.from(steady, 'latin1');
}

function nodeNumber(name: string): number {
  return Number(name.slice(5, -1));
}
