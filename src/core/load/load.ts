/** Loading a project with the YAML parsers at hand: what every command but a cached validate uses. */
import { loadProjectWith } from './load-core.js';
import type { LoadOptions, LoadResult } from './load-core.js';
import { PARSERS } from './parsers.js';

export { DEFAULT_INCLUDE, reportedFiles } from './load-core.js';
export type { LoadOptions, LoadResult } from './load-core.js';

/**
 * Discovers the project, expands its includes and reads and parses every
 * document. Findings are data; only a missing or unusable project file or an
 * unusable working folder throws (ConfigError).
 */
export function loadProject(options: LoadOptions): LoadResult {
  return loadProjectWith(() => PARSERS, options);
}
