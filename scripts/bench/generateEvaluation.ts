/**
 * A deterministic generator of one evaluation's datasets in the documented formats
 * (docs/datasets.md): clients, assessments and offences, and optionally contacts, at any number
 * of client rows, with a manifest they are valid against. The benchmark (`npm run bench`) and the
 * data step's scale tests use it; as a command it writes a project folder:
 *
 *   node scripts/bench/generateEvaluation.ts --clients 100000 --out /tmp/bench-project [--slug bench] [--contacts] [--seed 1]
 *
 * Every row is invented from a seeded generator: the same options always give the same bytes.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GenerateOptions {
  /** Client rows. */
  readonly clients: number;
  /** Seed of the generator (default 1). */
  readonly seed?: number;
  /** Also a contacts dataset, a few sessions per engaged client (which then replaces the sessions column). */
  readonly contacts?: boolean;
}

/** One dataset file: its name in the evaluation's folder and its lines, header first, made as they are read. */
export interface GeneratedFile {
  readonly name: string;
  lines(): Iterable<string>;
}

export interface GeneratedEvaluation {
  /** evaluation.yaml's text. */
  readonly manifest: string;
  readonly files: readonly GeneratedFile[];
}

const DOMAINS = ['Accommodation', 'Employment', 'Wellbeing'] as const;
const OFFENCE_TYPES = ['Theft', 'Burglary', 'Criminal damage', 'Assault', 'Drug possession'] as const;
const GENDERS = ['Female', 'Male', 'Male', 'N/A'] as const;
/** Days from 1 January 1970 of the period's ends: 2020-01-01 and 2023-12-31. */
const PERIOD_FROM = Date.UTC(2020, 0, 1) / 86_400_000;
const PERIOD_DAYS = 4 * 365;

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** DD/MM/YYYY of a day counted from 1 January 1970. */
function ukDate(day: number): string {
  const date = new Date(day * 86_400_000);
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

function clientId(index: number): string {
  return `B${String(index + 1).padStart(7, '0')}`;
}

/** What the files say about one client, drawn once so every file agrees. */
interface Client {
  readonly id: string;
  readonly referral: number;
  readonly start: number | undefined;
  readonly end: number | undefined;
  readonly sessions: number;
  readonly age: number;
  readonly gender: string;
  readonly reviews: number;
  readonly offences: number;
}

function drawClient(index: number, next: () => number): Client {
  const referral = PERIOD_FROM + Math.floor(next() * (PERIOD_DAYS - 60));
  const engaged = next() < 0.8;
  const start = engaged ? referral + 1 + Math.floor(next() * 28) : undefined;
  const ended = engaged && next() < 0.6;
  const end = start !== undefined && ended ? Math.min(PERIOD_FROM + PERIOD_DAYS, start + 30 + Math.floor(next() * 300)) : undefined;
  return {
    id: clientId(index),
    referral,
    start,
    end,
    sessions: engaged ? 1 + Math.floor(next() * 30) : 0,
    age: 18 + Math.floor(next() * 50),
    gender: GENDERS[Math.floor(next() * GENDERS.length)] ?? 'N/A',
    reviews: engaged ? (next() < 0.7 ? 2 : 1) : 0,
    offences: Math.floor(next() * 3),
  };
}

/** Every client, drawn again from the seed each time a file needs them, so no file holds them all. */
function* eachClient(count: number, seed: number): Generator<Client> {
  const next = random(seed);
  for (let index = 0; index < count; index++) yield drawClient(index, next);
}

function manifest(options: GenerateOptions): string {
  const contacts = options.contacts === true ? `  contacts:\n    file: contacts.csv\n    provenance: illustrative\n` : '';
  return `# Generated for the benchmark (scripts/bench/generateEvaluation.ts): ${options.clients} invented clients.
title: Generated evaluation (${options.clients} clients)
programme: Generated mentoring
organisation: Generated service
area: Generated area
period:
  from: 2020-01-01
  to: 2023-12-31
funder: Generated funder
authors:
  - evalsite benchmark
published: 2024-02-01
version: "1.0-bench"
citation: "evalsite benchmark: generated evaluation."
as_of: 2023-12-31
provenance: illustrative
summary: >-
  An invented service with generated rows, for measuring the data step.
datasets:
  clients:
    file: clients.csv
    provenance: illustrative
    attributes:
      gender: Gender
${contacts}  assessments:
    file: assessments.csv
    provenance: illustrative
    scale: progress-1-10
  offences:
    file: offences.csv
    provenance: illustrative
    gravity: { min: 1, max: 8 }
scales:
  progress-1-10:
    label: Progress scale
    min: 1
    max: 10
    better: higher
    min_change: 2
`;
}

/** The evaluation at `clients` client rows: its manifest and its files, whose lines are made as they are read. */
export function generateEvaluation(options: GenerateOptions): GeneratedEvaluation {
  const { clients: count, seed = 1, contacts = false } = options;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`clients must be a whole number of at least 1, not ${count}`);
  const files: GeneratedFile[] = [
    {
      name: 'clients.csv',
      *lines() {
        yield 'client_id,referral_date,start_date,end_date,engaged,sessions,contact_hours,age,Gender';
        for (const client of eachClient(count, seed)) {
          const engaged = client.start !== undefined;
          const hours = (client.sessions * 0.75).toFixed(2);
          yield [
            client.id,
            ukDate(client.referral),
            client.start === undefined ? '' : ukDate(client.start),
            client.end === undefined ? '' : ukDate(client.end),
            engaged ? 'Yes' : 'No',
            contacts ? '' : String(client.sessions),
            contacts ? '' : hours,
            String(client.age),
            client.gender,
          ].join(',');
        }
      },
    },
    {
      name: 'assessments.csv',
      *lines() {
        yield 'client_id,review,date,domain,score';
        const next = random(seed + 1);
        for (const client of eachClient(count, seed)) {
          if (client.start === undefined) continue;
          for (let review = 1; review <= client.reviews; review++) {
            const day = client.start + (review - 1) * 90;
            for (const domain of DOMAINS) yield `${client.id},${review},${ukDate(Math.min(day, PERIOD_FROM + PERIOD_DAYS))},${domain},${1 + Math.floor(next() * 10)}`;
          }
        }
      },
    },
    {
      name: 'offences.csv',
      *lines() {
        yield 'client_id,date,offence_type,gravity';
        const next = random(seed + 2);
        for (const client of eachClient(count, seed)) {
          for (let offence = 0; offence < client.offences; offence++) {
            // Up to three years before the referral, and never after the end of the period.
            const day = Math.min(PERIOD_FROM + PERIOD_DAYS, client.referral - 1095 + Math.floor(next() * 1500));
            yield `${client.id},${ukDate(day)},${OFFENCE_TYPES[Math.floor(next() * OFFENCE_TYPES.length)] ?? 'Theft'},${1 + Math.floor(next() * 8)}`;
          }
        }
      },
    },
  ];
  if (contacts)
    files.push({
      name: 'contacts.csv',
      *lines() {
        yield 'client_id,date,minutes';
        const next = random(seed + 3);
        for (const client of eachClient(count, seed)) {
          if (client.start === undefined) continue;
          for (let session = 0; session < Math.min(client.sessions, 4); session++) {
            yield `${client.id},${ukDate(Math.min(client.start + session * 7, PERIOD_FROM + PERIOD_DAYS))},${15 * (1 + Math.floor(next() * 6))}`;
          }
        }
      },
    });
  return { manifest: manifest(options), files };
}

