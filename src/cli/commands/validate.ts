import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import { loadProjectWith, reportedFiles } from '../../core/load/load-core.js';
import type { LoadOptions, LoadResult } from '../../core/load/load-core.js';
import type { Parsers } from '../../core/load/parsers.js';
import { ContentCache } from '../../core/load/cache.js';
import { runKey } from '../../core/load/run-key.js';
import { listProjectFiles } from '../../core/files/list.js';
import { exitCodeFor, summarize } from '../../core/validate/exit.js';
import type { ValidateResult } from '../../core/validate/validate.js';
import { writeFileAtomic } from '../../core/write/atomic.js';
import { FORMATTERS, FORMATS, isFormat } from '../../core/format/index.js';
import type { Format } from '../../core/format/index.js';
import type { FormatContext } from '../../core/format/context.js';
import { pluralize } from '../../core/format/context.js';
import { forWorkspace } from '../../core/format/workspace.js';
import { colorEnabled } from '../io.js';
import type { Io } from '../io.js';
import { version } from '../../core/version.js';
import { openCache, saveCache } from '../cache.js';

export interface ValidateOptions {
  config?: string;
  format?: string[];
  output?: string;
  failLevel: 'error' | 'warning';
  maxWarnings?: number;
  quiet?: boolean;
  maxFileSize?: number;
  maxDepth?: number;
  cache?: boolean;
  cacheLocation?: string;
  fastPath?: boolean;
  color?: boolean;
}

interface Target {
  format: Format;
  file?: string;
}

