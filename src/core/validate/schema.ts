import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_DIR, SCHEMA_DIR } from '../paths.js';
import type validatorsModule from '../../generated/validators.cjs';
import type { Finding } from '../finding.js';
import type { CachedSchemaFinding } from '../load/cache.js';
import type { PathSegment } from '../load/node-info.js';
import type { LoadedDocument } from '../load/types.js';
import { KINDS } from '../model/kinds.js';
import type { Kind } from '../model/kinds.js';
import { requireCached } from '../util/code-cache.js';
import { isPlainObject } from '../util/object.js';
import { didYouMean, nearest } from '../util/suggest.js';
import { DURATION_PATTERN, RESPONSE_TIME_PATTERN } from '../util/durations.js';

let validators: typeof validatorsModule | undefined;

/**
 * Loaded on first use: a run whose documents all come from --cache checks no schema. Required, not
 * imported: importing this large CommonJS file as ESM would make Node scan all of it for export
 * names first, which costs more than running it. The build leaves V8's code cache beside it
 * (scripts/code-cache.mjs).
 */
function loadValidators(): typeof validatorsModule {
  validators ??= requireCached(
    path.join(GENERATED_DIR, 'validators.cjs'),
    path.join(GENERATED_DIR, 'validators.v8cache'),
  ) as typeof validatorsModule;
  return validators;
}

type SchemaError = NonNullable<(typeof validatorsModule)[string]['errors']>[number];

const schemaCache = new Map<Kind, unknown>();

/** The published JSON Schema of a kind, read on demand (only findings need it). */
export function schemaOf(kind: Kind): unknown {
  let schema = schemaCache.get(kind);
  if (schema === undefined) {
    schema = JSON.parse(readFileSync(path.join(SCHEMA_DIR, KINDS[kind]), 'utf8')) as unknown;
    schemaCache.set(kind, schema);
  }
  return schema;
}

/** Schema findings as the cache keeps them: relative to their document. */
export function forCache(found: readonly Finding[]): CachedSchemaFinding[] {
  return found.flatMap((f) =>
    'loc' in f.at
      ? [
          {
            message: f.message,
            path: [...f.at.loc.path],
            ...(f.at.part ? { part: f.at.part } : {}),
            ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
          },
        ]
      : [],
  );
}

