import { slugify } from '../text/slug.ts';
import { datasetSource } from '../manifest/datasetSource.ts';
import { aggregateArithmetic } from './aggregateArithmetic.ts';
import type { Manifest } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import type { AssessmentRow, Datasets } from './datasetRows.ts';
import type { HeaderNames } from './headerNames.ts';
import { checkProvenInputs } from './checkProvenInputs.ts';
import { checkJusticeDataLab } from './checkJusticeDataLab.ts';

/**
 * Checks that need more than one cell: duplicate ids, unknown clients in child datasets, scores
 * outside the declared scale, dates out of order. Ids are never quoted, only the rows.
 */
export function checkDatasets(
  folder: string,
  manifest: Manifest,
  datasets: Datasets,
  header: HeaderNames,
  writtenClientIds: ReadonlySet<string> | undefined,
  unreadableClientRows: ReadonlyMap<string, number> = new Map(),
  idlessClientRows: readonly number[] = [],
): Problem[] {
  const problems: Problem[] = [];
  const config = manifest.datasets;
  const fileOf = (dataset: { readonly file: string; readonly sheet?: string | undefined } | undefined) => datasetSource(folder, dataset);
  const clientIds = new Map<string, number>();

  if (datasets.clients && config.clients) {
    const file = fileOf(config.clients);
    const column = header.clients;
    for (const client of datasets.clients) {
      const earlier = clientIds.get(client.clientId);
      if (earlier !== undefined) {
        problems.push(problem('duplicate-client-id', { file, row: client.row, column: column('client_id') }, { earlier }));
      } else {
        clientIds.set(client.clientId, client.row);
      }
      if (client.startDate && client.endDate && client.endDate < client.startDate) {
        problems.push(problem('end-before-start', { file, row: client.row, column: column('end_date') }, { startColumn: column('start_date') }));
      }
      if (client.endDate && client.endDate > manifest.as_of) {
        problems.push(problem('end-after-as-of', { file, row: client.row, column: column('end_date') }, { asOf: manifest.as_of }));
      }
      for (const [attribute, value] of Object.entries(client.attributes)) {
        if (value !== null && slugify(value) === '') {
          problems.push(problem('attribute-without-letters', { file, row: client.row, column: config.clients.attributes[attribute] ?? attribute }));
        }
      }
      if (client.startDate && client.startDate > manifest.as_of) {
        problems.push(problem('start-after-as-of', { file, row: client.row, column: column('start_date') }, { asOf: manifest.as_of }));
      }
      if (client.age !== null && (client.age < 10 || client.age > 110)) {
        problems.push(problem('age-out-of-range', { file, row: client.row, column: column('age') }, { side: client.age < 10 ? 'below' : 'above' }));
      }
    }
  }

  const referringRows = new Map<number, { rows: number; files: Set<string> }>();
  let unknownWhileIdless: { rows: number; files: Set<string> } | undefined;
  const childKinds = ['contacts', 'assessments', 'outcomes', 'offences', 'feedback'] as const;
  for (const kind of childKinds) {
    const rows = datasets[kind];
    const kindConfig = config[kind];
    if (!rows || !kindConfig) continue;
    const file = fileOf(kindConfig);
    if (!config.clients) {
      if (kind !== 'feedback') {
        problems.push(problem('dataset-needs-clients', { file: `${folder}/evaluation.yaml`, column: `datasets.${kind}` }, { kind }));
      }
      continue;
    }
    if (!writtenClientIds) continue;
    for (const row of rows) {
      if (row.clientId === null || writtenClientIds.has(row.clientId)) continue;
      const clientsRow = unreadableClientRows.get(row.clientId);
      const idless = idlessClientRows[0];
      if (clientsRow === undefined && idless !== undefined) {
        const referring = unknownWhileIdless ?? { rows: 0, files: new Set<string>() };
        unknownWhileIdless = { rows: referring.rows + 1, files: referring.files.add(file) };
      } else if (clientsRow === undefined) {
        problems.push(
          problem(
            'unknown-client-id',
            { file, row: row.row, column: header[kind]('client_id') },
            { clientsFile: config.clients.sheet === undefined ? config.clients.file : `${config.clients.file} (sheet ${config.clients.sheet})` },
          ),
        );
      } else {
        const referring = referringRows.get(clientsRow) ?? { rows: 0, files: new Set<string>() };
        referringRows.set(clientsRow, { rows: referring.rows + 1, files: referring.files.add(file) });
      }
    }
  }
  // One problem per unreadable clients row, however many rows elsewhere name a client written in it.
  for (const [row, { rows, files }] of [...referringRows].sort(([a], [b]) => a - b)) {
    problems.push(problem('clients-row-unreadable-referred-to', { file: fileOf(config.clients), row }, { rows, files: [...files].sort() }));
  }

  // Ids the clients file lacks while one of its rows has no readable id: one problem at that row.
  if (unknownWhileIdless && idlessClientRows[0] !== undefined) {
    problems.push(
      problem('clients-row-without-id-referred-to', { file: fileOf(config.clients), row: idlessClientRows[0] }, { rows: unknownWhileIdless.rows, files: [...unknownWhileIdless.files].sort() }),
    );
  }

  // Domains and questions become parts of indicator ids: two spellings of one id would publish
  // two figures under the same id, and a name with no letters would give no id at all.
  const spellings: ReadonlyArray<readonly [string, string, ReadonlyArray<{ readonly row: number; readonly name: string }>]> = [
    ...(datasets.assessments && config.assessments
      ? [[fileOf(config.assessments), header.assessments('domain'), datasets.assessments.map(({ row, domain }) => ({ row, name: domain }))] as const]
      : []),
    ...(datasets.outcomes && config.outcomes ? [[fileOf(config.outcomes), header.outcomes('domain'), datasets.outcomes.map(({ row, domain }) => ({ row, name: domain }))] as const] : []),
    ...(datasets.feedback && config.feedback ? [[fileOf(config.feedback), header.feedback('question'), datasets.feedback.map(({ row, question }) => ({ row, name: question }))] as const] : []),
  ];
  for (const [file, column, names] of spellings) problems.push(...checkSpellings(file, column, names));

  if (datasets.assessments && config.assessments) {
    const file = fileOf(config.assessments);
    const column = header.assessments;
    const scale = manifest.scales[config.assessments.scale];
    if (!scale) {
      problems.push(problem('unknown-scale', { file: `${folder}/evaluation.yaml`, column: 'datasets.assessments.scale' }, { scale: config.assessments.scale, declared: Object.keys(manifest.scales) }));
    }
    if (scale?.domains)
      problems.push(...checkDeclaredDomains(datasets.assessments, scale.domains, { file, column: column('domain'), scale: config.assessments.scale, manifestFile: `${folder}/evaluation.yaml` }));
    // Domain → review → client → row: the file's own strings as keys, no key made per row.
    const seen = new Map<string, Map<number, Map<string, number>>>();
    for (const assessment of datasets.assessments) {
      if (scale && (assessment.score < scale.min || assessment.score > scale.max)) {
        problems.push(
          problem(
            'score-out-of-range',
            { file, row: assessment.row, column: column('score') },
            { side: assessment.score < scale.min ? 'below' : 'above', min: scale.min, max: scale.max, scale: config.assessments.scale },
          ),
        );
      }
      if (assessment.review < 1) {
        problems.push(problem('review-below-one', { file, row: assessment.row, column: column('review') }));
      }
      let reviews = seen.get(assessment.domain);
      if (reviews === undefined) {
        reviews = new Map();
        seen.set(assessment.domain, reviews);
      }
      let clients = reviews.get(assessment.review);
      if (clients === undefined) {
        clients = new Map();
        reviews.set(assessment.review, clients);
      }
      const earlier = clients.get(assessment.clientId);
      if (earlier !== undefined) {
        problems.push(problem('duplicate-assessment', { file, row: assessment.row, column: column('domain') }, { earlier }));
      } else {
        clients.set(assessment.clientId, assessment.row);
      }
    }
  }

  if (datasets.outcomes && config.outcomes) {
    const file = fileOf(config.outcomes);
    const seen = new Map<string, number>();
    for (const outcome of datasets.outcomes) {
      const key = JSON.stringify([outcome.clientId, outcome.domain]);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problems.push(problem('duplicate-outcome', { file, row: outcome.row, column: header.outcomes('domain') }, { earlier }));
      } else {
        seen.set(key, outcome.row);
      }
    }
  }

  if (datasets.offences && config.offences) {
    const file = fileOf(config.offences);
    const column = header.offences;
    const { kinds, gravity } = config.offences;
    for (const offence of datasets.offences) {
      if (offence.date === null && offence.daysFromStart === null) {
        problems.push(problem('offence-without-date', { file, row: offence.row, column: column('date') }, { daysColumn: column('days_from_start') }));
      }
      if (kinds && (offence.kind === null || !kinds.includes(offence.kind))) {
        problems.push(problem(offence.kind === null ? 'offence-kind-blank' : 'offence-kind-undeclared', { file, row: offence.row, column: column('kind') }, { kinds }));
      }
      if (gravity && offence.gravity !== null && (offence.gravity < gravity.min || offence.gravity > gravity.max)) {
        problems.push(
          problem('gravity-out-of-range', { file, row: offence.row, column: column('gravity') }, { side: offence.gravity < gravity.min ? 'below' : 'above', min: gravity.min, max: gravity.max }),
        );
      }
    }
  }

  if (datasets.feedback && config.feedback) {
    const file = fileOf(config.feedback);
    const { responses } = config.feedback;
    for (const answer of datasets.feedback) {
      if (!responses.includes(answer.response)) {
        problems.push(problem('response-not-on-scale', { file, row: answer.row, column: header.feedback('response') }, { responses }));
      }
    }
  }

  if (datasets.indicators && config.indicators) {
    const file = fileOf(config.indicators);
    const column = header.indicators;
    for (const figure of datasets.indicators) {
      if (figure.group !== null && slugify(figure.group) === '') {
        problems.push(problem('group-without-letters', { file, row: figure.row, column: column('group') }));
      }
      const arithmetic = aggregateArithmetic(figure, { file, row: figure.row, column: column('value') });
      if (arithmetic) problems.push(arithmetic);
      if (figure.value === null && (figure.numerator === null || figure.denominator === null) && !(figure.unit === 'count' && figure.numerator !== null)) {
        problems.push(problem('no-value', { file, row: figure.row, column: column('value') }));
      }
      if (figure.numerator !== null && figure.denominator !== null && (figure.numerator > figure.denominator || figure.denominator <= 0)) {
        problems.push(problem('numerator-above-denominator', { file, row: figure.row, column: column('numerator') }, { zero: figure.denominator <= 0 }));
      }
      if (figure.unit === 'percent' && figure.value !== null && (figure.value < 0 || figure.value > 100)) {
        problems.push(problem('percentage-out-of-range', { file, row: figure.row, column: column('value') }, { side: figure.value < 0 ? 'below' : 'above' }));
      }
    }
  }
  problems.push(...checkProvenInputs(folder, manifest, datasets, header));
  if (datasets.justice_data_lab && config.justice_data_lab) problems.push(...checkJusticeDataLab(datasets.justice_data_lab, fileOf(config.justice_data_lab), header.justice_data_lab));
  return problems;
}

