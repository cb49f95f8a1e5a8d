/**
 * What writing the rendered docs would do to the output folder, found out
 * before anything is written: which files are new, changed or the same,
 * which belong to a person (no marker line), which cannot be written (a link,
 * a folder), and which generated files the model no longer produces.
 */
import { closeSync, lstatSync, openSync, readdirSync, statSync, constants } from 'node:fs';
import { readWhole } from '../load/read.js';
import path from 'node:path';
import { IoError } from '../errors.js';
import { generatedExt, isMarker, markerLineOf } from '../render/marker.js';
import { isStale, parseTempName } from './temp-files.js';
import type { RenderedFile } from '../render/context.js';

export type TargetState =
  /** Not there yet. */
  | 'missing'
  /** Generated earlier, different now. */
  | 'changed'
  /** Generated earlier, the same bytes. */
  | 'same'
  /** A file without the marker: someone's own page. */
  | 'foreign'
  /** A symbolic link or something that is not a regular file. */
  | 'blocked';

export interface Target {
  /** Relative to the output folder, "/"-separated. */
  path: string;
  /** Absolute. */
  file: string;
  state: TargetState;
  /** The first line of the file on disk, when it is a regular file. */
  firstLine?: string;
  /** Why a blocked target cannot be written. */
  reason?: string;
}

export interface DocsPlan {
  outDir: string;
  targets: (Target & { content: string })[];
  /** Generated files (with the marker) that nothing produces any more, and leftover temporary files. */
  obsolete: Target[];
  /** Temporary files another perfcoord run is writing right now. */
  busy: Target[];
}

// Generated files are small; anything larger is compared by its first line only.
const MAX_COMPARE = 8 * 1024 * 1024;
const FIRST_LINE_BYTES = 4096;

function readHead(file: string, bytes: number): string {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return readWhole(fd, bytes).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Looks at one target without following links; `content` is compared when given. */
export function inspectTarget(outDir: string, rel: string, content?: string): Target {
  const file = path.join(outDir, ...rel.split('/'));
  let stat;
  try {
    stat = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path: rel, file, state: 'missing' };
    throw new IoError(`cannot read ${file}: ${(error as Error).message}`);
  }
  if (stat.isSymbolicLink())
    return { path: rel, file, state: 'blocked', reason: 'is a symbolic link; perfcoord does not write through links' };
  if (!stat.isFile()) return { path: rel, file, state: 'blocked', reason: 'exists and is not a regular file' };
  let text: string;
  try {
    text = readHead(file, stat.size <= MAX_COMPARE && content !== undefined ? stat.size : FIRST_LINE_BYTES);
  } catch (error) {
    throw new IoError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const ext = generatedExt(rel);
  const firstLine = markerLineOf(ext, text);
  if (!ext || !isMarker(ext, firstLine)) return { path: rel, file, state: 'foreign', firstLine };
  const state = content !== undefined && stat.size <= MAX_COMPARE && text === content ? 'same' : 'changed';
  return { path: rel, file, state, firstLine };
}

/**
 * Compares the rendered files with the output folder. `keep` names further
 * files that are current even though they are not in `files` (the SVGs of
 * diagrams that still exist, on a run without --svg).
 */
export function planDocs(
  outDir: string,
  files: readonly RenderedFile[],
  keep: ReadonlySet<string> = new Set(),
  now = Date.now(),
): DocsPlan {
  try {
    if (!statSync(outDir).isDirectory()) throw new IoError(`${outDir} exists and is not a folder`);
  } catch (error) {
    if (error instanceof IoError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new IoError(`cannot read ${outDir}: ${(error as Error).message}`);
    return {
      outDir,
      targets: files.map((f) => ({ ...f, file: path.join(outDir, ...f.path.split('/')), state: 'missing' })),
      obsolete: [],
      busy: [],
    };
  }
  const targets = files.map((f) => ({ ...inspectTarget(outDir, f.path, f.content), content: f.content }));
  const produced = new Set([...files.map((f) => f.path), ...keep]);
  const obsolete: Target[] = [];
  let entries: string[];
  try {
    entries = readdirSync(outDir).sort();
  } catch (error) {
    throw new IoError(`cannot list ${outDir}: ${(error as Error).message}`);
  }
  const busy: Target[] = [];
  for (const name of entries) {
    if (produced.has(name)) continue;
    // A temporary file of the atomic writer: a leftover of a run that is gone is removed like an
    // obsolete file, whatever it holds; one that a running perfcoord is writing is left alone.
    const temp = parseTempName(name);
    if (temp) {
      if (!generatedExt(temp.target)) continue;
      const file = path.join(outDir, name);
      const stat = lstatSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) continue;
      const target: Target = { path: name, file, state: 'changed' };
      (isStale(temp, now - stat.mtimeMs) ? obsolete : busy).push(target);
      continue;
    }
    const ext = generatedExt(name);
    if (!ext) continue;
    const target = inspectTarget(outDir, name);
    if (target.state === 'changed') obsolete.push(target);
  }
  return { outDir, targets, obsolete, busy };
}

export type CheckStatus = 'missing' | 'stale' | 'obsolete' | 'foreign' | 'blocked' | 'busy';

export interface CheckEntry {
  status: CheckStatus;
  target: Target;
}

/** What --check reports of some targets: every one that is not up to date. */
export function checkTargets(targets: readonly Target[]): CheckEntry[] {
  const out: CheckEntry[] = [];
  for (const target of targets) {
    if (target.state === 'same') continue;
    out.push({ status: target.state === 'changed' ? 'stale' : target.state, target });
  }
  return out;
}

/** What --check reports of a plan: its targets that are not up to date, then the obsolete files. */
export function checkPlan(plan: DocsPlan): CheckEntry[] {
  return [
    ...checkTargets(plan.targets),
    ...plan.obsolete.map((target) => ({ status: 'obsolete' as const, target })),
    ...plan.busy.map((target) => ({ status: 'busy' as const, target })),
  ];
}
