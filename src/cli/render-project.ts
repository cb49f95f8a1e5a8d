/** Loading and checking a project before anything is rendered from it (shared by the render commands). */
import path from 'node:path';
import { loadProject } from '../core/load/load.js';
import type { ModelIndex } from '../core/model/index-model.js';
import type { Model } from '../core/model/types.js';
import { validateProject } from '../core/validate/validate.js';
import { compactLines } from '../core/format/compact.js';
import type { Io } from './io.js';

export interface RenderProject {
  model: Model;
  index: ModelIndex;
  /** The project file's name, for the marker lines. */
  source: string;
  /** The folder of the project file. */
  projectDir: string;
}

/**
 * Loads and validates the project. Rendering a project with errors would
 * publish a wrong picture, so errors are printed and the exit code (1, or 2
 * for configuration errors) is returned instead; warnings do not stop rendering.
 */
export function loadForRender(
  config: string | undefined,
  io: Io,
  what = 'nothing was rendered',
): RenderProject | number {
  const load = loadProject({ cwd: io.cwd, ...(config !== undefined ? { config } : {}) });
  // Positions are worked out only when there are errors to show.
  const result = validateProject(load, { locate: false });
  if (result.diagnostics.some((d) => d.severity === 'error')) {
    const errors = validateProject(load).diagnostics.filter((d) => d.severity === 'error');
    io.stderr.write(compactLines(errors));
    io.stderr.write(
      `perfcoord: the project has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}; ${what} (see "perfcoord validate")\n`,
    );
    // A broken project file or an include that escapes the project is a configuration error, as in validate.
    return result.configError ? 2 : 1;
  }
  const projectFile = load.project?.path;
  return {
    model: result.model,
    index: result.index,
    source: projectFile ? path.basename(projectFile) : 'perfcoord.yaml',
    projectDir: projectFile ? path.dirname(projectFile) : load.cwd,
  };
}
