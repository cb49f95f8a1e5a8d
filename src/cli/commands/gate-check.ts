import path from 'node:path';
import { ConfigError, UsageError } from '../../core/errors.js';
import { checkGate } from '../../core/gate/check.js';
import { stageMeasures } from '../../core/gate/measures.js';
import { findStage } from '../../core/gate/stage.js';
import { anchorFile, anchorRange } from '../../core/load/locate.js';
import { writeFileAtomic } from '../../core/write/atomic.js';
import { GATE_FORMATS, GATE_FORMATTERS, isGateFormat } from '../../core/format/gate/index.js';
import type { GateFormatContext } from '../../core/format/gate/text.js';
import { colorEnabled } from '../io.js';
import type { Io } from '../io.js';
import { loadForRender } from '../render-project.js';
import { readResultFiles } from '../results-files.js';
import { version } from '../../core/version.js';

export interface GateCheckOptions {
  config?: string;
  results?: string[];
  format?: string;
  output?: string;
}

/** Judges a stage's measurable criteria against result files. Exit 0 all pass, 1 a failure or a missing figure. */
export async function run(stageId: string, opts: GateCheckOptions, io: Io): Promise<number> {
  const format = opts.format ?? 'stylish';
  if (!isGateFormat(format)) throw new UsageError(`unknown format "${format}"; expected ${GATE_FORMATS.join(', ')}`);
  const files = opts.results ?? [];
  if (files.length === 0) throw new UsageError('name at least one result file with --results FILE');
  const project = loadForRender(opts.config, io, 'no gate was checked');
  if (typeof project === 'number') return project;
  // Result files are read after the project: an unknown stage is reported before a missing file.
  const { stage } = findStage(project.model, stageId);
  if (stageMeasures(stage, project.index).length === 0) {
    throw new ConfigError(
      `gate ${stageId} has no measurable criteria; give a criterion a source (k6, lighthouse or bench), e.g. { metric: http_req_duration, source: k6, stat: p(95), target: "<= 200ms" }`,
    );
  }
  const sets = readResultFiles(files, io.cwd);
  const checked = checkGate(project.model, project.index, stageId, sets);
  const ctx: GateFormatContext = {
    color: opts.output === undefined && colorEnabled(io.stdout, io.env),
    now: io.now(),
    version: version(),
    where: (v) => {
      const range = anchorRange({ loc: v.measure.loc });
      const file = anchorFile({ loc: v.measure.loc }).display;
      return {
        file: format === 'github' ? fromWorkspace(file, io) : file,
        line: range.start.line + 1,
        col: range.start.col + 1,
      };
    },
  };
  const text = GATE_FORMATTERS[format](checked, ctx);
  if (opts.output === undefined || opts.output === '-') io.stdout.write(text);
  else writeFileAtomic(path.resolve(io.cwd, opts.output), text);
  return checked.passed ? 0 : 1;
}

/** GitHub reads annotation paths from the repository root; below it, a path is rebased there (as validate does). */
function fromWorkspace(file: string, io: Io): string {
  const workspace = io.env.GITHUB_WORKSPACE;
  if (workspace === undefined || workspace === '' || path.isAbsolute(file)) return file;
  const rel = path.relative(path.resolve(io.cwd, workspace), path.resolve(io.cwd, file));
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}
