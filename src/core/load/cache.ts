import { hash } from 'node:crypto';
import type { Diagnostic } from '../diagnostic.js';
import type { ParsedDocument } from './parse-yaml.js';
import type { PathSegment } from './node-info.js';

/** A schema finding as the cache keeps it: relative to its document. */
export interface CachedSchemaFinding {
  message: string;
  path: PathSegment[];
  part?: 'key' | 'value';
  suggestion?: string;
}

/**
 * The outcome of a whole run: what it reported, and what it depended on besides the files'
 * contents (the project's file list, when a rule compared globs with real paths).
 */
export interface CachedRun {
  diagnostics: Diagnostic[];
  configError: boolean;
  /** A digest of the project's file list, when the run consulted it. */
  files?: string;
}

interface Entry {
  documents: unknown[];
  /** Schema findings per document, once computed. */
  schema?: CachedSchemaFinding[][];
}

/** The first line of the cache file. */
interface Header {
  format: typeof FORMAT;
  key: string;
  /** The content hash of each entry, in the order of the lines that follow the header. */
  entries: string[];
  /** Outcomes of whole runs by the digest of their inputs, the most recent first. */
  runs: [string, CachedRun][];
}

const FORMAT = 'perfcoord-cache/2';
/** Runs kept: one for each way the project is usually checked (all files, the staged ones…). */
const MAX_RUNS = 8;

/**
 * Results by file content (like ESLint's --cache): an unchanged file costs a
 * hash instead of a parse and a schema check, and an unchanged project (the
 * same files, contents and options) costs no more than reading and hashing
 * its files, since the outcome of the whole run is kept too. The key covers
 * the perfcoord version and the schemas, so a new release starts afresh.
 *
 * The file is JSON lines: a header (key, entry index, runs), then one entry a
 * line, each parsed only when its file is needed. What does not have the
 * shape written here (edited, truncated, from an older layout) is dropped and
 * rebuilt, never trusted. The cache trusts its file otherwise: keep it out of
 * version control and never restore it from an untrusted source. Reading and
 * writing the file is the shell's (src/cli/cache.ts): this class only turns
 * its text into entries and back.
 */
export class ContentCache {
  /** Entries by hash: parsed, or still the line of the file. */
  private readonly entries = new Map<string, Entry | string>();
  private readonly used = new Set<string>();
  private runs: [string, CachedRun][] = [];
  private dirty = false;

  private constructor(
    /** Where the cache is kept. */
    readonly file: string,
    private readonly key: string,
  ) {}

  /** The cache kept in `file`, from its text (undefined: there is none yet). */
  static parse(file: string, key: string, text: string | undefined): ContentCache {
    const cache = new ContentCache(file, key);
    if (text === undefined) return cache;
    try {
      const lines = text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      const header = JSON.parse(lines[0] ?? '') as unknown;
      if (!isHeader(header) || header.key !== key || header.entries.length !== lines.length - 1) {
        cache.dirty = true;
        return cache;
      }
      header.entries.forEach((hash, i) => cache.entries.set(hash, lines[i + 1] as string));
      for (const [runKey, run] of header.runs) {
        if (isRun(run)) cache.runs.push([runKey, run]);
        else cache.dirty = true;
      }
    } catch {
      cache.dirty = true; // an unreadable cache: start empty, and replace it
    }
    return cache;
  }

  static hash(text: string): string {
    // One-shot: half the cost of a Hash object for a small file.
    return hash('sha256', text, 'base64url');
  }

  /** The entry of `hash`, parsed on first use; a damaged one is dropped (its file is parsed afresh). */
  private entry(hash: string): Entry | undefined {
    const entry = this.entries.get(hash);
    if (typeof entry !== 'string') return entry;
    let parsed: unknown;
    try {
      parsed = JSON.parse(entry);
    } catch {
      parsed = undefined;
    }
    if (isEntry(parsed)) {
      this.entries.set(hash, parsed);
      return parsed;
    }
    this.entries.delete(hash);
    this.dirty = true;
    return undefined;
  }

  /**
   * Whether the cache holds the documents of `hash`, without reading them: the entry is kept
   * for the next run. Its documents come from documents(), which can still find it damaged.
   */
  has(hash: string): boolean {
    if (!this.entries.has(hash)) return false;
    this.used.add(hash);
    return true;
  }

  documents(hash: string): ParsedDocument[] | undefined {
    const entry = this.entry(hash);
    if (!entry) return undefined;
    this.used.add(hash);
    return entry.documents.map((data, index) => ({ index, data, start: 0 }));
  }