/** Validates a document against its kind's precompiled schema. */
export function checkSchema(doc: LoadedDocument, kind: Kind): Finding[] {
  const validate = loadValidators()[kind];
  if (!validate) throw new Error(`no validator for ${kind}`);
  if (validate(doc.data)) return [];
  const errors = validate.errors ?? [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const finding = toFinding(doc, kind, error);
    if (!finding) continue;
    const key = `${finding.message}\u0000${JSON.stringify('loc' in finding.at ? finding.at.loc.path : [])}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

function toFinding(doc: LoadedDocument, kind: Kind, error: SchemaError): Finding | undefined {
  const path = pointerToPath(doc.data, error.instancePath);
  const value = valueAt(doc.data, path);
  const name = describePath(path);
  const params = error.params;
  const at = (p: readonly PathSegment[], part: 'key' | 'value' = 'value'): Finding['at'] => ({
    loc: { doc, path: p },
    part,
  });
  switch (error.keyword) {
    case 'propertyNames': {
      // A key that breaks the rule for names: reported on the key.
      const key = typeof params.propertyName === 'string' ? params.propertyName : (error.propertyName ?? '');
      const names = schemaForInstance(kind, path)?.propertyNames;
      const hint = isPlainObject(names) ? resolveRefs(kind, names)?.patternErrorMessage : undefined;
      return {
        rule: 'schema',
        message: `the name "${key}" in ${name} ${typeof hint === 'string' ? hint : 'is not allowed'}`,
        at: at([...path, key], 'key'),
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        rule: 'schema',
        message: `${name} is missing the required property "${missing}"`,
        at: at(path, path.length === 0 ? 'value' : 'key'),
      };
    }
    case 'additionalProperties': {
      const prop = String(params.additionalProperty);
      if (prop === '<<') return undefined; // reported as yaml-merge-key
      const parent = schemaForInstance(kind, path);
      const allowed = isPlainObject(parent?.properties) ? Object.keys(parent.properties) : [];
      const options = nearest(prop, allowed);
      const known = allowed.length > 0 && options.length === 0 ? `; known properties: ${allowed.join(', ')}` : '';
      return {
        rule: 'schema',
        message: `unknown property "${prop}" in ${name}${didYouMean(options)}${known}`,
        at: at([...path, prop], 'key'),
        ...(options[0] !== undefined ? { suggestion: options[0] } : {}),
      };
    }
    case 'type': {
      // `responseTime: 15` is a number to YAML: what it lacks is a unit.
      const pattern = typeof value === 'number' ? schemaForInstance(kind, path)?.pattern : undefined;
      if (pattern === DURATION_PATTERN || pattern === RESPONSE_TIME_PATTERN)
        return {
          rule: 'schema',
          message: `${name} is ${describeValue(value)} without a unit; write "${String(value)}min" (or "${String(value)}h", "1h30m")`,
          at: at(path),
        };
      const expected = String(params.type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t);
      return {
        rule: 'schema',
        message: `${name} must be ${joinOr(expected)}, not ${describeValue(value)}`,
        at: at(path),
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const options = typeof value === 'string' ? nearest(value, allowed, 1) : [];
      return {
        rule: 'schema',
        message: `${name} must be one of ${allowed.join(', ')}; found ${describeValue(value)}${didYouMean(options)}`,
        at: at(path),
        ...(options[0] !== undefined ? { suggestion: options[0] } : {}),
      };
    }
    case 'const': {
      const expected = String(params.allowedValue);
      const options = typeof value === 'string' ? nearest(value, [expected], 1) : [];
      return {
        rule: 'schema',
        message: `${name} must be "${expected}", not ${describeValue(value)}${didYouMean(options)}`,
        at: at(path),
      };
    }
    case 'pattern': {
      // On a mapping, a pattern error comes from its propertyNames, reported above.
      if (isPlainObject(value)) return undefined;
      const hint = schemaForInstance(kind, path)?.patternErrorMessage;
      return {
        rule: 'schema',
        message: `${name} ${typeof hint === 'string' ? hint : `must match ${String(params.pattern)}`}; found ${describeValue(value)}`,
        at: at(path),
      };
    }
    case 'minLength':
      return { rule: 'schema', message: `${name} must not be empty`, at: at(path) };
    case 'maxLength':
      return { rule: 'schema', message: `${name} is longer than ${String(params.limit)} characters`, at: at(path) };
    case 'minItems':
      return {
        rule: 'schema',
        message: `${name} needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`,
        at: at(path),
      };
    case 'maxItems':
      return { rule: 'schema', message: `${name} has more than ${String(params.limit)} items`, at: at(path) };
    case 'maxProperties':
      return { rule: 'schema', message: `${name} has more than ${String(params.limit)} entries`, at: at(path) };
    case 'minimum':
    case 'maximum':
      return {
        rule: 'schema',
        message: `${name} must be ${String(params.comparison)} ${String(params.limit)}; found ${describeValue(value)}`,
        at: at(path),
      };
    default:
      return { rule: 'schema', message: `${name} ${error.message ?? 'is not valid'}`, at: at(path) };
  }
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping',
  array: 'a sequence',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'empty',
};

function joinOr(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a sequence';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 60 ? value.slice(0, 57) + '...' : value}"`;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

/** "areas[2].owners[0].team", or "the document" for the root. */
export function describePath(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the document';
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return `"${out}"`;
}

function pointerToPath(data: unknown, pointer: string): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      const i = Number(seg);
      path.push(i);
      cur = cur[i];
    } else {
      path.push(seg);
      cur = isPlainObject(cur) && Object.hasOwn(cur, seg) ? cur[seg] : undefined;
    }
  }
  return path;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isPlainObject(cur) && typeof seg === 'string' && Object.hasOwn(cur, seg)) cur = cur[seg];
    else return undefined;
  }
  return cur;
}

/**
 * The (sub)schema that applies to the value at `path`, found by walking the
 * published schema along the data: properties, items, map values and
 * references. The compiled validators do not say which definition an error
 * came from, so messages and suggestions are looked up this way.
 */
function schemaForInstance(kind: Kind, path: readonly PathSegment[]): Record<string, unknown> | undefined {
  let schema = resolveRefs(kind, schemaOf(kind));
  for (const seg of path) {
    if (!schema) return undefined;
    let next: unknown;
    if (typeof seg === 'number') next = schema.items;
    else if (isPlainObject(schema.properties) && Object.hasOwn(schema.properties, seg)) next = schema.properties[seg];
    else if (isPlainObject(schema.additionalProperties)) next = schema.additionalProperties;
    schema = resolveRefs(kind, next);
  }
  return schema;
}

/** Follows local references until a schema without one (keeping the referring schema's own keywords out). */
function resolveRefs(kind: Kind, schema: unknown): Record<string, unknown> | undefined {
  let cur = schema;
  for (let i = 0; i < 10 && isPlainObject(cur) && typeof cur.$ref === 'string'; i++) {
    const target = resolveLocalRef(schemaOf(kind), cur.$ref);
    if (isPlainObject(cur) && typeof cur.patternErrorMessage === 'string') return cur;
    cur = target;
  }
  return isPlainObject(cur) ? cur : undefined;
}

function resolveLocalRef(root: unknown, ref: string): unknown {
  let cur = root;
  for (const seg of ref.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    cur = isPlainObject(cur) && Object.hasOwn(cur, seg) ? cur[seg] : undefined;
  }
  return cur;
}
