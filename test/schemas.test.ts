import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { KINDS, KIND_NAMES } from '../src/core/model/kinds.js';
import { ROOT } from './helpers/run.js';

const DIR = path.join(ROOT, 'schemas');
const files = readdirSync(DIR).filter((f) => f.endsWith('.schema.json'));
const load = (f: string) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Record<string, unknown>;

type Node = Record<string, unknown>;

/** Every subschema, with a readable path, in a schema document. */
function* subschemas(node: unknown, where: string): Generator<[Node, string]> {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  const n = node as Node;
  yield [n, where];
  for (const key of ['properties', '$defs']) {
    const map = n[key];
    if (map && typeof map === 'object')
      for (const [k, v] of Object.entries(map)) yield* subschemas(v, `${where}/${key}/${k}`);
  }
  for (const key of ['items', 'additionalProperties', 'propertyNames', 'if', 'then', 'else'])
    yield* subschemas(n[key], `${where}/${key}`);
  if (Array.isArray(n.allOf)) for (const [i, s] of n.allOf.entries()) yield* subschemas(s, `${where}/allOf/${i}`);
}

describe('the published schemas', () => {
  it('are generated from scripts/schemas and up to date', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/schemas/generate.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('one per kind, plus the dispatching document schema', () => {
    expect(files.sort()).toEqual([...Object.values(KINDS), 'document.schema.json'].sort());
    const any = load('document.schema.json');
    expect((any.allOf as unknown[]).length).toBe(KIND_NAMES.length);
  });

  for (const file of files.filter((f) => f !== 'document.schema.json')) {
    describe(file, () => {
      const schema = load(file);

      it('compiles under ajv strict mode (draft 2020-12)', () => {
        const ajv = new Ajv2020.default({ strict: true, allErrors: true, allowUnionTypes: true });
        ajv.addVocabulary(['patternErrorMessage']);
        expect(() => ajv.compile(schema)).not.toThrow();
        expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      });

      it('describes every property, and bounds every string, list and map', () => {
        const problems: string[] = [];
        let visited = 0;
        for (const [node, where] of subschemas(schema, '#')) {
          visited++;
          const props = node.properties as Record<string, Node> | undefined;
          if (props)
            for (const [k, v] of Object.entries(props))
              if (typeof v.description !== 'string' || v.description === '')
                problems.push(`${where}/properties/${k}: no description`);
          const types = ([] as unknown[]).concat(node.type ?? []);
          if (
            types.includes('string') &&
            node.maxLength === undefined &&
            node.enum === undefined &&
            node.const === undefined
          )
            problems.push(`${where}: string without maxLength`);
          if (types.includes('array') && node.maxItems === undefined) problems.push(`${where}: array without maxItems`);
          if (types.includes('object')) {
            if (node.additionalProperties === undefined) problems.push(`${where}: object without additionalProperties`);
            if (typeof node.additionalProperties === 'object' && node.maxProperties === undefined)
              problems.push(`${where}: map without maxProperties`);
          }
        }
        expect(problems).toEqual([]);
        expect(visited).toBeGreaterThan(20);
      });
    });
  }
});
