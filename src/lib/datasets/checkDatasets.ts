import { slugify } from '../figures/indicatorId.ts';
import { aggregateArithmetic } from './aggregateArithmetic.ts';
import type { Manifest } from '../manifest/manifestSchema.ts';
import type { Problem } from '../problems/problem.ts';
import type { Datasets } from './datasetRows.ts';
import type { HeaderNames } from './loadDatasets.ts';

/**
 * Checks that need more than one cell: duplicate ids, unknown clients in child datasets, scores
 * outside the declared scale, dates out of order. Ids are never quoted, only the rows.
 */
export function checkDatasets(folder: string, manifest: Manifest, datasets: Datasets, header: HeaderNames, writtenClientIds: ReadonlySet<string> | undefined): Problem[] {
  const problems: Problem[] = [];
  const config = manifest.datasets;
  const fileOf = (file: string | undefined) => `${folder}/${file ?? ''}`;
  const clientIds = new Map<string, number>();

  if (datasets.clients && config.clients) {
    const file = fileOf(config.clients.file);
    const column = header.clients;
    for (const client of datasets.clients) {
      const earlier = clientIds.get(client.clientId);
      if (earlier !== undefined) {
        problems.push({ file, row: client.row, column: column('client_id'), found: `a client id already used on row ${earlier}`, expected: 'one row per client, each with its own id' });
      } else {
        clientIds.set(client.clientId, client.row);
      }
      if (client.startDate && client.endDate && client.endDate < client.startDate) {
        problems.push({ file, row: client.row, column: column('end_date'), found: 'an end date before the start date', expected: `an end date on or after the start date (${column('start_date')})` });
      }
      if (client.endDate && client.endDate > manifest.as_of) {
        problems.push({ file, row: client.row, column: column('end_date'), found: 'an end date after the data as-of date', expected: `an end date on or before as_of (${manifest.as_of}); leave it blank while engagement goes on` });
      }
      for (const [attribute, value] of Object.entries(client.attributes)) {
        if (value !== null && slugify(value) === '') {
          problems.push({ file, row: client.row, column: config.clients.attributes[attribute] ?? attribute, found: 'a value with no letters a–z or digits', expected: 'a value with at least one letter a–z or digit, from which its id is made (leave the cell blank when not recorded)' });
        }
      }
      if (client.startDate && client.startDate > manifest.as_of) {
        problems.push({ file, row: client.row, column: column('start_date'), found: 'a start date after the data as-of date', expected: `a start date on or before as_of (${manifest.as_of})` });
      }
      if (client.age !== null && (client.age < 10 || client.age > 110)) {
        problems.push({ file, row: client.row, column: column('age'), found: `age ${client.age}`, expected: 'an age in whole years from 10 to 110' });
      }
    }
  }

  const childKinds = ['contacts', 'assessments', 'outcomes', 'offences', 'feedback'] as const;
  for (const kind of childKinds) {
    const rows = datasets[kind];
    const kindConfig = config[kind];
    if (!rows || !kindConfig) continue;
    const file = fileOf(kindConfig.file);
    if (!config.clients) {
      if (kind !== 'feedback') {
        problems.push({ file: `${folder}/evaluation.yaml`, column: `datasets.${kind}`, found: `datasets.${kind} but no datasets.clients`, expected: 'a clients dataset (datasets.clients) listing every client the other datasets refer to' });
      }
      continue;
    }
    if (!writtenClientIds) continue;
    for (const row of rows) {
      if (row.clientId !== null && !writtenClientIds.has(row.clientId)) {
        problems.push({ file, row: row.row, column: header[kind]('client_id'), found: 'a client id that is not in the clients dataset', expected: `every client id to appear in ${config.clients?.file ?? 'the clients dataset'}` });
      }
    }
  }

  // Domains and questions become parts of indicator ids: two spellings of one id would publish
  // two figures under the same id, and a name with no letters would give no id at all.
  const spellings: ReadonlyArray<readonly [string, string, ReadonlyArray<{ readonly row: number; readonly name: string }>]> = [
    ...(datasets.assessments && config.assessments ? [[fileOf(config.assessments.file), header.assessments('domain'), datasets.assessments.map(({ row, domain }) => ({ row, name: domain }))] as const] : []),
    ...(datasets.outcomes && config.outcomes ? [[fileOf(config.outcomes.file), header.outcomes('domain'), datasets.outcomes.map(({ row, domain }) => ({ row, name: domain }))] as const] : []),
    ...(datasets.feedback && config.feedback ? [[fileOf(config.feedback.file), header.feedback('question'), datasets.feedback.map(({ row, question }) => ({ row, name: question }))] as const] : []),
  ];
  for (const [file, column, names] of spellings) problems.push(...checkSpellings(file, column, names));

  if (datasets.assessments && config.assessments) {
    const file = fileOf(config.assessments.file);
    const column = header.assessments;
    const scale = manifest.scales[config.assessments.scale];
    if (!scale) {
      problems.push({ file: `${folder}/evaluation.yaml`, column: 'datasets.assessments.scale', found: `no scale "${config.assessments.scale}" in scales`, expected: `one of the scales declared under scales: ${Object.keys(manifest.scales).join(', ') || '(none declared)'}` });
    }
    const seen = new Map<string, number>();
    for (const assessment of datasets.assessments) {
      if (scale && (assessment.score < scale.min || assessment.score > scale.max)) {
        problems.push({ file, row: assessment.row, column: column('score'), found: `score ${assessment.score}`, expected: `a score from ${scale.min} to ${scale.max} (scale ${config.assessments.scale})` });
      }
      if (assessment.review < 1) {
        problems.push({ file, row: assessment.row, column: column('review'), found: `review ${assessment.review}`, expected: 'a review number from 1 (the first assessment) upwards' });
      }
      const key = JSON.stringify([assessment.clientId, assessment.review, assessment.domain]);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problems.push({ file, row: assessment.row, column: column('domain'), found: `a second score for the same client, review and domain (first on row ${earlier})`, expected: 'one row per client, review and domain' });
      } else {
        seen.set(key, assessment.row);
      }
    }
  }

  if (datasets.outcomes && config.outcomes) {
    const file = fileOf(config.outcomes.file);
    const seen = new Map<string, number>();
    for (const outcome of datasets.outcomes) {
      const key = JSON.stringify([outcome.clientId, outcome.domain]);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problems.push({ file, row: outcome.row, column: header.outcomes('domain'), found: `a second status for the same client and domain (first on row ${earlier})`, expected: 'one row per client and domain' });
      } else {
        seen.set(key, outcome.row);
      }
    }
  }

  if (datasets.offences && config.offences) {
    const file = fileOf(config.offences.file);
    const column = header.offences;
    const { kinds, gravity } = config.offences;
    for (const offence of datasets.offences) {
      if (offence.date === null && offence.daysFromStart === null) {
        problems.push({ file, row: offence.row, column: column('date'), found: 'neither a date nor days from start', expected: `the offence date, or its days from the client's start in ${column('days_from_start')}` });
      }
      if (kinds && (offence.kind === null || !kinds.includes(offence.kind))) {
        problems.push({ file, row: offence.row, column: column('kind'), found: offence.kind === null ? 'a blank kind' : 'a kind not declared in datasets.offences.kinds', expected: `one of ${kinds.join(', ')}` });
      }
      if (gravity && offence.gravity !== null && (offence.gravity < gravity.min || offence.gravity > gravity.max)) {
        problems.push({ file, row: offence.row, column: column('gravity'), found: `gravity ${offence.gravity}`, expected: `a gravity from ${gravity.min} to ${gravity.max}` });
      }
    }
  }

  if (datasets.feedback && config.feedback) {
    const file = fileOf(config.feedback.file);
    const { responses } = config.feedback;
    for (const answer of datasets.feedback) {
      if (!responses.includes(answer.response)) {
        problems.push({ file, row: answer.row, column: header.feedback('response'), found: 'a response not on the declared scale', expected: `one of ${responses.map((response) => `"${response}"`).join(', ')} (datasets.feedback.responses)` });
      }
    }
  }

  if (datasets.indicators && config.indicators) {
    const file = fileOf(config.indicators.file);
    const column = header.indicators;
    for (const figure of datasets.indicators) {
      if (figure.group !== null && slugify(figure.group) === '') {
        problems.push({ file, row: figure.row, column: column('group'), found: 'a group with no letters a–z or digits', expected: 'a group name with at least one letter a–z or digit, from which its id is made' });
      }
      const arithmetic = aggregateArithmetic(figure);
      if (arithmetic) problems.push({ file, row: figure.row, column: column('value'), ...arithmetic });
      if (figure.value === null && (figure.numerator === null || figure.denominator === null) && !(figure.unit === 'count' && figure.numerator !== null)) {
        problems.push({ file, row: figure.row, column: column('value'), found: 'no value and no numerator with denominator', expected: 'a value, or a numerator and a denominator (a count needs only a numerator)' });
      }
      if (figure.numerator !== null && figure.denominator !== null && (figure.numerator > figure.denominator || figure.denominator <= 0)) {
        problems.push({ file, row: figure.row, column: column('numerator'), found: `${figure.numerator} out of ${figure.denominator}`, expected: 'a numerator no larger than a positive denominator' });
      }
      if (figure.unit === 'percent' && figure.value !== null && (figure.value < 0 || figure.value > 100)) {
        problems.push({ file, row: figure.row, column: column('value'), found: `${figure.value}%`, expected: 'a percentage from 0 to 100' });
      }
    }
  }
  return problems;
}

function checkSpellings(file: string, column: string, names: ReadonlyArray<{ readonly row: number; readonly name: string }>): Problem[] {
  const first = new Map<string, { row: number; name: string }>();
  const problems: Problem[] = [];
  for (const { row, name } of names) {
    const id = slugify(name);
    if (id === '') {
      problems.push({ file, row, column, found: 'a name with no letters a–z or digits', expected: 'a name with at least one letter a–z or digit, from which its id is made' });
      continue;
    }
    const earlier = first.get(id);
    if (!earlier) first.set(id, { row, name });
    else if (earlier.name !== name) {
      problems.push({ file, row, column, found: `a spelling that differs from row ${earlier.row} but makes the same id "${id}"`, expected: 'one spelling of each name throughout the file' });
    }
  }
  return problems;
}
