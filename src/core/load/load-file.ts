/** Reading and parsing one file of a load: its text, its documents, and what is wrong with them. */
import path from 'node:path';
import type { Finding } from '../finding.js';
import { own } from '../util/object.js';
import { relativePath, toPosix } from '../util/paths.js';
import { ContentCache } from './cache.js';
import { DEFAULT_MAX_DEPTH, findExcessiveNesting, nestingProblem } from './depth.js';
import type { ParseResult, ParsedDocument } from './parse-yaml.js';
import type { Parsers } from './parsers.js';
import { DEFAULT_MAX_FILE_SIZE, readTextFile } from './read.js';
import { SourceText } from './source.js';
import type { LoadedDocument, LoadedFile } from './types.js';

/** How files are read and parsed. */
export interface FileOptions {
  maxFileSize?: number;
  maxDepth?: number;
  /** Use the js-yaml fast path where it applies (default true). */
  fast?: boolean;
  /** Results of earlier runs, by file content; see cache.ts. */
  cache?: ContentCache;
}

/**
 * A text's documents: from the fast path when it applies, else from the complete parser, whose
 * result (positions, findings) comes along. Clean: no finding, so the documents may be cached.
 */
function parseText(
  text: string,
  fast: boolean,
  parsers: Parsers,
): { documents: ParsedDocument[]; full?: ParseResult; clean: boolean } {
  const documents = fast ? parsers.parseFast(text) : undefined;
  if (documents) return { documents, clean: true };
  const full = parsers.parseYaml(text);
  return { documents: full.documents, full, clean: full.problems.length === 0 };
}

function loadedDocuments(file: LoadedFile, documents: readonly ParsedDocument[]): LoadedDocument[] {
  return documents.map((parsed): LoadedDocument => {
    // Which kinds exist is the model's knowledge: the loader keeps the name; checkDocument judges it.
    const kind = own(parsed.data, 'kind');
    return { file, index: parsed.index, data: parsed.data, ...(typeof kind === 'string' ? { kind } : {}) };
  });
}

/** Reads and parses the files of one load, each once, gathering what it finds. */
export class FileLoader {
  readonly findings: Finding[] = [];
  readonly maxFileSize: number;
  private readonly maxDepth: number;

  constructor(
    private readonly cwd: string,
    readonly root: string,
    private readonly options: FileOptions,
    private readonly parsers: () => Parsers,
  ) {
    this.maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  }

  display(abs: string): string {
    const rel = relativePath(this.cwd, abs);
    return toPosix(rel === '' ? path.basename(abs) : rel);
  }

  /** A file that is only a place to hang a finding on. */
  placeholder(abs: string): LoadedFile {
    return { path: abs, display: this.display(abs), documents: [], isProject: false };
  }

  /**
   * A file the cache holds needs its text again only if a finding points
   * into it: read it again then, rather than hold every text of a large
   * project in memory.
   */
  private forgetText(file: LoadedFile, abs: string): void {
    let source: SourceText | undefined;
    let read = false;
    const { root, maxFileSize } = this;
    Object.defineProperty(file, 'source', {
      enumerable: true,
      configurable: true,
      get(): SourceText | undefined {
        if (!read) {
          read = true;
          const again = readTextFile(abs, root, { maxFileSize });
          source = again.ok ? new SourceText(again.text) : undefined;
        }
        return source;
      },
    });
  }

  /**
   * The documents of a cached file, on first use. An entry found damaged then is parsed again
   * from the text: the same text that parsed cleanly before, so it yields no findings.
   */
  private cachedDocuments(file: LoadedFile, hash: string, cache: ContentCache): void {
    let documents: LoadedDocument[] | undefined;
    const parsers = this.parsers;
    const fast = this.options.fast !== false;
    Object.defineProperty(file, 'documents', {
      enumerable: true,
      configurable: true,
      get(): LoadedDocument[] {
        if (!documents) {
          let parsed = cache.documents(hash);
          if (!parsed) {
            const { documents: again, clean } = parseText(file.source?.text ?? '', fast, parsers());
            if (clean) cache.setDocuments(hash, again);
            parsed = again;
          }
          documents = loadedDocuments(file, parsed);
        }
        return documents;
      },
      set(value: LoadedDocument[]) {
        documents = value;
      },
    });
  }

