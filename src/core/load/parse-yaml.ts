import type { Document, Node as YamlNode, ParsedNode } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import type { LoadRuleId } from '../rule-ids.js';
import type { YamlProblem } from './yaml-errors.js';
import { fromYamlError } from './yaml-errors.js';
import type { EntryInfo, NodeInfo } from './node-info.js';

export type { YamlProblem } from './yaml-errors.js';

export interface ParsedDocument {
  /** The ordinal of this document among the file's non-empty documents. */
  index: number;
  data: unknown;
  start: number;
  info?: NodeInfo;
}

export interface ParseResult {
  documents: ParsedDocument[];
  problems: YamlProblem[];
}

export const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core', // pinned: a %YAML 1.1 directive must not switch schemas
  merge: false,
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  intAsBigInt: false,
} as const;

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`).concat(['!']),
);

/** Past these, aliases are treated as an attack (a "billion laughs" document). */
const MAX_ALIASES = 1000;
/** Source text that aliases may repeat, in all: a few aliases of one long value are a bomb too. */
const MAX_ALIASED_TEXT = 1_000_000;
const MAX_NODES = 200_000;

/**
 * The complete parser: every YAML finding with its position, and a NodeInfo
 * tree for every document. Never throws on any input whose nesting was bounded
 * beforehand (see depth.ts).
 */
export function parseYaml(text: string): ParseResult {
  // The parser makes an Error object for every problem; without stack traces, a file with
  // hundreds of thousands of them (duplicate keys) costs little more than a clean one.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseBounded(text);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Lines that start with a tab. YAML indents with spaces only; the parser reports each such line,
 * at a cost that grows with the square of their number, so past a thousand of them the file is
 * not read at all (a tab-indented file is not YAML anyway).
 */
const TAB_LINE = /^ *\t/gm;
const MAX_TAB_LINES = 1000;

function parseBounded(text: string): ParseResult {
  const problems: YamlProblem[] = [];
  const documents: ParsedDocument[] = [];
  let tabs = 0;
  let first = -1;
  for (const m of text.matchAll(TAB_LINE)) {
    if (first === -1) first = (m.index ?? 0) + m[0].length - 1;
    if (++tabs > MAX_TAB_LINES) {
      problems.push({
        rule: 'yaml-syntax',
        severity: 'error',
        message: `more than ${MAX_TAB_LINES} lines start with a tab; YAML indents with spaces only, so perfcoord did not read this file further (indent with spaces)`,
        start: first,
        end: first + 1,
      });
      return { documents, problems };
    }
  }
  const yaml = yamlLib();
  const tokens = Array.from(new yaml.Parser().parse(text));
  // %YAML may be given once per document (YAML test suite SF5V); the parser lets a repeat pass.
  let versions = 0;
  for (const token of tokens) {
    if (token.type === 'document') versions = 0;
    if (token.type === 'directive' && /^%YAML\b/.test(token.source) && ++versions === 2) {
      problems.push({
        rule: 'yaml-syntax',
        severity: 'error',
        message: 'the %YAML directive is given twice before one document; YAML allows it once (remove this one)',
        start: token.offset,
        end: token.offset + token.source.trimEnd().length,
      });
    }
    if (token.type === 'directive') {
      const source = token.source.trimEnd();
      if (!/^%YAML\s+1\.2$/.test(source)) {
        problems.push({
          rule: 'yaml-directive',
          severity: 'warning',
          message: source.startsWith('%YAML')
            ? `the directive "${source}" is ignored: perfcoord reads every file as YAML 1.2 with the core schema (so "yes" is a string and 0777 a decimal number)`
            : `the directive "${source}" is not supported; remove it and the tags that use it`,
          start: token.offset,
          end: token.offset + source.length,
        });
      }
    }
  }
  const docs: Document.Parsed[] = Array.from(new yaml.Composer(PARSE_OPTIONS).compose(tokens, true, text.length));
  for (const doc of docs) {
    // Nesting the bound above did not see still cannot crash the parser: its stack overflow is
    // reported once, at the document, whatever the stack depth happened to be.
    const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
    if (overflow) {
      const at = doc.range[0];
      problems.push({
        rule: 'yaml-depth',
        severity: 'error',
        message: 'the document nests too deeply to be read; perfcoord documents need far fewer levels',
        start: at,
        end: at,
      });
      continue;
    }
    const contentEnd = text.trimEnd().length;
    for (const error of doc.errors) problems.push(fromYamlError(error, 'error', text, contentEnd));
    for (const warning of doc.warnings) {
      // A %YAML version is reported once, as yaml-directive above (which can be turned off).
      if (/YAML version/i.test(warning.message)) continue;
      problems.push(fromYamlError(warning, 'warning', text, contentEnd));
    }
    const contents: ParsedNode | null = doc.contents;
    if (contents === null || (yaml.isScalar(contents) && contents.value === null)) continue;
    if (doc.errors.length > 0) continue;
    const converter = new Converter(problems);
    const { value, info } = converter.convert(contents);
    if (converter.failed) continue;
    documents.push({ index: documents.length, data: value, start: info.start, info });
  }
  return { documents, problems };
}

/** YAML findings shown for one file; the rest are counted in one more finding. */
export const MAX_PROBLEMS = 100;

/** The first MAX_PROBLEMS problems in text order, then one "and N more" at the next one. */
export function capProblems(problems: readonly YamlProblem[]): YamlProblem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const sorted = [...problems].sort((a, b) => a.start - b.start);
  const next = sorted[MAX_PROBLEMS] as YamlProblem;
  const more = sorted.length - MAX_PROBLEMS;
  return [
    ...sorted.slice(0, MAX_PROBLEMS),
    {
      rule: next.rule,
      severity: 'error',
      message: `and ${more} more YAML problems in this file, not shown; fix the ones above first`,
      start: next.start,
      end: next.end,
    },
  ];
}

class Converter {
  failed = false;
  private aliases = 0;
  private aliasedText = 0;
  private nodes = 0;
  private readonly active = new Set<YamlNode>();
  /** Anchors seen so far, in document order: an alias names the latest one. */
  private readonly anchors = new Map<string, YamlNode>();

  /** The library's node tests (it is loaded by now: the nodes come from it). */
  private readonly yaml = yamlLib();

  constructor(private readonly problems: YamlProblem[]) {}

  convert(node: YamlNode | null, fallback = 0): { value: unknown; info: NodeInfo } {
    if (node === null || this.failed) return { value: null, info: { start: fallback } };
    if (++this.nodes > MAX_NODES) {
      return this.fail(node, `the document expands to more than ${MAX_NODES} values; reduce aliases`);
    }
    const [start, end] = node.range ?? [fallback, fallback];
    if (this.yaml.isAlias(node)) {
      if (++this.aliases > MAX_ALIASES) {
        return this.fail(node, `more than ${MAX_ALIASES} aliases in one document (an alias bomb?)`);
      }
      const target = this.anchors.get(node.source);
      if (!target) return this.fail(node, `the alias *${node.source} refers to no anchor`);
      if (this.active.has(target)) {
        return this.fail(node, `the alias *${node.source} refers to a value that contains it`);
      }
      const [targetStart = 0, , targetEnd = targetStart] = target.range ?? [];
      this.aliasedText += Math.max(0, targetEnd - targetStart);
      if (this.aliasedText > MAX_ALIASED_TEXT) {
        return this.fail(
          node,
          `aliases repeat more than ${MAX_ALIASED_TEXT.toLocaleString('en')} characters of text in one document (an alias bomb?)`,
        );
      }
      const { value, info } = this.convert(target, start);
      return { value, info };
    }
    const tag = (node as { tag?: string }).tag;
    if (tag !== undefined && !CORE_TAGS.has(tag)) {
      // Reported once by the parser when it could not resolve the tag at all.
      if (!this.problems.some((p) => p.rule === 'yaml-tag' && p.start <= start && start <= p.end + 1)) {
        this.problems.push({
          rule: 'yaml-tag',
          severity: 'error',
          message: `the tag ${tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not supported; perfcoord knows only the core tags (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq)`,
          start,
          end,
        });
      }
      this.failed = true;
      return { value: null, info: { start } };
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) this.anchors.set(anchor, node);
    if (this.yaml.isScalar(node)) return { value: node.value, info: { start } };
    this.active.add(node);
    try {
      if (this.yaml.isSeq(node)) {
        const value: unknown[] = [];
        const entries = new Map<string | number, EntryInfo>();
        node.items.forEach((item, index) => {
          const child = this.convert(item as YamlNode | null, end);
          value.push(child.value);
          const s = (item as YamlNode | null)?.range?.[0] ?? child.info.start;
          entries.set(index, { keyStart: s, valueStart: s, node: child.info });
        });
        return { value, info: { start, entries } };
      }
      if (this.yaml.isMap(node)) {
        const value: Record<string, unknown> = {};
        const entries = new Map<string | number, EntryInfo>();
        for (const pair of node.items) {
          const keyNode = pair.key as YamlNode | null;
          const [ks, ke] = keyNode?.range ?? [start, start];
          if (keyNode !== null && !this.yaml.isScalar(keyNode) && !this.yaml.isAlias(keyNode)) {
            return this.fail(keyNode, 'a mapping key must be a plain value, not a mapping or a sequence');
          }
          const keyValue = this.convert(keyNode, ks).value;
          if (keyValue !== null && typeof keyValue === 'object') {
            return this.fail(keyNode ?? node, 'a mapping key must be a plain value, not a mapping or a sequence');
          }
          const key = String(keyValue);
          if (key === '<<' && this.yaml.isScalar(keyNode) && keyNode.type === 'PLAIN') {
            this.problems.push({
              rule: 'yaml-merge-key',
              severity: 'error',
              message: 'merge keys ("<<") are not supported: write the keys out',
              start: ks,
              end: ke,
            });
          }
          if (Object.hasOwn(value, key)) {
            return this.fail(keyNode ?? node, `map keys must be unique; "${key}" appears twice`, 'yaml-duplicate-key');
          }
          const valueNode = pair.value as YamlNode | null;
          const child = this.convert(valueNode, ke);
          defineOwn(value, key, child.value);
          const vs = valueNode?.range?.[0] ?? ke;
          entries.set(key, { keyStart: ks, valueStart: vs, node: child.info });
        }
        return { value, info: { start, entries } };
      }
      return this.fail(node, 'unsupported YAML node');
    } finally {
      this.active.delete(node);
    }
  }

  private fail(node: YamlNode, message: string, rule: LoadRuleId = 'yaml-alias'): { value: unknown; info: NodeInfo } {
    const [start, end] = node.range ?? [0, 0];
    if (!this.failed) this.problems.push({ rule, severity: 'error', message, start, end });
    this.failed = true;
    return { value: null, info: { start } };
  }
}

/** Sets an own property, also for the key "__proto__". */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
