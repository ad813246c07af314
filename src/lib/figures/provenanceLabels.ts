import type { Provenance } from '../manifest/manifestSchema.ts';

/** How each provenance is named to readers, beside a figure or a dataset. */
export const PROVENANCE_LABELS: Readonly<Record<Provenance, string>> = {
  real: 'Published figure',
  'synthetic-reconstruction': 'Synthetic reconstruction of published figures',
  illustrative: 'Illustrative data',
};