function checkSpellings(file: string, column: string, names: ReadonlyArray<{ readonly row: number; readonly name: string }>): Problem[] {
  const first = new Map<string, { row: number; name: string }>();
  const problems: Problem[] = [];
  for (const { row, name } of names) {
    const id = slugify(name);
    if (id === '') {
      problems.push(problem('name-without-letters', { file, row, column }));
      continue;
    }
    const earlier = first.get(id);
    if (!earlier) first.set(id, { row, name });
    else if (earlier.name !== name) {
      problems.push(problem('spelling-differs', { file, row, column }, { earlier: earlier.row }));
    }
  }
  return problems;
}

/**
 * A scale's declared domains against the assessments: a domain scored but not declared is reported
 * at its first row (with how many rows have it), never by its name, which is the file's; a declared
 * domain no row scores is reported at the manifest, by the name the manifest gives it. Names match
 * as their indicator ids do (capitals, spaces and punctuation aside).
 */
function checkDeclaredDomains(
  assessments: readonly AssessmentRow[],
  declared: readonly string[],
  where: { readonly file: string; readonly column: string; readonly scale: string; readonly manifestFile: string },
): Problem[] {
  const declaredIds = new Set(declared.map(slugify));
  const undeclared = new Map<string, { first: number; rows: number }>();
  const scored = new Set<string>();
  for (const assessment of assessments) {
    const id = slugify(assessment.domain);
    scored.add(id);
    if (declaredIds.has(id)) continue;
    const known = undeclared.get(id);
    undeclared.set(id, known ? { first: known.first, rows: known.rows + 1 } : { first: assessment.row, rows: 1 });
  }
  const fileName = where.file.split('/').at(-1) ?? where.file;
  return [
    ...[...undeclared.values()].map(({ first, rows }) => problem('domain-not-declared', { file: where.file, row: first, column: where.column }, { rows, scale: where.scale, declared })),
    ...declared
      .filter((domain) => !scored.has(slugify(domain)))
      .map((domain) => problem('declared-domain-not-assessed', { file: where.manifestFile, column: `scales.${where.scale}.domains` }, { domain, file: fileName })),
  ];
}