/** Writes the evaluation into `<root>/data/<slug>/`, in blocks, and returns the bytes of its datasets. */
export function writeEvaluation(root: string, slug: string, options: GenerateOptions): number {
  const folder = join(root, 'data', slug);
  mkdirSync(folder, { recursive: true });
  const generated = generateEvaluation(options);
  writeWhole(join(folder, 'evaluation.yaml'), generated.manifest);
  let bytes = 0;
  for (const file of generated.files) {
    const handle = openSync(join(folder, file.name), 'w');
    try {
      let block: string[] = [];
      let size = 0;
      const flush = () => {
        const text = block.join('');
        bytes += writeSync(handle, text);
        block = [];
        size = 0;
      };
      for (const line of file.lines()) {
        block.push(line, '\n');
        size += line.length + 1;
        if (size > 1 << 20) flush();
      }
      flush();
    } finally {
      closeSync(handle);
    }
  }
  return bytes;
}

function writeWhole(path: string, text: string): void {
  const handle = openSync(path, 'w');
  try {
    writeSync(handle, text);
  } finally {
    closeSync(handle);
  }
}

function main(argv: readonly string[]): number {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const clients = Number(value('--clients'));
  const out = value('--out');
  if (!Number.isInteger(clients) || clients < 1 || out === undefined) {
    process.stderr.write('usage: node scripts/bench/generateEvaluation.ts --clients <n> --out <project folder> [--slug bench] [--contacts] [--seed 1]\n');
    return 2;
  }
  const bytes = writeEvaluation(out, value('--slug') ?? 'bench', { clients, seed: Number(value('--seed') ?? '1'), contacts: argv.includes('--contacts') });
  process.stdout.write(`${bytes} bytes of datasets written to ${join(out, 'data', value('--slug') ?? 'bench')}\n`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
