import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import type { Finding } from '../finding.js';
import { own, ownStrings } from '../util/object.js';
import { findProjectFile } from './discover.js';
import { expandGlobs, yamlFilesIn } from './files.js';
import type { Expanded } from './files.js';
import { includeFindings } from './include-findings.js';
import type { Parsers } from './parsers.js';
import { FileLoader } from './load-file.js';
import type { FileOptions } from './load-file.js';
import { commonFolder, realOr } from './real-paths.js';
import type { ContentCache } from './cache.js';
import { isInside } from '../util/paths.js';
import type { LoadedFile } from './types.js';

export type { FileOptions } from './load-file.js';

export const DEFAULT_INCLUDE = ['coordination/**/*.yaml', 'coordination/**/*.yml'];

export interface LoadOptions extends FileOptions {
  cwd: string;
  /** --config: the project file to use instead of discovery. */
  config?: string;
  /** Files or folders named on the command line. */
  files?: readonly string[];
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
  const ctx = new FileLoader(cwd, root, options, parsers);
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

/** The files a check reports on: every loaded file, or those named on the command line. */
export function reportedFiles(load: LoadResult): LoadedFile[] {
  return load.named ? load.files.filter((f) => load.named?.has(f) ?? false) : load.files;
}
