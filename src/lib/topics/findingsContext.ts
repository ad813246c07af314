import type { Datasets } from '../datasets/datasetRows.ts';
import { datasetSource } from '../manifest/datasetSource.ts';
import type { ReadText } from '../datasets/loadDatasets.ts';
import type { FigureContext } from '../figures/figureOrigin.ts';
import { slugify } from '../text/slug.ts';
import type { Breakdown } from '../figures/publishedFigure.ts';
import type { DatasetKind, Manifest } from '../manifest/manifestSchema.ts';
import { distanceTravelled, type DomainTravel } from './distanceTravelled/distanceTravelled.ts';
import { clientEngagement, type ClientEngagement } from './engagement/clientEngagement.ts';
import { NOT_RECORDED } from './engagement/engagementFigures.ts';
import { timeOffences, type TimedOffence } from './reoffending/offenceTimeline.ts';

/**
 * What every topic computes from: the evaluation's manifest and typed datasets, and what several
 * topics share, each worked out once on first use (engagement, distance travelled, timed offences).
 */
export interface FindingsContext {
  readonly folder: string;
  readonly manifestFile: string;
  readonly manifest: Manifest;
  readonly datasets: Datasets;
  /** Reads another project file, such as an author's unit-cost table. */
  readonly readText: ReadText;
  /** The client attributes declared in the manifest: the breakdowns that partition the cohort. */
  readonly attributeIds: readonly string[];
  /** Where a dataset kind's figures come from: its provenance and file. */
  readonly contextOf: (kind: DatasetKind) => FigureContext;
  /** Every client's engagement (empty without a clients dataset). */
  readonly engagements: () => readonly ClientEngagement[];
  /** A client's breakdown groups, one per attribute ("not recorded" for a blank). */
  readonly groupsOf: (clientId: string) => Breakdown[];
  /** Scores per domain and review, and change from first to latest (empty without assessments on a declared scale). */
  readonly travel: () => readonly DomainTravel[];
  /** Offences timed from each client's start (undefined without offences and clients datasets). */
  readonly offences: () => readonly TimedOffence[] | undefined;
}

export function findingsContext(folder: string, manifest: Manifest, datasets: Datasets, readText: ReadText): FindingsContext {
  const attributeIds = Object.keys(manifest.datasets.clients?.attributes ?? {});
  const engagements = once(() => (datasets.clients ? clientEngagement(datasets.clients, manifest.as_of, datasets.contacts) : []));
  const travel = once(() => {
    const scale = manifest.datasets.assessments ? manifest.scales[manifest.datasets.assessments.scale] : undefined;
    if (!datasets.assessments || !scale) return [];
    return distanceTravelled(datasets.assessments, { min: scale.min, max: scale.max, better: scale.better, ...(scale.min_change === undefined ? {} : { minimumChange: scale.min_change }) });
  });
  const offences = once(() => {
    const config = manifest.datasets.offences;
    if (!datasets.offences || !config || !datasets.clients) return undefined;
    const startOf = new Map(engagements().map((engagement) => [engagement.client.clientId, engagement.start]));
    return timeOffences(datasets.offences, (clientId) => startOf.get(clientId) ?? null, { countedKinds: config.counted_kinds ?? null });
  });
  const clients = new Map((datasets.clients ?? []).map((client) => [client.clientId, client]));
  return {
    folder,
    manifestFile: `${folder}/evaluation.yaml`,
    manifest,
    datasets,
    readText,
    attributeIds,
    contextOf: (kind) => ({ provenance: manifest.datasets[kind]?.provenance ?? manifest.provenance, source: datasetSource(folder, manifest.datasets[kind]) }),
    engagements,
    groupsOf: (clientId) => {
      const client = clients.get(clientId);
      if (!client) return [];
      return attributeIds.map((dimension) => {
        const label = client.attributes[dimension] ?? null;
        // A blank is its own group, as in the engagement figures, so groups always add up to the whole.
        return label === null ? { dimension, value: NOT_RECORDED.value, label: NOT_RECORDED.label } : { dimension, value: slugify(label), label };
      });
    },
    travel,
    offences,
  };
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}
