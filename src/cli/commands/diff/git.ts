/**
 * A git revision of the project, read with git itself into a temporary
 * folder (never the working tree), so the normal loader reads it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IoError } from '../../../core/errors.js';

/** A repository's config must not run commands just because perfcoord looked. */
const SAFE = ['-c', 'core.fsmonitor=false'];

function git(cwd: string, args: string[], input?: Buffer | string): Buffer | undefined {
  const r = spawnSync('git', [...SAFE, ...args], {
    cwd,
    ...(input !== undefined ? { input } : {}),
    stdio: ['pipe', 'pipe', 'ignore'],
    maxBuffer: 1024 * 1024 * 1024,
    windowsHide: true,
  });
  return r.error || r.status !== 0 ? undefined : r.stdout;
}

/** The top folder of the git work tree holding `dir`, or undefined outside one (or without git). */
export function gitTopLevel(dir: string): string | undefined {
  const out = git(dir, ['rev-parse', '--show-toplevel'])?.toString('utf8').trim();
  return out ? realpathSync.native(out) : undefined;
}

/** The commit a revision names, or undefined when it names none. */
export function resolveRevision(top: string, revision: string): string | undefined {
  if (revision.startsWith('-')) return undefined;
  return git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])
    ?.toString('utf8')
    .trim();
}

export interface RevisionTree {
  /** The temporary folder holding the revision's YAML files below the project folder. */
  dir: string;
  /** Every file of the revision below the project folder, relative to it. */
  files: string[];
  /** Removes the temporary folder. */
  dispose: () => void;
}

/**
 * Writes the YAML files of `commit` below `rel` (the project folder, relative
 * to the top of the repository) into a temporary folder. Links are not
 * written: a project's files must stay inside its folder anyway.
 */
export function extractRevision(top: string, commit: string, rel: string): RevisionTree {
  const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', rel === '' ? '.' : rel]);
  if (!listing) throw new IoError(`git could not list the files of ${commit.slice(0, 12)}`);
  const blobs: { sha: string; path: string }[] = [];
  const files: string[] = [];
  const prefix = rel === '' ? '' : `${rel}/`;
  for (const entry of listing.toString('utf8').split('\0')) {
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (!m || m[2] !== 'blob' || !m[4]?.startsWith(prefix)) continue;
    const relPath = m[4].slice(prefix.length);
    files.push(relPath);
    if (m[1] !== '120000' && /\.ya?ml$/i.test(relPath)) blobs.push({ sha: m[3] ?? '', path: relPath });
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-diff-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    if (blobs.length > 0) writeBlobs(top, dir, blobs);
  } catch (error) {
    dispose();
    throw error;
  }
  return { dir, files: files.sort(), dispose };
}

function writeBlobs(top: string, dir: string, blobs: { sha: string; path: string }[]): void {
  const out = git(top, ['cat-file', '--batch'], blobs.map((b) => b.sha).join('\n') + '\n');
  if (!out) throw new IoError('git could not read the files of the revision');
  const made = new Set<string>();
  let at = 0;
  for (const blob of blobs) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8').split(' ');
    const size = Number(header[2]);
    if (header[1] !== 'blob' || !Number.isInteger(size)) throw new IoError(`git could not read ${blob.path}`);
    const target = path.join(dir, ...blob.path.split('/'));
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    // "wx": a fresh file in a fresh folder, never through something already there.
    writeFileSync(target, out.subarray(eol + 1, eol + 1 + size), { flag: 'wx' });
    at = eol + 1 + size + 1;
  }
}