  /** Real paths a folder walk found out already. */
  private readonly realPaths = new Map<string, string>();

  knowRealPaths(known: ReadonlyMap<string, string>): void {
    for (const [file, real] of known) this.realPaths.set(file, real);
  }

  /** Every file loaded so far, by the path asked for and by its real path. */
  private readonly byPath = new Map<string, LoadedFile>();
  private readonly byRealPath = new Map<string, LoadedFile>();

  /** Reads and parses a file; a file already loaded, also under another path (a link), comes back as it was. */
  loadFile(abs: string, isProject: boolean): LoadedFile {
    const again = this.byPath.get(abs);
    if (again) return again;
    const file: LoadedFile = { path: abs, display: this.display(abs), documents: [], isProject };
    this.byPath.set(abs, file);
    const read = readTextFile(abs, this.root, { maxFileSize: this.maxFileSize }, this.realPaths.get(abs));
    if (read.ok) {
      const earlier = this.byRealPath.get(read.realPath);
      if (earlier) return earlier;
      this.byRealPath.set(read.realPath, file);
    }
    if (!read.ok) {
      const { problem } = read;
      if (problem.text !== undefined) file.source = new SourceText(problem.text);
      const at = problem.offset ?? 0;
      this.findings.push({
        rule: problem.rule,
        message: `the file ${problem.message}`,
        at: { file, start: at, end: at },
      });
      return file;
    }
    const cache = this.options.cache;
    const hash = cache ? ContentCache.hash(read.text) : undefined;
    if (hash !== undefined) file.hash = hash;
    if (hash !== undefined && cache?.has(hash)) {
      // A file in the cache passed the depth check (--max-depth is part of the cache's key) and
      // parsed without findings: its documents are read from the cache when first needed, which
      // a run whose whole outcome is cached never does.
      this.forgetText(file, abs);
      this.cachedDocuments(file, hash, cache);
      return file;
    }
    file.source = new SourceText(read.text);
    const fast = this.options.fast !== false;
    const parsers = this.parsers();
    // The line reader first (it gives up past the depth allowed): a text it reads comes with a
    // bound of its nesting that spares most the depth scan. A text it leaves (outside its subset,
    // as few are) is scanned, then parsed as before.
    const plain = fast ? parsers.parsePlainBounded(read.text, this.maxDepth) : undefined;
    const deep = plain?.within ? undefined : findExcessiveNesting(read.text, this.maxDepth);
    if (deep) {
      this.findings.push({
        ...nestingProblem(deep, this.maxDepth),
        at: { file, start: deep.offset, end: deep.offset + 1 },
      });
      file.full = { documents: [], problems: [] };
      return file;
    }
    const { documents, full, clean } = plain
      ? { documents: plain.documents, full: undefined, clean: true }
      : parseText(read.text, fast, parsers);
    if (full) {
      file.full = full;
      for (const problem of parsers.capProblems(full.problems)) {
        this.findings.push({
          rule: problem.rule,
          message: problem.message,
          severity: problem.severity,
          at: { file, start: problem.start, end: problem.end },
        });
      }
    }
    // A parsed file keeps its text for positions: its values are slices of it, which keep it in
    // memory anyway, and a finding is then placed in the very text that was parsed.
    if (clean && hash !== undefined) cache?.setDocuments(hash, documents);
    file.documents = loadedDocuments(file, documents);
    if (file.documents.length === 0 && !(file.full?.problems.some((p) => p.severity === 'error') ?? false)) {
      this.findings.push({
        rule: 'document-empty',
        message: 'the file holds no YAML document (it is empty or only comments)',
        at: { file, start: 0, end: 0 },
      });
    }
    return file;
  }
}
