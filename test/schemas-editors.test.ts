/**
 * The published schemas are read by other tools: a user's Ajv, and the editors (VS Code,
 * yaml-language-server), whose own keywords are the only ones beyond the standard.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { AnySchemaObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run.js';

const DIR = path.join(ROOT, 'schemas');
/** The annotations VS Code's JSON language service and yaml-language-server read. */
const EDITOR_KEYWORDS = [
  'patternErrorMessage',
  'errorMessage',
  'markdownDescription',
  'deprecationMessage',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
  'doNotSuggest',
  'suggestSortText',
];

const schemas = readdirSync(DIR)
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => [f, JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as AnySchemaObject] as const);

function editorAjv(options: ConstructorParameters<typeof Ajv2020.default>[0]): Ajv2020.default {
  const warnings: unknown[] = [];
  const ajv = new Ajv2020.default({
    ...options,
    logger: { log: () => {}, warn: (...a) => warnings.push(a), error: () => {} },
  });
  for (const keyword of EDITOR_KEYWORDS)
    ajv.addKeyword({ keyword, schemaType: ['string', 'array', 'object', 'boolean'] });
  for (const [, schema] of schemas) if (schema.$id !== undefined && schema.$id !== null) ajv.addSchema(schema);
  return ajv;
}

describe('the published schemas under a strict Ajv that knows only the editor annotations', () => {
  it.each(schemas.map(([file]) => file))('%s compiles', (file) => {
    const schema = schemas.find(([f]) => f === file)?.[1] as AnySchemaObject;
    for (const ajv of [editorAjv({}), editorAjv({ strict: true, allowUnionTypes: true })]) {
      // A schema without an $id refers to the others by file name, as an editor resolves it beside them.
      const validate = schema.$id
        ? ajv.getSchema(schema.$id as string)
        : ajv.compile({ ...schema, $id: `https://perfcoord.dev/schemas/v1/${file}` });
      expect(validate).toBeTypeOf('function');
    }
  });

  it('use no keyword of their own', () => {
    for (const [file, schema] of schemas) expect(JSON.stringify(schema), file).not.toMatch(/"x-[^"]*":/);
  });

  it('give the editors a message for patterns', () => {
    const ownership = JSON.stringify(schemas.find(([f]) => f === 'ownership.schema.json')?.[1]);
    expect(ownership).toContain('"patternErrorMessage":"must be the id of a team or role, or { joint: [ids] }"');
  });
});
