/** What the methodology page says of consented case studies, by their pseudonyms; null when there are none. */
export function caseStudyNote(pseudonyms: readonly string[]): string | null {
  if (pseudonyms.length === 0) return null;
  const who = pseudonyms.length === 1 ? 'one client is' : `${pseudonyms.length} clients are`;
  return `With their written consent, ${who} shown as a case study under a made-up name (${pseudonyms.join(', ')}): their own sessions, hours and offences may be published although they describe one person. Nothing else about them is published, and their real ids never are.`;
}
