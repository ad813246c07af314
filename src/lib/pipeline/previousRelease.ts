import { z } from 'zod';
import type { PreviousRelease } from '../disclosure/releaseDifferencing.ts';
import { parseIndicatorId } from '../figures/indicatorId.ts';
import { scanFields } from '../identifierScan/scanAuthorText.ts';
import { problem, type Problem } from '../problems/problem.ts';

/** The published text of a protected figure, as disclosure control words it: nothing else may stand in for a value. */
const PROTECTED_TEXT = /^(?:fewer than \d+|not shown|merged|(?:over|under) \d+%|\d+% or (?:more|less))$/;
const Count = z.number().int().min(0);

const PreviousFigureSchema = z
  .object({
    // Only an indicator id's shape may reach a page (a removed figure is listed by id).
    id: z.string().refine((id) => parseIndicatorId(id) !== undefined, 'an indicator id, such as engaged or engaged[area=north]'),
    unit: z.string().min(1),
    label: z.string(),
    value: z.number().nullable(),
    display: z.string(),
    numerator: Count.nullable(),
    denominator: Count.nullable(),
    disclosure: z.object({ treatment: z.enum(['suppressed', 'bounded', 'withheld', 'collapsed']) }).nullable(),
    // Under a rounding preset, the note that the figure's counts were rounded (null: shown as they are); a file from before rounding has none.
    rounded: z.string().nullable().optional(),
  })
  .refine((figure) => figure.disclosure === null || PROTECTED_TEXT.test(figure.display), {
    error: 'the text disclosure control shows for a protected figure ("fewer than 5", "not shown", "over 95%"…)',
    path: ['display'],
  })
  .refine((figure) => figure.disclosure !== null || figure.value !== null, { error: 'a number: the figure was not protected', path: ['value'] });

/** The parts of a published figures.json that a later release reads; anything else in it is left alone. */
const PreviousFileSchema = z.object({
  disclosure_threshold: z.number().int().min(1),
  // The base shown counts were rounded to (1: not rounded); a file from before rounding has none.
  disclosure_rounding: z.number().int().min(1).optional(),
  figures: z.array(PreviousFigureSchema),
});

export interface PreviousReleaseFile extends PreviousRelease {
  /** Each figure's label as that release published it, by id. */
  readonly labels: ReadonlyMap<string, string>;
}

/**
 * Reads the previous release's published `figures.json` (kept in the project, docs/releases.md).
 * Its problems name the file and the field (`figures[3].display`), never what the field holds:
 * JSON that cannot be read is named as such, without the parser's message, which quotes the text.
 */
export function parsePreviousRelease(file: string, text: string, version: string): { release?: PreviousReleaseFile; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problems: [problem('release-previous-invalid', { file }, { expected: 'the figures.json of a release built by evalsite: this is not JSON' })] };
  }
  const parsed = PreviousFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) =>
        problem(
          'release-previous-invalid',
          { file, column: issue.path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('') },
          {
            expected:
              issue.code === 'custom'
                ? issue.message
                : issue.code === 'invalid_type'
                  ? `${issue.expected} here, as a figures.json built by evalsite has`
                  : 'what a figures.json built by evalsite holds here',
          },
        ),
      ),
    };
  }
  const { disclosure_threshold: threshold, disclosure_rounding: rounding = 1, figures } = parsed.data;
  // The file is the author's: its ids and labels reach the methodology page and figures.json ("figures version 1
  // published that this one does not"), so they are scanned like everything else an author writes.
  const identifying = scanFields(
    file,
    figures.flatMap((figure, index) => [
      { column: `figures[${index}].id`, text: figure.id },
      { column: `figures[${index}].label`, text: figure.label },
    ]),
  );
  if (identifying.length > 0) return { problems: identifying };
  return {
    release: {
      version,
      threshold,
      rounding,
      figures: figures.map((figure) => ({
        id: figure.id,
        unit: figure.unit,
        value: figure.value,
        numerator: figure.numerator,
        denominator: figure.denominator,
        display: figure.display,
        treatment: figure.disclosure?.treatment ?? null,
        rounded: rounding > 1 && typeof figure.rounded === 'string',
      })),
      labels: new Map(figures.map((figure) => [figure.id, figure.label])),
    },
    problems: [],
  };
}
