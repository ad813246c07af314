/**
 * `JSON.stringify({ ...head, [key]: items }, null, 2)` and a newline, byte for byte, in parts: the
 * head, then the array's items one group at a time, each group made only when the parts before it
 * have been taken. The site-wide figures.json of a large portfolio is about a megabyte per
 * evaluation: made whole, its text and the records it was made from were held at once, hundreds of
 * megabytes at 100 evaluations (and past V8's longest string near 500); here only one group's.
 */
export function* prettyJsonParts(head: Readonly<Record<string, unknown>>, key: string, groups: ReadonlyArray<() => readonly unknown[]>): Generator<string, void, undefined> {
  if (Object.hasOwn(head, key)) throw new Error(`prettyJsonParts: "${key}" is the array given in parts, not a field of the head`);
  // The head with an empty array in the last place: the items go between its brackets.
  const whole = JSON.stringify({ ...head, [key]: [] }, null, 2);
  const empty = '[]\n}';
  if (!whole.endsWith(empty)) throw new Error('prettyJsonParts: the head must be a plain object');
  yield whole.slice(0, -empty.length);
  let written = 0;
  for (const group of groups) {
    let text = '';
    for (const item of group()) {
      // An item two levels down: each of its lines indented four spaces more than on its own (a string's newlines are escaped, so every newline is one of the layout's).
      text += `${written === 0 ? '[\n' : ',\n'}    ${((JSON.stringify(item, null, 2) as string | undefined) ?? 'null').replaceAll('\n', '\n    ')}`;
      written += 1;
    }
    if (text !== '') yield text;
  }
  yield written === 0 ? `${empty}\n` : '\n  ]\n}\n';
}
