import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import type { Finding } from '../finding.js';
import { own, ownStrings } from '../util/object.js';
import { DEFAULT_MAX_DEPTH, findExcessiveNesting, nestingProblem } from './depth.js';
import { findProjectFile } from './discover.js';
import { expandGlobs, yamlFilesIn } from './files.js';
import type { Expanded } from './files.js';
import { includeFindings } from './include-findings.js';
import type { ParsedDocument } from './parse-yaml.js';
import type { Parsers } from './parsers.js';
import { commonFolder, realOr } from './real-paths.js';
import { ContentCache } from './cache.js';
import { DEFAULT_MAX_FILE_SIZE, readTextFile } from './read.js';
import { isInside, relativePath, toPosix } from '../util/paths.js';
import { SourceText } from './source.js';
import type { LoadedDocument, LoadedFile } from './types.js';

export const DEFAULT_INCLUDE = ['coordination/**/*.yaml', 'coordination/**/*.yml'];

export interface LoadOptions {
  cwd: string;
  /** --config: the project file to use instead of discovery. */
  config?: string;
  /** Files or folders named on the command line. */
  files?: readonly string[];
  maxFileSize?: number;
  maxDepth?: number;
  /** Use the js-yaml fast path where it applies (default true). */
  fast?: boolean;
  /** Results of earlier runs, by file content; see cache.ts. */
  cache?: ContentCache;
}

export interface LoadResult {
  cwd: string;
  /** The project folder (resolved), or the working folder without a project file. */
  root: string;
  project?: LoadedFile;
  /** Every loaded file, the project file first, then in path order. */
  files: LoadedFile[];
  findings: Finding[];
  /** When files were named on the command line: only these are reported. */
  named?: Set<LoadedFile>;
  cache?: ContentCache;
}

/**
 * Discovers the project, expands its includes and reads and parses every
 * document. Findings are data; only a missing or unusable project file or an
 * unusable working folder throws (ConfigError). The YAML parsers are asked for
 * only when a file has to be parsed (not when the cache holds it): a caller
 * may load them on demand (see load.ts for the usual way, parsers at hand).
 */
export function loadProjectWith(parsers: () => Parsers, options: LoadOptions): LoadResult {
  const cwd = path.resolve(options.cwd);
  const projectPath = findProjectFile(cwd, options.config);
  const named = options.files ?? [];
  if (!projectPath && named.length === 0) {
    // Only validate names files; the other commands load without options.files.
    const ways =
      options.files === undefined ? ' or pass --config FILE' : ', pass --config FILE, or name the files to check';
    throw new ConfigError(
      `no perfcoord.yaml in ${cwd} or any parent folder: run "perfcoord init" to start a project${ways}`,
    );
  }
  let root: string;
  try {
    root = realpathSync.native(projectPath ? path.dirname(projectPath) : cwd);
  } catch {
    throw new ConfigError(`cannot resolve the folder ${projectPath ? path.dirname(projectPath) : cwd}`);
  }
  // Without a project, the files named on the command line are the whole run: the folder that
  // holds them all (and the working folder) bounds it.
  if (!projectPath) root = commonFolder([root, ...named.map((n) => path.dirname(realOr(path.resolve(cwd, n))))]);
  const ctx = new LoadContext(cwd, root, options, parsers);
  const result: LoadResult = {
    cwd,
    root,
    files: [],
    findings: ctx.findings,
    ...(options.cache ? { cache: options.cache } : {}),
  };

  let includes: Expanded = { files: [], real: new Map(), problems: [] };
  if (projectPath) {
    const project = ctx.loadFile(projectPath, true);
    if (!project.source) {
      const problem = ctx.findings.find((f) => 'file' in f.at && f.at.file === project);
      throw new ConfigError(
        `the project file ${project.display} ${problem?.message.replace(/^the file /, '') ?? 'cannot be read'}`,
      );
    }
    result.project = project;
    result.files.push(project);
    const config = project.documents[0]?.data;
    const include = own(config, 'include') === undefined ? DEFAULT_INCLUDE : ownStrings(config, 'include');
    const exclude = ownStrings(config, 'exclude');
    includes = expandGlobs(root, include, exclude);
    ctx.knowRealPaths(includes.real);
    ctx.findings.push(
      ...includeFindings(includes, {
        project,
        explicit: own(config, 'include') !== undefined,
        placeholder: (abs) => ctx.placeholder(abs ?? root),
      }),
    );
  }

  const seen = new Set<string>(result.files.map((f) => f.path));
  const namedFiles = new Set<LoadedFile>();
  const namedPaths: string[] = [];
  for (const name of named) {
    const abs = path.resolve(cwd, name);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      // missing: reported when read
    }
    if (isDir) {
      const inside = (() => {
        try {
          return isInside(root, realpathSync(abs));
        } catch {
          return false;
        }
      })();
      if (!inside) {
        const file = ctx.placeholder(abs);
        ctx.findings.push({
          rule: 'file-outside-root',
          message: `is outside the project folder ${root}`,
          at: { file, start: 0, end: 0 },
        });
        continue;
      }
      const inDir = yamlFilesIn(abs, root);
      ctx.knowRealPaths(inDir.real);
      namedPaths.push(...inDir.files);
    } else {
      namedPaths.push(abs);
    }
  }
  // One file reached by two paths (a link to it) is read once: loadFile hands back the file
  // already loaded from the same real path.
  const loaded = new Set(result.files);
  for (const file of includes.files) {
    if (seen.has(file)) continue;
    seen.add(file);
    const got = ctx.loadFile(file, false);
    if (loaded.has(got)) continue;
    loaded.add(got);
    result.files.push(got);
  }
  for (const abs of namedPaths) {
    const got = ctx.loadFile(abs, false);
    if (!loaded.has(got)) {
      loaded.add(got);
      result.files.push(got);
    }
    namedFiles.add(got);
  }
  if (named.length > 0) result.named = namedFiles;
  return result;
}

