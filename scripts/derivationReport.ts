import { describeDerivation, evidenceLevelText, type SiteData } from '../src/lib/index.ts';

/**
 * What `check` prints after its summary: each evaluation's headline figures (the cards of its
 * summary page), with the text readers see and what each was computed from, one line apiece, so
 * an author can see at a glance that "engaged" came from their engaged column and not from a
 * rule standing in for it, and an outcome's evidence level; then the figures not measured, with why. Only published text is
 * printed: a protected figure's true value never reaches the log. Empty when there is neither.
 */
export function derivationReport(site: SiteData): string {
  const headlines = site.evaluations.flatMap((evaluation) =>
    evaluation.headline.flatMap((id) => {
      const figure = evaluation.figures.find((candidate) => candidate.id === id);
      // An outcome headline says how strong its evidence is, as its card does (docs/metrics.md#evidence-strength).
      const evidence = figure?.evidence ? `  (${evidenceLevelText(figure.evidence)})` : '';
      return figure ? [`  ${evaluation.slug}  ${id}  ${figure.text.inline}  ${describeDerivation(figure.derivation, figure.source)}${evidence}`] : [];
    }),
  );
  // Figures left out for the same reason (the nine dosage figures without a sessions column) share a line.
  const unmeasured = site.evaluations.flatMap((evaluation) => {
    const idsByReason = new Map<string, string[]>();
    for (const record of evaluation.notMeasured) idsByReason.set(record.reason, [...(idsByReason.get(record.reason) ?? []), record.id]);
    return [...idsByReason].map(([reason, ids]) => `  ${evaluation.slug}  ${ids.join(', ')}  ${reason}`);
  });
  return [
    headlines.length > 0 ? `\nHeadline figures, and what each was computed from:\n${headlines.join('\n')}\n` : '',
    unmeasured.length > 0 ? `\nNot measured (the methodology page says so):\n${unmeasured.join('\n')}\n` : '',
  ].join('');
}
