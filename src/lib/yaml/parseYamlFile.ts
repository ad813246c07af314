import { LineCounter, parseDocument, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../problems/problem.ts';
import { closestName } from '../problems/closestName.ts';
import { problem, type ProblemPlace } from '../problems/problem.ts';

/** A YAML file read and validated against a schema, and a way to find any field's line. */
export interface ParsedYaml<T> {
  readonly value?: T;
  readonly problems: Problem[];
  /** The line of the field at a path, for checks made after the schema (e.g. unknown references). */
  readonly lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Reads a YAML file and validates it with a zod schema. Problems name the file, the line and the
 * field path (e.g. `datasets.clients.format.decimal`), and unknown keys suggest the nearest known
 * one, read from the schema itself.
 */
export function parseYamlFile<T>(file: string, text: string, schema: z.ZodType<T>): ParsedYaml<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (path: readonly PropertyKey[]) => {
    const offset = nodeAt(document.contents, path)?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  if (document.errors.length > 0) {
    return {
      lineOf,
      problems: document.errors.map((error) => problem(error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-invalid', { file, row: lineCounter.linePos(error.pos[0]).line })),
    };
  }
  // A tag the yaml package cannot resolve (`!!js/function`, `!!python/object`) is read as plain text
  // with a warning, but another YAML reader (Astro's, for a summary's front matter) may act on it.
  const unknownTags = document.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (unknownTags.length > 0) return { lineOf, problems: unknownTags.map((warning) => problem('yaml-unknown-tag', { file, row: lineCounter.linePos(warning.pos[0]).line })) };
  const refused = reservedKeys(file, document, lineCounter);
  if (refused.length > 0) return { lineOf, problems: refused };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error: unknown) {
    // The yaml package refuses aliases that would multiply the document (a "billion laughs").
    if (!(error instanceof ReferenceError)) throw error;
    return { lineOf, problems: [problem('yaml-too-many-aliases', { file, row: firstAliasLine(document, lineCounter) })] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [], lineOf };
  const problems = result.error.issues.flatMap((issue) => issueToProblems(file, issue, document.contents, lineCounter, schema));
  return { problems, lineOf };
}

/**
 * How far aliases may multiply the document: the yaml package counts the nodes each alias brings
 * in, and refuses a document whose aliases would bring in more than this many times its size.
 */
const MAX_ALIAS_COUNT = 100;

/** Keys that could change how a program reads the data (prototype pollution): refused in every block. */
const RESERVED_KEYS: ReadonlySet<unknown> = new Set(['__proto__', 'constructor', 'prototype']);

function reservedKeys(file: string, document: Document, lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [];
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && RESERVED_KEYS.has(pair.key.value)) {
        const offset = pair.key.range?.[0];
        problems.push(problem('yaml-reserved-key', { file, row: offset === undefined ? undefined : lineCounter.linePos(offset).line }, { key: String(pair.key.value) }));
      }
    },
  });
  return problems;
}

function firstAliasLine(document: Document, lineCounter: LineCounter): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_, alias) {
      offset = alias.range?.[0];
      return visit.BREAK;
    },
  });
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

type Path = readonly PropertyKey[];

function issueToProblems(file: string, issue: z.core.$ZodIssue, root: unknown, lineCounter: LineCounter, schema: unknown): Problem[] {
  const locate = (path: Path): number | undefined => {
    const node = nodeAt(root, path);
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, issue.path);
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      return problem('yaml-unknown-key', { file, row: locate(path), column: fieldPath(path) }, { key, suggestion: closestName(key, known), known });
    });
  }
  const present = nodeAt(root, issue.path) !== undefined;
  const key = String(issue.path.at(-1) ?? 'manifest');
  const where: ProblemPlace = { file, row: locate(issue.path) ?? locate(issue.path.slice(0, -1)), column: fieldPath(issue.path) };
  return [present ? valueProblem(where, issue) : problem('yaml-missing-field', where, { key })];
}

function valueProblem(where: ProblemPlace, issue: z.core.$ZodIssue): Problem {
  switch (issue.code) {
    case 'invalid_type':
      return problem('yaml-wrong-type', where, { type: issue.expected });
    case 'invalid_value':
      return problem('yaml-value-not-allowed', where, { values: issue.values });
    case 'too_small':
      return issue.origin === 'array' ? problem('yaml-too-few-items', where, { minimum: Number(issue.minimum) }) : problem('yaml-value-does-not-fit', where, { rule: issue.message });
    default:
      return problem('yaml-value-does-not-fit', where, { rule: issue.message });
  }
}

export function fieldPath(path: Path): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

function nodeAt(root: unknown, path: Path): Node | undefined {
  let node: unknown = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      node = pair?.value ?? (pair ? pair.key : undefined);
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
    } else {
      return undefined;
    }
  }
  return node as Node | undefined;
}

/** Keys allowed at a path, read from the schema itself so the suggestion list never drifts. */
function knownKeys(root: unknown, path: Path): string[] {
  let schema: unknown = root;
  for (const key of path) {
    schema = unwrap(schema);
    const def = (schema as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown } }).def;
    if (def?.type === 'object' && typeof key === 'string') schema = def.shape?.[key];
    else if (def?.type === 'array') schema = def.element;
    else if (def?.type === 'record') schema = def.valueType;
    else return [];
  }
  const def = (unwrap(schema) as { def?: { shape?: Record<string, unknown> } }).def;
  return Object.keys(def?.shape ?? {});
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { type?: string; innerType?: unknown; in?: unknown } } | undefined;
  while (current?.def && ['optional', 'default', 'pipe', 'nullable', 'prefault'].includes(current.def.type ?? '')) {
    current = (current.def.innerType ?? current.def.in) as typeof current;
  }
  return current;
}
