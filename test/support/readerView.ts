import { publicFigure } from '../../src/lib/pipeline/publicFigure.ts';
import type { PublicFigure, PublishedFigure } from '../../src/lib/index.ts';
import type { DisclosureRules } from '../../src/lib/disclosure/disclosureRules.ts';
import { auditDisclosure, type CellExposure } from '../../src/lib/disclosure/disclosureAudit.ts';
import { figureCells } from '../../src/lib/disclosure/figureCells.ts';
import { figureRelations, shareComplements } from '../../src/lib/disclosure/figureRelations.ts';

interface Known {
  min: number;
  max: number;
}

/**
 * What a reader learns from the published figures alone, rebuilt from what the data step hands the
 * pages (the figures' values where shown, and otherwise the text readers see), not from disclosure
 * control's own bookkeeping: an exact count, or a range.
 */
export function readerView(figures: readonly PublicFigure[], threshold: number, unpublished: readonly string[] = []): Map<string, Known> {
  // A reader has no upper bound for a hidden count beyond what the sums give: a loose one (far above
  // every count shown) keeps the solver's ranges finite without telling it anything.
  const largest = 100 * Math.max(2 * threshold, ...figures.map((figure) => figure.denominator ?? (figure.unit === 'count' ? (figure.value ?? 0) : 0)));
  const known = new Map<string, Known>();
  const withheldShares: Array<{ numerator: string | null; denominator: string | null }> = [];
  // Counts no figure publishes, which sums tie to others: a reader knows nothing of them alone.
  for (const key of unpublished) known.set(key, { min: 0, max: largest });
  // Nor of the people a share leaves out of its base, beyond that there are none or more.
  for (const { complement } of shareComplements(figures)) known.set(complement, { min: 0, max: largest });
  const learn = (key: string | null, range: Known) => {
    if (key === null) return;
    const before = known.get(key) ?? { min: 0, max: largest };
    known.set(key, { min: Math.max(before.min, range.min), max: Math.min(before.max, range.max) });
  };
  for (const figure of figures) {
    const { numerator, denominator } = figureCells(figure);
    // Every count a figure stands on is a cell, known or not.
    learn(numerator, { min: 0, max: largest });
    learn(denominator, { min: 0, max: largest });
    const disclosure = figure.disclosure;
    if (!disclosure) {
      const count = figure.unit === 'count' ? figure.value : (figure.numerator ?? figure.value);
      if (count !== null) learn(numerator, exact(count));
      if (figure.denominator !== null) learn(denominator, exact(figure.denominator));
      continue;
    }
    // A protected figure reaches the pages without its value: only its base, where shown, and its text.
    if (disclosure.baseShown && figure.denominator !== null) learn(denominator, exact(figure.denominator));
    if (disclosure.treatment === 'suppressed') learn(numerator, { min: 0, max: threshold - 1 });
    if (disclosure.treatment === 'bounded' && figure.denominator !== null) learn(numerator, fromBound(figure.text.value, figure.denominator));
    // "Not shown" is read as docs/privacy.md explains it: a small count would read "fewer than N".
    if (disclosure.treatment !== 'withheld') continue;
    if (disclosure.reason.startsWith('Not shown: it describes fewer than')) learn(denominator, { min: 0, max: threshold - 1 });
    else if (figure.unit !== 'percent') learn(numerator, { min: threshold, max: largest });
    else withheldShares.push({ numerator, denominator });
  }
  // A share not shown over a base the reader knows exactly has N or more on either side.
  for (const { numerator, denominator } of withheldShares) {
    const base = denominator === null ? undefined : known.get(denominator);
    if (base && base.min === base.max) learn(numerator, { min: threshold, max: base.max - threshold });
  }
  return known;
}

const exact = (value: number): Known => ({ min: value, max: value });

/** "over 95%" of 84 → [80, 84]; "50% or more" of 8 → [4, 8]; "under 5%" of 84 → [0, 4]; "20% or less" of 20 → [0, 4]. */
function fromBound(shown: string, base: number): Known {
  const over = /^over (\d+)%$/.exec(shown);
  if (over) return { min: Math.floor((Number(over[1]) * base) / 100) + 1, max: base };
  const atLeast = /^(\d+)% or more$/.exec(shown);
  if (atLeast) return { min: Math.ceil((Number(atLeast[1]) * base) / 100), max: base };
  const under = /^under (\d+)%$/.exec(shown);
  if (under) return { min: 0, max: Math.ceil((Number(under[1]) * base) / 100) - 1 };
  const atMost = /^(\d+)% or less$/.exec(shown);
  if (atMost) return { min: 0, max: Math.floor((Number(atMost[1]) * base) / 100) };
  throw new Error(`unknown bound: ${shown}`);
}

/** Audits what a reader learns from the figures, as the data step would publish them: every hidden count's feasible range. */
export function auditReaderView(
  figures: readonly PublishedFigure[],
  threshold: number,
  rules: Pick<DisclosureRules, 'sums' | 'partitions'> & { readonly unpublished?: DisclosureRules['unpublished'] },
): CellExposure[] {
  const published = figures.map((figure) => publicFigure(figure, []));
  const unpublished = [...(rules.unpublished?.keys() ?? [])];
  const view = readerView(published, threshold, unpublished);
  const cells = [...view].map(([id, { min, max }]) => ({ id, published: min === max ? { kind: 'exact' as const, value: min } : { kind: 'range' as const, min, max } }));
  const relations = figureRelations(published, rules, unpublished).map(({ parts, total }) => ({ terms: parts.map((cell) => ({ cell, coefficient: 1 })), equals: { cell: total } }));
  return auditDisclosure({ cells, relations });
}

/**
 * The exposures that give a secret away: a count the pages hide that is pinned to one value, or a
 * count no figure shows (an unpublished base, a share's complement) pinned to a value under the
 * threshold. A large count no figure shows may be worked out: it is no secret.
 */
export function pinnedSecrets(exposures: readonly CellExposure[], threshold: number, unpublished: readonly string[] = []): CellExposure[] {
  const latent = (id: string) => id.startsWith('~') || unpublished.includes(id);
  return exposures.filter((exposure) => exposure.min === exposure.max && (!latent(exposure.id) || exposure.min < threshold));
}
