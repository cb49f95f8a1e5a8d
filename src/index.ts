/**
 * perfcoord's programmatic API: load a project, validate it, ask who owns
 * what, and render its docs, without the command line.
 *
 *     import { load, validate, whoOwns, render } from 'perfcoord';
 *     const project = load({ cwd: 'path/to/project' });
 *     const { diagnostics, exitCode } = validate(project);
 *     const answer = whoOwns(project, 'database_optimization');
 *     for (const file of render(project)) console.log(file.path);
 *
 * Everything here is synchronous and returns data; nothing prints.
 */
import path from 'node:path';
import { loadProject } from './core/load/load.js';
import type { LoadOptions, LoadResult } from './core/load/load.js';
import type { ModelIndex } from './core/model/index-model.js';
import type { Model } from './core/model/types.js';
import { answerArea, answerPath, answerPaths, answerTeam, answerUnowned } from './core/query/answer.js';
import type { AreaJson, PathJson, PathsJson, TeamJson, UnownedJson } from './core/query/answer.js';
import { isPathQuery } from './core/query/path-lookup.js';
import { renderDocs } from './core/render/index.js';
import type { RenderedFile } from './core/render/index.js';
import type { Diagnostic } from './core/diagnostic.js';
import { ruleCatalog } from './core/validate/catalog.js';
import type { RuleInfo } from './core/validate/catalog.js';
import { exitCodeFor, summarize, validateProject } from './core/validate/validate.js';
import type { ExitPolicy, Summary } from './core/validate/validate.js';
import { FORMATTERS } from './core/format/index.js';
import type { Format } from './core/format/index.js';
import { listProjectFiles } from './core/files/list.js';
import { version } from './core/version.js';
import { toPosix } from './core/util/paths.js';

export type { Diagnostic, Position, Range, Severity } from './core/diagnostic.js';
export type {
  Model,
  Team,
  Role,
  Group,
  Area,
  Duty,
  Holder,
  Meeting,
  Channel,
  Metric,
  Risk,
  Plan,
  Workflow,
} from './core/model/types.js';
export type { ModelIndex } from './core/model/index-model.js';
export type {
  WhoOwnsJson,
  AreaJson,
  PathJson,
  PathResult,
  PathsJson,
  TeamJson,
  UnownedJson,
} from './core/query/answer.js';
export type { RenderedFile } from './core/render/index.js';
export type { RuleInfo } from './core/validate/catalog.js';
export type { Format } from './core/format/index.js';
export { PerfcoordError, UsageError, ConfigError, IoError, NotFoundError } from './core/errors.js';

/** A loaded project: its files, its model and the id index. */
export interface Project {
  load: LoadResult;
  model: Model;
  index: ModelIndex;
  /** The folder of perfcoord.yaml (or the working folder without one). */
  root: string;
}

export interface LoadProjectOptions {
  /** The folder to start from (default: process.cwd()). */
  cwd?: string;
  /** The project file, instead of looking for perfcoord.yaml in cwd and its parents. */
  config?: string;
  /** Check these files (or folders) only, in the project's context. */
  files?: readonly string[];
  maxFileSize?: number;
  maxDepth?: number;
}

/** Finds the project, reads and parses every document. Throws ConfigError when there is no project to load. */
export function load(options: LoadProjectOptions = {}): Project {
  const loadOptions: LoadOptions = {
    cwd: options.cwd ?? process.cwd(),
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.files !== undefined ? { files: options.files } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    ...(options.maxDepth !== undefined ? { maxDepth: options.maxDepth } : {}),
  };
  const result = loadProject(loadOptions);
  const { model, index } = validateProject(result, { locate: false });
  return { load: result, model, index, root: result.root };
}

export interface ValidateResult {
  diagnostics: Diagnostic[];
  summary: Summary;
  /** What `perfcoord validate` would exit with: 0, 1 or 2. */
  exitCode: number;
}

/** Every finding, with positions, and the exit code the command line would give. */
export function validate(project: Project, policy: Partial<ExitPolicy> = {}): ValidateResult {
  const result = validateProject(project.load);
  const exitCode = exitCodeFor(result, {
    failLevel: policy.failLevel ?? 'error',
    ...(policy.maxWarnings !== undefined ? { maxWarnings: policy.maxWarnings } : {}),
  });
  return { diagnostics: result.diagnostics, summary: summarize(result.diagnostics), exitCode };
}

/** Diagnostics in one of the command line's formats (stylish without colour). */
export function format(project: Project, diagnostics: readonly Diagnostic[], as: Format): string {
  const byName = new Map(project.load.files.map((f) => [f.display, f]));
  return FORMATTERS[as](diagnostics, {
    cwd: project.load.cwd,
    files: project.load.files.map((f) => f.display),
    source: (file) => byName.get(file)?.source,
    color: false,
    version: version(),
    now: new Date(),
    rules: ruleCatalog(),
  });
}

export type Question =
  string | { area: string } | { path: string } | { paths: readonly string[] } | { team: string } | { unowned: true };

/**
 * The answer `perfcoord who-owns --json` prints (version 1): for an area id or
 * words, a path or several (relative to the project folder), a team, or the gaps.
 */
export function whoOwns(project: Project, question: { unowned: true }): UnownedJson;
export function whoOwns(project: Project, question: { team: string }): TeamJson;
export function whoOwns(project: Project, question: { path: string }): PathJson;
export function whoOwns(project: Project, question: { paths: readonly string[] }): PathsJson;
export function whoOwns(project: Project, question: string | { area: string }): AreaJson | PathJson;
export function whoOwns(
  project: Project,
  question: Question,
): AreaJson | PathJson | PathsJson | TeamJson | UnownedJson {
  const { model, index } = project;
  const incomplete = validateProject(project.load, { locate: false }).diagnostics.some((d) => d.severity === 'error');
  if (typeof question === 'object' && 'unowned' in question) {
    const listing = listProjectFiles(project.root);
    const ownFiles = new Set(project.load.files.map((f) => toPosix(path.relative(project.root, f.path))));
    return answerUnowned(
      model,
      index,
      { files: listing.files, ownFiles, docsOut: model.project?.docsOut ?? 'docs', truncated: listing.truncated },
      incomplete,
    );
  }
  if (typeof question === 'object' && 'team' in question) return answerTeam(model, index, question.team, incomplete);
  if (typeof question === 'object' && 'paths' in question) {
    const paths = question.paths.map((p) => ({ query: p, relPath: p }));
    return answerPaths(model, index, paths, incomplete);
  }
  if (typeof question === 'object' && 'path' in question)
    return answerPath(model, index, question.path, question.path, incomplete);
  const query = typeof question === 'string' ? question : question.area;
  if (
    typeof question === 'string' &&
    isPathQuery(
      query,
      (q) => index.areas.has(q),
      () => false,
    )
  ) {
    return answerPath(model, index, query, query, incomplete);
  }
  return answerArea(model, index, query, incomplete);
}

/** The docs `perfcoord render docs` writes: pages and .mmd diagrams, as paths relative to the output folder and contents. */
export function render(project: Project): RenderedFile[] {
  return renderDocs(project.model, project.index);
}

/** Every rule with its default severity. */
export function rules(): RuleInfo[] {
  return ruleCatalog();
}

export { version };
