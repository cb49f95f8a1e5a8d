import fc from 'fast-check';

/** Edits of a text: a fragment (or a short random string) inserted, a range deleted, a line repeated. */
export function mutations(
  fragments: readonly string[],
  { insert, remove }: { insert: number; remove: number },
): fc.Arbitrary<Mutation> {
  return fc.oneof(
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: insert })),
    }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: remove }) }),
    fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  );
}

/** Scalars for yamlValue: any short string, the texts given, and numbers, booleans and null. */
export function yamlScalar(...texts: fc.Arbitrary<string>[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.string({ maxLength: 20 }),
    ...texts,
    fc.integer(),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.constant(null),
  );
}

/** Data a YAML printer writes out: scalars, arrays and mappings of the given keys, a few levels deep. */
export function yamlValue(key: fc.Arbitrary<string>, scalar: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
    array: fc.array(tie('node'), { maxLength: 4 }),
    object: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  })).node;
}

/** Small text edits for property tests: insert a fragment, delete a range, repeat a line. */
export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line'; at: number };

export function mutate(text: string, mutations: Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const at = t.length === 0 ? 0 : m.at % (t.length + 1);
    if (m.kind === 'insert') t = t.slice(0, at) + m.text + t.slice(at);
    else if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + m.length);
    else {
      const lines = t.split('\n');
      const i = lines.length === 0 ? 0 : m.at % lines.length;
      lines.splice(i, 0, lines[i] ?? '');
      t = lines.join('\n');
    }
  }
  return t;
}
