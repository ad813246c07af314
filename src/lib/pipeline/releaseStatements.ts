import type { Release } from '../manifest/manifestSchema.ts';
import { problem, type Problem } from '../problems/problem.ts';

/** The release's notes for the methodology page: each a list of paragraphs, null where not published. */
export interface ReleaseStatements {
  readonly revisions: readonly string[];
  readonly confidentiality: readonly string[];
  /** The author's completed statement of voluntary application of the Code of Practice, or null. */
  readonly codeOfPractice: readonly string[] | null;
}

/** A placeholder of the template in docs/releases.md: `[organisation]`, `[how you …]`. */
const PLACEHOLDER = /\[[^\]\n]*\]/g;

/**
 * The revisions-and-corrections note and the confidentiality statement, worked out from the
 * manifest (the Code of Practice for Statistics, edition 3.0, asks publishers to publish both:
 * its standards "Be transparent" and "Manage data responsibly"), and the author's statement of
 * voluntary application of the Code. That statement is the author's to make: a statement with a
 * template placeholder left in it is an error, so a half-completed claim is never published.
 */
export function releaseStatements(
  release: Release,
  { version, published, threshold, organisation }: { readonly version: string; readonly published: string; readonly threshold: number; readonly organisation: string },
  manifestFile: string,
): { statements: ReleaseStatements; problems: Problem[] } {
  const previous = release.previous;
  const revisions = [
    previous === undefined
      ? `This is version ${version} of this evaluation, published on ${published}. It is the first release.`
      : `This is version ${version} of this evaluation, published on ${published}. It replaces version ${previous.version}: every figure whose published value changed is listed below with its previous value and the reason, and figures added or removed are listed too.`,
    'Figures are revised only in a new release, never silently: when an error is found after publication, a corrected release is published, and the figures it corrects are listed here with their previous values and the reason.',
    ...(release.revisions_policy === undefined ? [] : [release.revisions_policy]),
  ];
  const confidentiality = [
    `${organisation} publishes only counts and figures about groups of people, never a record about a person. Every count of fewer than ${threshold} people is withheld or shown as a range, and an audit checks that no hidden count can be worked out from the figures that are shown${previous === undefined ? '' : `, together with those of version ${previous.version}`}. Client identifiers are never published. The methodology page describes the rules.`,
    ...(release.confidentiality === undefined ? [] : [release.confidentiality]),
  ];
  const problems: Problem[] = [];
  let codeOfPractice: string[] | null = null;
  if (release.code_of_practice !== undefined) {
    const left = release.code_of_practice.match(PLACEHOLDER) ?? [];
    if (left.length > 0) problems.push(problem('release-statement-incomplete', { file: manifestFile, column: 'release.code_of_practice' }, { placeholders: left }));
    else
      codeOfPractice = release.code_of_practice
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
        .filter((paragraph) => paragraph !== '');
  }
  return { statements: { revisions, confidentiality, codeOfPractice }, problems };
}
