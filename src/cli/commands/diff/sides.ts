/**
 * The two sides of `perfcoord diff`: a folder, a git revision (read into a
 * temporary folder) or the working tree, each loaded and checked with the
 * normal loader.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DiffSide } from '../../../core/diff/index.js';
import { ConfigError, UsageError } from '../../../core/errors.js';
import type { ContentCache } from '../../../core/load/cache.js';
import { findProjectFile, PROJECT_FILE_NAMES } from '../../../core/load/discover.js';
import { loadProject } from '../../../core/load/load.js';
import { validateProject } from '../../../core/validate/validate.js';
import { extractRevision, gitTopLevel, resolveRevision } from './git.js';
import { displayPath } from '../../../core/util/paths.js';
import { listProjectFiles } from '../../../core/files/list.js';

export interface LoadedSide {
  /** How the side is named in the output: the revision or folder as given, or "working tree". */
  label: string;
  /** Undefined when the project does not exist there: everything is added (or removed). */
  side?: DiffSide;
  /** The repository's files below the project folder, listed when needed. */
  files: () => readonly string[];
  notes: string[];
  dispose: () => void;
}

export interface Where {
  cwd: string;
  config?: string;
  /** Shared by both sides: a file the two have in common is parsed and checked once. */
  cache: ContentCache;
}

function loadFrom(
  label: string,
  cwd: string,
  config: string,
  cache: ContentCache,
): Omit<LoadedSide, 'files' | 'dispose'> {
  const load = loadProject({ cwd, config, cache });
  const { model, index, diagnostics } = validateProject(load, { locate: false });
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const notes =
    errors === 0
      ? []
      : [
          `${label} has ${errors} ${errors === 1 ? 'error' : 'errors'} ("perfcoord validate" lists them); it is compared where it could be read`,
        ];
  return { label, side: { model, index }, notes };
}

/** The project file of the working tree (as every command finds it), if there is one. */
function workingProject(where: Where): string | undefined {
  return findProjectFile(where.cwd, where.config);
}

export function workingTreeSide(where: Where): LoadedSide {
  const file = workingProject(where);
  if (!file) {
    throw new ConfigError(
      `no perfcoord.yaml in ${where.cwd} or any parent folder: name the head side (a folder or a revision), or pass --config FILE`,
    );
  }
  const dir = path.dirname(file);
  return {
    ...loadFrom('working tree', dir, file, where.cache),
    files: lazy(() => listProjectFiles(dir).files),
    dispose: () => undefined,
  };
}

/** A folder or a revision, as given on the command line. */
export function operandSide(operand: string, where: Where): LoadedSide {
  const folder = path.resolve(where.cwd, operand);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    const file = PROJECT_FILE_NAMES.map((n) => path.join(folder, n)).find((f) => existsSync(f));
    if (!file)
      throw new ConfigError(
        `no perfcoord.yaml in the folder ${displayPath(where.cwd, folder)}: a side is a project folder or a git revision`,
      );
    return {
      ...loadFrom(operand, folder, file, where.cache),
      files: lazy(() => listProjectFiles(folder).files),
      dispose: () => undefined,
    };
  }
  return revisionSide(operand, where);
}

function revisionSide(revision: string, where: Where): LoadedSide {
  const projectFile = workingProject(where);
  const projectDir = projectFile ? path.dirname(projectFile) : where.cwd;
  const top = gitTopLevel(projectDir);
  if (!top) {
    throw new UsageError(
      `"${revision}" is not a folder, and ${displayPath(where.cwd, projectDir)} is not in a git repository to read a revision from`,
    );
  }
  const commit = resolveRevision(top, revision);
  if (!commit) throw new UsageError(`"${revision}" is neither a folder nor a revision of the git repository at ${top}`);
  const rel = path.relative(top, realpathSync.native(projectDir)).split(path.sep).join('/');
  const tree = extractRevision(top, commit, rel);
  const label = `${revision} (${commit.slice(0, 7)})`;
  const name = projectFile ? path.basename(projectFile) : undefined;
  const found = [name, ...PROJECT_FILE_NAMES].find((n) => n !== undefined && tree.files.includes(n));
  if (!found) {
    const at = rel === '' ? 'the top of the repository' : rel;
    return {
      label,
      files: () => tree.files,
      notes: [`the project does not exist at ${label} (no perfcoord.yaml in ${at}): everything in it is new`],
      dispose: tree.dispose,
    };
  }
  try {
    return {
      ...loadFrom(label, tree.dir, path.join(tree.dir, found), where.cache),
      files: () => tree.files,
      dispose: tree.dispose,
    };
  } catch (error) {
    tree.dispose();
    throw error;
  }
}

function lazy<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}
