/**
 * Writing a new project: refuse when anything is in the way, then write
 * every file atomically, and take back what was written if one write fails.
 */
import { lstatSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../core/write/atomic.js';

export interface Conflict {
  /** Absolute path of what is in the way. */
  path: string;
  reason: 'exists' | 'not-a-folder' | 'link';
}

function lstat(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function statFollowing(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** The folders between `target` and `file`, outermost first, `target` included. */
function foldersOf(target: string, file: string): string[] {
  const folders = [target];
  const parts = file.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) folders.push(path.join(target, ...parts.slice(0, i)));
  return folders;
}

/**
 * The first thing that stops the project being written: an existing file
 * (never overwritten), a file where a folder must go, or a folder that is a
 * link (writing through it could land outside the project). Checked in the
 * order given, so that the first one named is the one people expect.
 */
export function findConflict(target: string, files: readonly string[]): Conflict | undefined {
  // The project folder itself may be reached through a link; the folders inside it may not.
  const root = statFollowing(target);
  if (root && !root.isDirectory()) return { path: target, reason: 'not-a-folder' };
  for (const file of files) {
    for (const folder of foldersOf(target, file).slice(1)) {
      const stat = lstat(folder);
      if (!stat) break;
      if (stat.isSymbolicLink()) return { path: folder, reason: 'link' };
      if (!stat.isDirectory()) return { path: folder, reason: 'not-a-folder' };
    }
    const full = path.join(target, ...file.split('/'));
    if (lstat(full)) return { path: full, reason: 'exists' };
  }
  return undefined;
}

/** Writes every file; on failure removes the files and folders this call created, then rethrows. */
export function writeProject(target: string, files: ReadonlyMap<string, string>): void {
  const createdFolders = new Set<string>();
  for (const file of files.keys())
    for (const folder of foldersOf(target, file)) if (!lstat(folder)) createdFolders.add(folder);
  const written: string[] = [];
  try {
    for (const [file, text] of files) {
      const full = path.join(target, ...file.split('/'));
      // Checked free by findConflict; a file someone made since is never replaced.
      writeFileAtomic(full, text, { create: true });
      written.push(full);
    }
  } catch (error) {
    for (const full of written) {
      try {
        unlinkSync(full);
      } catch {
        // already gone
      }
    }
    for (const folder of [...createdFolders].sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(folder);
      } catch {
        // not empty or already gone: leave it
      }
    }
    throw error;
  }
}
