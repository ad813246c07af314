/**
 * `JSON.stringify({ ...head, [key]: items }, null, 2)` and a newline, byte for byte, as a stream
 * that makes the array's items one group at a time, when the reader asks for them. The site-wide
 * figures.json of a large portfolio is about a megabyte per evaluation: made whole, its text, the
 * records it was made from and their bytes were held at once, hundreds of megabytes at 100
 * evaluations; here only one group's records and text are held while the bytes are read.
 */
export function prettyJsonStream(head: Readonly<Record<string, unknown>>, key: string, groups: ReadonlyArray<() => readonly unknown[]>): ReadableStream<Uint8Array> {
  if (Object.hasOwn(head, key)) throw new Error(`prettyJsonStream: "${key}" is the streamed array, not a field of the head`);
  // The head with an empty array in the last place: the items go between its brackets.
  const whole = JSON.stringify({ ...head, [key]: [] }, null, 2);
  const empty = '[]\n}';
  if (!whole.endsWith(empty)) throw new Error('prettyJsonStream: the head must be a plain object');
  const encoder = new TextEncoder();
  let next = 0;
  let written = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(whole.slice(0, -empty.length)));
    },
    pull(controller) {
      // Groups without items add nothing: the next is made at once, so every pull gives bytes.
      for (; next < groups.length; next += 1) {
        let text = '';
        for (const item of groups[next]?.() ?? []) {
          // An item two levels down: each of its lines indented four spaces more than on its own (a string's newlines are escaped, so every newline is one of the layout's).
          text += `${written === 0 ? '[\n' : ',\n'}    ${((JSON.stringify(item, null, 2) as string | undefined) ?? 'null').replaceAll('\n', '\n    ')}`;
          written += 1;
        }
        if (text !== '') {
          next += 1;
          controller.enqueue(encoder.encode(text));
          return;
        }
      }
      controller.enqueue(encoder.encode(written === 0 ? `${empty}\n` : '\n  ]\n}\n'));
      controller.close();
    },
  });
}
