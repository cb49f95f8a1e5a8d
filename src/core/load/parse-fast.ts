import type * as JsYaml from 'js-yaml';
import type { ParsedDocument } from './parse-yaml.js';
import { parsePlain } from './parse-plain.js';
import { SPACE, isMarker } from './plain-line.js';
import { resolvePlain } from './resolve-plain.js';
import { jsYamlLib } from './yaml-lib.js';

/**
 * The fast path: js-yaml, several times quicker than the complete parser on
 * cold starts, for the plain subset of YAML that coordination files are
 * written in. It returns the data only, or undefined whenever the text leaves
 * that subset or js-yaml objects; the caller then uses the complete parser,
 * which also gives every finding its position. A property test holds the two
 * paths to the same data.
 */

const NOT_RESOLVED = Symbol('string');
let lastResolved: unknown = NOT_RESOLVED;

let fastSchema: JsYaml.Schema | undefined;

/** js-yaml's schema for the fast path: the YAML 1.2 core scalars, resolved as the line reader does. */
export function fastSchemaOf(jsyaml: typeof JsYaml): JsYaml.Schema {
  if (fastSchema) return fastSchema;
  const coreScalar = new jsyaml.Type('tag:yaml.org,2002:core', {
    kind: 'scalar',
    resolve(data: unknown) {
      if (typeof data !== 'string') return data === null;
      const value = resolvePlain(data);
      if (typeof value === 'string') return false;
      lastResolved = value;
      return true;
    },
    construct(data: unknown) {
      if (data === null) return null;
      const value = lastResolved;
      lastResolved = NOT_RESOLVED;
      return value;
    },
  });
  return (fastSchema = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [coreScalar] }));
}

/**
 * Features the fast path leaves to the complete parser: tabs, directives,
 * merge keys, anchors, aliases, tags and explicit keys (where the two parsers
 * could disagree, or where only the complete parser reports a finding), and
 * sequence entries with nothing after the "-" (js-yaml takes a less indented
 * entry that follows one for an entry of the same sequence).
 */
const OUTSIDE_SUBSET = /\t|^%|<<|(?:^|[\s[{,])[&*!?@`]|^ *-(?: +#.*)? *$/m;

/**
 * True when every quoted scalar and flow collection closes on the line it
 * opens on and no flow collection is used as a key: multi-line flow
 * constructs are where js-yaml is more lenient than the YAML specification.
 * Block scalar bodies are skipped.
 */
export function singleLineFlow(text: string): boolean {
  let blockIndent = -1;
  // Before a block scalar's first line of text: leading empty lines with spaces in them are where
  // the indentation is settled, and js-yaml accepts more than YAML does (YAML test suite S98Z).
  let blockLeading = false;
  let start = 0;
  const n = text.length;
  while (start < n) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = n;
    let i = start;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    const indent = i - start;
    const blank = i >= end || text.charCodeAt(i) === 13;
    if (blockIndent >= 0 && (blank || indent > blockIndent)) {
      if (blockLeading && blank && indent > 0) return false;
      if (!blank) blockLeading = false;
      start = end + 1;
      continue;
    }
    blockIndent = -1;
    if (indent === 0 && isMarker(text, start)) {
      // "---" or "..." must stand alone (or before a comment): the parsers disagree on anything else.
      let k = start + 3;
      const after = text.charCodeAt(k);
      if (k < end && after !== SPACE && after !== 13) return false;
      while (k < end && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === 13)) k++;
      if (k < end && text.charCodeAt(k) !== 35) return false;
      start = end + 1;
      continue;
    }
    let depth = 0;
    let nodeStart = true;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === 13) continue;
      if (c === 35 /* # */ && (i === start || text.charCodeAt(i - 1) === SPACE)) break;
      if (nodeStart && (c === 34 || c === 39)) {
        // a quoted scalar: find its end on this line
        let j = i + 1;
        for (; j < end; j++) {
          const d = text.charCodeAt(j);
          if (d === 92 && c === 34) j++;
          else if (d === c) {
            if (c === 39 && text.charCodeAt(j + 1) === 39) j++;
            else break;
          }
        }
        if (j >= end) return false;
        if (text.charCodeAt(j + 1) === 35) return false; // a comment must be separated by a space
        i = j;
        nodeStart = false;
        continue;
      }
      if ((c === 124 || c === 62) /* | > */ && nodeStart && depth === 0) {
        // An explicit indentation indicator (|2, >1-) is where the two parsers part ways.
        for (let k = i + 1; k < end && text.charCodeAt(k) !== 35; k++) {
          const d = text.charCodeAt(k);
          if (d >= 48 && d <= 57) return false;
        }
        blockIndent = indent;
        blockLeading = true;
        break;
      }
      if (c === 91 || c === 123) {
        if (nodeStart || depth > 0) depth++;
        nodeStart = true;
      } else if ((c === 93 || c === 125) && depth > 0) {
        depth--;
        nodeStart = false;
        if (text.charCodeAt(i + 1) === 35) return false; // a comment must be separated by a space
        if (depth === 0) {
          let k = i + 1;
          while (k < end && text.charCodeAt(k) === SPACE) k++;
          if (text.charCodeAt(k) === 58 /* : */) return false; // a flow collection as a key
        }
      } else if (c === 44 && depth > 0) {
        nodeStart = true;
      } else if (
        (c === 58 || c === 45) /* : - */ &&
        (i + 1 >= end || text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === 13)
      ) {
        nodeStart = true;
      } else {
        nodeStart = false;
      }
    }
    if (depth !== 0) return false;
    start = end + 1;
  }
  return true;
}

/** The documents by the line reader, else by js-yaml. */
export function parseFast(text: string): ParsedDocument[] | undefined {
  const plain = parsePlain(text);
  if (plain) return plain;
  if (OUTSIDE_SUBSET.test(text) || !singleLineFlow(text)) return undefined;
  let loaded: unknown[];
  try {
    const jsyaml = jsYamlLib();
    loaded = jsyaml.loadAll(text, undefined, { schema: fastSchemaOf(jsyaml), json: false });
  } catch {
    return undefined;
  }
  const documents: ParsedDocument[] = [];
  for (const data of loaded) {
    if (data === null || data === undefined) continue;
    documents.push({ index: documents.length, data, start: 0 });
  }
  return documents;
}
