import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compareStrings } from '../util/compare.js';

/** Enough for any repository perfcoord is meant for; past it the report says the list was cut. */
export const MAX_LISTED_FILES = 200_000;
const MAX_DEPTH = 32;
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

export interface ProjectFiles {
  /** Paths relative to the project folder, "/" separators, sorted. */
  files: string[];
  source: 'git' | 'walk';
  truncated: boolean;
}

/**
 * The files below the project folder, for `who-owns --unowned`. In a git work
 * tree, the files git knows (tracked, and untracked but not ignored), so that
 * build output and other ignored files are not reported; elsewhere, a walk.
 */
export function listProjectFiles(root: string): ProjectFiles {
  return gitFiles(root) ?? walkFiles(root);
}

function gitFiles(root: string): ProjectFiles | undefined {
  // A repository's config must not run commands (core.fsmonitor) just because perfcoord looked.
  const result = spawnSync(
    'git',
    ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
      windowsHide: true,
    },
  );
  if (result.error || result.status !== 0 || !result.stdout) return undefined;
  const seen = new Set<string>();
  for (const name of result.stdout.toString('utf8').split('\0')) {
    // Files deleted from the work tree stay in the index until the deletion is staged.
    if (name === '' || seen.has(name) || !exists(path.join(root, name))) continue;
    seen.add(name);
    if (seen.size >= MAX_LISTED_FILES) return { files: sorted(seen), source: 'git', truncated: true };
  }
  return { files: sorted(seen), source: 'git', truncated: false };
}

function walkFiles(root: string): ProjectFiles {
  const files: string[] = [];
  let truncated = false;
  const walk = (dir: string, rel: string, depth: number): void => {
    if (depth > MAX_DEPTH || truncated) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      // Folder links are not followed: they could lead out of the project or round in a circle.
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(path.join(dir, entry.name), childRel, depth + 1);
      } else {
        files.push(childRel);
        if (files.length >= MAX_LISTED_FILES) {
          truncated = true;
          return;
        }
      }
    }
  };
  walk(root, '', 0);
  return { files: sorted(files), source: 'walk', truncated };
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function sorted(files: Iterable<string>): string[] {
  return [...files].sort(compareStrings);
}
