/**
 * Starter key findings for the figures a scaffold's data support (supportedFigures), each naming
 * its figures in braces, for the author to rewrite: descriptive sentences that claim no effect.
 */
export function keyFindingSentences(figures: readonly string[]): string[] {
  const has = (id: string) => figures.includes(id);
  const sentences: string[] = [];
  if (has('referred') && has('engaged')) sentences.push('Of the {referred} people referred, {engaged} engaged with the service.');
  else if (has('referred')) sentences.push('{referred} people were referred to the service.');
  if (has('engaged-over-3-months')) sentences.push('{engaged-over-3-months} of the people referred stayed engaged for more than three months.');
  if (has('sessions-total')) sentences.push('Between them, the people referred attended {sessions-total} sessions.');
  return sentences;
}
