import { createHash } from 'node:crypto';
import type { ParsedDocument } from './parse-yaml.js';
import type { PathSegment } from './node-info.js';

/** A schema finding as the cache keeps it: relative to its document. */
export interface CachedSchemaFinding {
  message: string;
  path: PathSegment[];
  part?: 'key' | 'value';
  suggestion?: string;
}

interface Entry {
  documents: unknown[];
  /** Schema findings per document, once computed. */
  schema?: CachedSchemaFinding[][];
}

interface CacheFile {
  key: string;
  entries: Record<string, Entry>;
}

/**
 * Results by file content (like ESLint's --cache): an unchanged file costs a
 * hash instead of a parse and a schema check. The key covers the perfcoord
 * version and the schemas, so a new release starts afresh. The cache trusts
 * its file: keep it out of version control and never restore it from an
 * untrusted source. Reading and writing the file is the shell's (src/cli/cache.ts):
 * this class only turns its text into entries and back.
 */
export class ContentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly used = new Set<string>();
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
      const data = JSON.parse(text) as unknown;
      if (isObject(data) && data.key === key && isObject(data.entries)) {
        for (const [hash, entry] of Object.entries(data.entries)) {
          // A damaged entry is dropped (its file is parsed and checked afresh), never trusted.
          if (isEntry(entry)) cache.entries.set(hash, entry);
          else cache.dirty = true;
        }
      } else cache.dirty = true;
    } catch {
      cache.dirty = true; // an unreadable cache: start empty, and replace it
    }
    return cache;
  }

  static hash(text: string): string {
    return createHash('sha256').update(text).digest('base64url');
  }

  documents(hash: string): ParsedDocument[] | undefined {
    const entry = this.entries.get(hash);
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
    return this.entries.get(hash)?.schema?.[index] ?? undefined;
  }

  setSchema(hash: string, index: number, findings: CachedSchemaFinding[]): void {
    const entry = this.entries.get(hash);
    if (!entry) return;
    entry.schema ??= [];
    entry.schema[index] = findings;
    this.dirty = true;
  }

  /** The text to keep: the entries this run used (dropping the rest); undefined when nothing changed. */
  serialize(): string | undefined {
    if (!this.dirty && this.used.size === this.entries.size) return undefined;
    const entries: Record<string, Entry> = {};
    for (const hash of [...this.used].sort()) {
      const entry = this.entries.get(hash);
      if (entry) entries[hash] = entry;
    }
    return JSON.stringify({ key: this.key, entries } satisfies CacheFile);
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