function loadedDocuments(file: LoadedFile, documents: readonly ParsedDocument[]): LoadedDocument[] {
  return documents.map((parsed): LoadedDocument => {
    // Which kinds exist is the model's knowledge: the loader keeps the name; checkDocument judges it.
    const kind = own(parsed.data, 'kind');
    return { file, index: parsed.index, data: parsed.data, ...(typeof kind === 'string' ? { kind } : {}) };
  });
}

/** The files a check reports on: every loaded file, or those named on the command line. */
export function reportedFiles(load: LoadResult): LoadedFile[] {
  return load.named ? load.files.filter((f) => load.named?.has(f) ?? false) : load.files;
}

class LoadContext {
  readonly findings: Finding[] = [];
  readonly maxFileSize: number;
  private readonly maxDepth: number;

  constructor(
    private readonly cwd: string,
    readonly root: string,
    private readonly options: LoadOptions,
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
   * A file the fast path parsed cleanly needs its text again only if a
   * finding points into it: read it again then, rather than hold every text
   * of a large project in memory.
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
    Object.defineProperty(file, 'documents', {
      enumerable: true,
      configurable: true,
      get(): LoadedDocument[] {
        if (!documents) {
          const text = file.source?.text ?? '';
          let parsed = cache.documents(hash);
          if (!parsed) {
            const { parseFast, parseYaml } = parsers();
            const fast = parseFast(text);
            const full = fast ? undefined : parseYaml(text);
            parsed = fast ?? full?.documents ?? [];
            if (!full || full.problems.length === 0) cache.setDocuments(hash, parsed);
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
    const deep = findExcessiveNesting(read.text, this.maxDepth);
    if (deep) {
      this.findings.push({
        ...nestingProblem(deep, this.maxDepth),
        at: { file, start: deep.offset, end: deep.offset + 1 },
      });
      file.full = { documents: [], problems: [] };
      return file;
    }
    const { parseFast, parseYaml, capProblems } = this.parsers();
    let documents = this.options.fast !== false ? parseFast(read.text) : undefined;
    if (!documents) {
      const full = parseYaml(read.text);
      file.full = full;
      documents = full.documents;
      for (const problem of capProblems(full.problems)) {
        this.findings.push({
          rule: problem.rule,
          message: problem.message,
          severity: problem.severity,
          at: { file, start: problem.start, end: problem.end },
        });
      }
      if (full.problems.length === 0 && hash !== undefined) cache?.setDocuments(hash, documents);
    } else if (hash !== undefined) {
      cache?.setDocuments(hash, documents);
    }
    if (!file.full) this.forgetText(file, abs);
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
