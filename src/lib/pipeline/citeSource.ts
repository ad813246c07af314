import type { Manifest } from '../manifest/manifestSchema.ts';

/** A published source as a reader sees it cited: "Title, Publisher (2014)", each part only where given. */
export function citeSource(source: Manifest['sources'][number]): string {
  return `${source.title}${source.publisher ? `, ${source.publisher}` : ''}${source.year ? ` (${source.year})` : ''}`;
}