/** Which formats go where: `-f name[=file]` (repeatable) and `-o file` for the one without. */
export function targets(opts: Pick<ValidateOptions, 'format' | 'output'>, env: Io['env']): Target[] {
  const list: Target[] = (opts.format ?? []).map((spec) => {
    const eq = spec.indexOf('=');
    const name = eq === -1 ? spec : spec.slice(0, eq);
    const file = eq === -1 ? undefined : spec.slice(eq + 1);
    if (!isFormat(name)) throw new UsageError(`unknown format "${name}"; the formats are ${FORMATS.join(', ')}`);
    if (file === '') throw new UsageError(`--format ${spec}: name a file after "="`);
    return file === undefined ? { format: name } : { format: name, file };
  });
  if (list.length === 0) list.push({ format: env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish' });
  const toStdout = list.filter((t) => t.file === undefined);
  if (opts.output !== undefined) {
    if (toStdout.length !== 1) throw new UsageError('--output needs exactly one --format without "=file" to write');
    (toStdout[0] as Target).file = opts.output;
  } else if (toStdout.length > 1) {
    throw new UsageError(
      `only one format can go to standard output; write the others to files (-f ${toStdout[1]?.format ?? ''}=FILE)`,
    );
  }
  const files = list.flatMap((t) => (t.file === undefined ? [] : [path.resolve(t.file)]));
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice !== undefined) throw new UsageError(`two formats would be written to ${twice}; give each its own file`);
  return list;
}

export async function run(files: string[], opts: ValidateOptions, io: Io): Promise<number> {
  const outputs = targets(opts, io.env);
  const variant = opts.maxDepth !== undefined ? `max-depth=${opts.maxDepth}` : '';
  const cache = opts.cache ? openCache(io.cwd, opts.config, opts.cacheLocation, io.env, variant) : undefined;
  const loadOptions: LoadOptions = {
    cwd: io.cwd,
    ...(opts.config !== undefined ? { config: opts.config } : {}),
    files,
    ...(opts.maxFileSize !== undefined ? { maxFileSize: opts.maxFileSize } : {}),
    ...(opts.maxDepth !== undefined ? { maxDepth: opts.maxDepth } : {}),
    fast: opts.fastPath !== false,
    ...(cache ? { cache } : {}),
  };
  // With a cache, the YAML parsers (most of the loader's code) are loaded only once a file needs
  // parsing: the load starts again with them then. An unchanged project never loads them.
  let parsers: Parsers | undefined;
  const loadParsers = async (): Promise<Parsers> => (parsers ??= (await import('../../core/load/parsers.js')).PARSERS);
  // Without a cache every module is needed: loaded side by side.
  const checks = cache ? undefined : import('../../core/validate/validate.js');
  if (!cache) await loadParsers();
  let load: LoadResult;
  try {
    load = loadProjectWith(() => parsers ?? throwNeeded(), loadOptions);
  } catch (error) {
    if (!(error instanceof ParsersNeeded)) throw error;
    await loadParsers();
    load = loadProjectWith(() => parsers ?? throwNeeded(), loadOptions);
  }
  // Ties between area globs are checked against the files of the project, as who-owns sees them;
  // the list is made once, and only when a rule or the cached outcome of a run needs it.
  let listed: readonly string[] | undefined;
  const listFiles = (): readonly string[] => (listed ??= listProjectFiles(load.root).files);
  const key = cache
    ? runKey(load, ['validate', process.versions.node, process.versions.icu ?? '', process.versions.tz ?? ''])
    : undefined;
  const kept = key !== undefined ? cache?.run(key) : undefined;
  let result: Pick<ValidateResult, 'diagnostics' | 'files' | 'configError'>;
  if (kept && (kept.files === undefined || kept.files === listDigest(listFiles()))) {
    // Nothing the run depends on changed: its outcome stands.
    result = { diagnostics: kept.diagnostics, configError: kept.configError, files: reportedFiles(load) };
  } else {
    // The checks themselves are loaded only when they run; so are the parsers, which the cached
    // documents of a file can need should the cache's line of the file prove damaged.
    await loadParsers();
    const { validateProject } = await (checks ?? import('../../core/validate/validate.js'));
    const full = validateProject(load, load.project ? { files: listFiles } : {});
    result = full;
    if (key !== undefined)
      cache?.setRun(key, {
        diagnostics: full.diagnostics,
        configError: full.configError,
        ...(listed !== undefined ? { files: listDigest(listed) } : {}),
      });
  }
  const diagnostics = opts.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  // Looked up only for the files a formatter shows source lines of.
  const byName = new Map(result.files.concat(load.files).map((f) => [f.display, f]));
  const ctx: Omit<FormatContext, 'color'> = {
    cwd: io.cwd,
    files: result.files.map((f) => f.display),
    source: (file) => byName.get(file)?.source,
    version: version(),
    now: io.now(),
    // Only SARIF describes the rules: the catalog loads every rule's module.
    rules: outputs.some((t) => t.format === 'sarif')
      ? (await import('../../core/validate/catalog.js')).ruleCatalog()
      : [],
    hiddenWarnings: opts.quiet ? summarize(result.diagnostics).warnings : 0,
  };
  for (const target of outputs) {
    const full: FormatContext = {
      ...ctx,
      color:
        target.file === undefined && opts.color !== false && (opts.color === true || colorEnabled(io.stdout, io.env)),
    };
    const view =
      target.format === 'github' || target.format === 'sarif'
        ? forWorkspace(diagnostics, full, io.env.GITHUB_WORKSPACE)
        : { diagnostics, ctx: full };
    const text = FORMATTERS[target.format](view.diagnostics, view.ctx);
    if (target.file === undefined) io.stdout.write(text);
    else writeFileAtomic(path.resolve(io.cwd, target.file), text);
  }
  // After the report: a cache that cannot be saved is worth a warning, not the report.
  const unsaved = cache ? saveCache(cache) : undefined;
  if (unsaved !== undefined) io.stderr.write(`perfcoord: warning: ${unsaved}\n`);
  // --quiet hides warnings, but they still count for --fail-level warning and --max-warnings.
  const warnings = summarize(result.diagnostics).warnings;
  if (!result.configError && opts.maxWarnings !== undefined && warnings > opts.maxWarnings)
    io.stderr.write(`perfcoord: ${pluralize(warnings, 'warning')}, more than --max-warnings ${opts.maxWarnings}\n`);
  return exitCodeFor(
    { diagnostics: result.diagnostics, configError: result.configError },
    {
      failLevel: opts.failLevel,
      ...(opts.maxWarnings !== undefined ? { maxWarnings: opts.maxWarnings } : {}),
    },
  );
}

function listDigest(files: readonly string[]): string {
  return ContentCache.hash(files.join('\0'));
}

/** Thrown by a load that meets a file to parse before the parsers are loaded. */
class ParsersNeeded extends Error {}

function throwNeeded(): never {
  throw new ParsersNeeded('the YAML parsers are not loaded yet');
}
