import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../problems/problem.ts';
import { closestName } from '../problems/closestName.ts';

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
      problems: document.errors.map((error) => ({
        file,
        row: lineCounter.linePos(error.pos[0]).line,
        found: 'text that is not valid YAML',
        expected: yamlHint(error.code),
      })),
    };
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return { value: result.data, problems: [], lineOf };
  const problems = result.error.issues.flatMap((issue) => issueToProblems(file, issue, document.contents, lineCounter, schema));
  return { problems, lineOf };
}

function yamlHint(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'each key once in its block';
  return 'valid YAML (check indentation, and quote values that contain ": " or start with a symbol)';
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
      const suggestion = closestName(key, known);
      return withRow(file, locate(path), {
        column: fieldPath(path),
        found: `unknown key "${key}"`,
        expected: suggestion ? `a known key: did you mean "${suggestion}"?` : `one of: ${known.join(', ')}`,
      });
    });
  }
  const present = nodeAt(root, issue.path) !== undefined;
  const key = String(issue.path.at(-1) ?? 'manifest');
  return [
    withRow(file, locate(issue.path) ?? locate(issue.path.slice(0, -1)), {
      column: fieldPath(issue.path),
      found: present ? foundDescription(issue) : `no "${key}"`,
      expected: present ? expectedDescription(issue) : `a value for "${key}" (it is required)`,
    }),
  ];
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a block of fields',
  record: 'a block of fields',
};

function foundDescription(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return 'a value of the wrong type';
  if (issue.code === 'invalid_value') return 'a value that is not allowed';
  return 'a value that does not fit';
}

function expectedDescription(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}` : issue.message;
    default:
      return issue.message;
  }
}

function withRow(file: string, row: number | undefined, rest: Omit<Problem, 'file' | 'row'>): Problem {
  return row === undefined ? { file, ...rest } : { file, row, ...rest };
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