  setDocuments(hash: string, documents: readonly ParsedDocument[]): void {
    // JSON cannot carry NaN, infinities or -0: such files are parsed afresh each time.
    // An empty file costs nothing to read again, and an empty list is what a damaged entry looks like.
    if (documents.length === 0 || !documents.every((d) => jsonExact(d.data))) return;
    this.entries.set(hash, { documents: documents.map((d) => d.data) });
    this.used.add(hash);
    this.dirty = true;
  }

  schema(hash: string, index: number): CachedSchemaFinding[] | undefined {
    return this.entry(hash)?.schema?.[index] ?? undefined;
  }

  setSchema(hash: string, index: number, findings: CachedSchemaFinding[]): void {
    const entry = this.entry(hash);
    if (!entry) return;
    entry.schema ??= [];
    entry.schema[index] = findings;
    this.dirty = true;
  }

  /** The outcome of the run whose inputs have the digest `key`, if one was kept. */
  run(key: string): CachedRun | undefined {
    const at = this.runs.findIndex(([k]) => k === key);
    if (at === -1) return undefined;
    const found = this.runs[at] as [string, CachedRun];
    if (at > 0) {
      // The most recent first: the one used now outlives the others.
      this.runs.splice(at, 1);
      this.runs.unshift(found);
      this.dirty = true;
    }
    return found[1];
  }

  setRun(key: string, run: CachedRun): void {
    // A run that a rule cut short (a message of a value too long) is kept like any other: it is data.
    this.runs = [[key, run] as [string, CachedRun], ...this.runs.filter(([k]) => k !== key)].slice(0, MAX_RUNS);
    this.dirty = true;
  }

  /** The text to keep: the entries this run used (dropping the rest); undefined when nothing changed. */
  serialize(): string | undefined {
    if (!this.dirty && this.used.size === this.entries.size) return undefined;
    const hashes: string[] = [];
    const lines: string[] = [];
    for (const hash of [...this.used].sort()) {
      const entry = this.entries.get(hash);
      if (entry === undefined) continue;
      hashes.push(hash);
      lines.push(typeof entry === 'string' ? entry : JSON.stringify(entry));
    }
    const header: Header = { format: FORMAT, key: this.key, entries: hashes, runs: this.runs };
    return `${[JSON.stringify(header), ...lines].join('\n')}\n`;
  }
}

function jsonExact(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonExact);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(jsonExact);
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHeader(value: unknown): value is Header {
  return (
    isObject(value) &&
    value.format === FORMAT &&
    typeof value.key === 'string' &&
    Array.isArray(value.entries) &&
    value.entries.every((h) => typeof h === 'string') &&
    new Set(value.entries).size === value.entries.length &&
    Array.isArray(value.runs) &&
    value.runs.every((r) => Array.isArray(r) && r.length === 2 && typeof r[0] === 'string')
  );
}

/** The shape this class writes: anything else (edited, truncated, from an older layout) is rebuilt. */
function isEntry(value: unknown): value is Entry {
  if (!isObject(value) || !Array.isArray(value.documents) || value.documents.length === 0) return false;
  const schema = value.schema;
  if (schema === undefined) return true;
  // A document whose findings are not known yet is null (JSON's hole in a sparse array).
  return (
    Array.isArray(schema) &&
    schema.length <= value.documents.length &&
    schema.every((findings) => findings === null || (Array.isArray(findings) && findings.every(isSchemaFinding)))
  );
}

function isSchemaFinding(value: unknown): value is CachedSchemaFinding {
  return (
    isObject(value) &&
    typeof value.message === 'string' &&
    Array.isArray(value.path) &&
    value.path.every((s) => typeof s === 'string' || (typeof s === 'number' && Number.isInteger(s) && s >= 0)) &&
    (value.part === undefined || value.part === 'key' || value.part === 'value') &&
    (value.suggestion === undefined || typeof value.suggestion === 'string')
  );
}

function isRun(value: unknown): value is CachedRun {
  return (
    isObject(value) &&
    typeof value.configError === 'boolean' &&
    (value.files === undefined || typeof value.files === 'string') &&
    Array.isArray(value.diagnostics) &&
    value.diagnostics.every(isDiagnostic)
  );
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

function isDiagnostic(value: unknown): value is Diagnostic {
  return (
    isObject(value) &&
    typeof value.file === 'string' &&
    typeof value.rule === 'string' &&
    typeof value.message === 'string' &&
    typeof value.severity === 'string' &&
    SEVERITIES.has(value.severity) &&
    (value.suggestion === undefined || typeof value.suggestion === 'string') &&
    isObject(value.range) &&
    isPosition(value.range.start) &&
    isPosition(value.range.end)
  );
}

function isPosition(value: unknown): boolean {
  return (
    isObject(value) &&
    Number.isInteger(value.line) &&
    (value.line as number) >= 0 &&
    Number.isInteger(value.col) &&
    (value.col as number) >= 0
  );
}
