import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR } from '../../core/paths.js';
import { ConfigError, UsageError } from '../../core/errors.js';
import { KINDS, KIND_NAMES, kindFromName } from '../../core/model/kinds.js';
import { findProjectFile } from '../../core/load/discover.js';
import { DEFAULT_INCLUDE, loadProject } from '../../core/load/load.js';
import { own, ownStrings } from '../../core/util/object.js';
import { didYouMean, nearest } from '../../core/util/suggest.js';
import { INSTALLED_SCHEMAS, installedSchemasRoot, publishedSchemas } from '../../core/init/schema-ref.js';
import { findUp } from '../../core/util/find-up.js';
import { associations, writeVscodeSettings } from '../../core/write/vscode.js';
import type { SchemaLocation } from '../../core/write/vscode.js';
import { safeText } from '../../core/format/color.js';
import { version } from '../../core/version.js';
import type { Io } from '../io.js';
import { isInside } from '../../core/util/paths.js';

export async function run(
  kind: string | undefined,
  opts: { writeVscode?: boolean; config?: string },
  io: Io,
): Promise<number> {
  if (opts.writeVscode) return writeVscode(opts, io);
  if (kind === undefined) {
    const width = Math.max(...KIND_NAMES.map((k) => k.length));
    for (const k of KIND_NAMES) io.stdout.write(`${k.padEnd(width)}  ${path.join(SCHEMA_DIR, KINDS[k])}\n`);
    return 0;
  }
  const stems = KIND_NAMES.map((k) => KINDS[k].replace(/\.schema\.json$/, ''));
  // "escalation" and "gates" name escalation-matrix and quality-gates: the one kind whose name holds the word.
  const word = kind.toLowerCase().replace(/[\s_]+/g, '-');
  // Singular or plural alike: "team", "teams", "workflows", "gate".
  const holding = KIND_NAMES.filter(
    (_k, i) => word.length >= 4 && stems[i]?.split('-').some((part) => part === word || part === `${word}s`),
  );
  const found =
    kindFromName(kind) ??
    kindFromName(`${kind}s`) ??
    kindFromName(kind.replace(/s$/i, '')) ??
    (holding.length === 1 ? holding[0] : /^(any|document)$/i.test(kind) ? 'Any' : undefined);
  if (!found) {
    const hint = didYouMean(nearest(word, stems));
    throw new UsageError(`unknown kind "${kind}"${hint || `; the kinds are ${KIND_NAMES.join(', ')}`}`);
  }
  const file = found === 'Any' ? 'document.schema.json' : KINDS[found];
  io.stdout.write(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
  return 0;
}

/** Adds yaml.schemas associations to the settings of the workspace folder that holds the project. */
function writeVscode(opts: { config?: string }, io: Io): number {
  const projectFile = findProjectFile(io.cwd, opts.config);
  // Without a project there are no include globs to associate; guessed ones would match nothing.
  if (!projectFile)
    throw new ConfigError(
      `no perfcoord.yaml in ${path.resolve(io.cwd)} or any parent folder: run "perfcoord init" to start a project or pass --config FILE`,
    );
  const projectDir = path.dirname(projectFile);
  let include = DEFAULT_INCLUDE;
  const config = loadProject({ cwd: io.cwd, ...(opts.config !== undefined ? { config: opts.config } : {}) }).project
    ?.documents[0]?.data;
  const listed = ownStrings(config, 'include');
  if (own(config, 'include') !== undefined && listed.length > 0) include = listed;
  const workspace = workspaceOf(projectDir);
  const wanted = associations(workspace, projectDir, include, schemaLocation(projectDir, workspace));
  const { file, added } = writeVscodeSettings(workspace, wanted);
  const shown = safeText(path.relative(io.cwd, file) || file);
  io.stdout.write(
    added.length > 0
      ? `updated ${shown}: ${added.map((a) => `${a.schema} for ${a.globs.join(', ')}`).join('; ')}\n`
      : `${shown} already associates the perfcoord schemas\n`,
  );
  return 0;
}

/** The folder people open in the editor: the repository (or a folder with .vscode) holding the project. */
function workspaceOf(projectDir: string): string {
  return (
    findUp(projectDir, (dir) => existsSync(path.join(dir, '.vscode')) || existsSync(path.join(dir, '.git'))) ??
    projectDir
  );
}

/**
 * perfcoord installed in the project or a folder above it; else this copy when it lies in the
 * workspace (a checkout of perfcoord); else the published schemas, never a temporary npx folder.
 */
function schemaLocation(projectDir: string, workspace: string): SchemaLocation {
  const root = installedSchemasRoot(projectDir);
  if (root !== undefined) return { kind: 'folder', dir: path.join(root, ...INSTALLED_SCHEMAS.split('/')) };
  if (isInside(workspace, SCHEMA_DIR)) return { kind: 'folder', dir: SCHEMA_DIR };
  return { kind: 'url', base: publishedSchemas(version()) };
}
