/** What `export k6` and `export lighthouserc` share: the stage's measures, the render, and where it goes. */
import path from 'node:path';
import { ConfigError } from '../core/errors.js';
import { stageMeasures } from '../core/gate/measures.js';
import type { Measure } from '../core/gate/measures.js';
import { findStage } from '../core/gate/stage.js';
import { isJsonExport } from '../core/export/json-marker.js';
import type { Rendered } from '../core/export/k6.js';
import type { ResultSource } from '../core/model/types.js';
import { writeExport } from '../core/write/export-write.js';
import { safeText } from '../core/format/color.js';
import type { Io } from './io.js';
import { displayPath } from '../core/util/paths.js';
import { loadForRender } from './render-project.js';

export interface ExportOptions {
  config?: string;
  output?: string;
  force?: boolean;
}

export function exportGate(
  stageId: string,
  opts: ExportOptions,
  io: Io,
  source: ResultSource,
  render: (measures: readonly Measure[], projectFile: string, stage: string) => Rendered,
): number {
  const project = loadForRender(opts.config, io, 'nothing was exported');
  if (typeof project === 'number') return project;
  const { stage } = findStage(project.model, stageId);
  const measures = stageMeasures(stage, project.index).filter((m) => m.source === source);
  if (measures.length === 0) {
    throw new ConfigError(`gate ${stage.id} has no ${source} criteria; nothing to export`);
  }
  const { content, skipped } = render(measures, project.source, stage.id);
  for (const s of skipped) {
    io.stderr.write(
      `perfcoord: not exported: ${safeText(`${s.measure.metric} ${s.measure.target}`)}: ${safeText(s.reason)}\n`,
    );
  }
  if (skipped.length === measures.length) {
    throw new ConfigError(
      `gate ${stage.id} has no ${source} criterion the tool's config can express; nothing was exported`,
    );
  }
  if (opts.output === undefined || opts.output === '-') {
    io.stdout.write(content);
    return 0;
  }
  const file = path.resolve(io.cwd, opts.output);
  const result = writeExport(file, content, isJsonExport, opts.force === true);
  io.stderr.write(`${result === 'written' ? 'wrote' : 'up to date:'} ${safeText(displayPath(io.cwd, file))}\n`);
  return 0;
}
