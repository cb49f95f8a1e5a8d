import { readdirSync, realpathSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { isInside, relativePath, toPosix } from '../util/paths.js';

export interface ExpandProblem {
  /** Index of the include pattern, or -1 for a problem found while walking. */
  pattern: number;
  path?: string;
  message: string;
  rule: 'include-outside-root' | 'file-outside-root' | 'include-no-match';
}

export interface Expanded {
  files: string[];
  /**
   * The real path of each file the walk saw as a regular file in a folder it resolved: reading
   * it needs no resolving again (the read still refuses a link put in its place).
   */
  real: Map<string, string>;
  problems: ExpandProblem[];
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const MAX_WALK_DEPTH = 32;
const MAX_FILES = 50_000;

/** Why a glob may not be used, or undefined when it may. */
export function unsafeGlobReason(glob: string): string | undefined {
  if (path.isAbsolute(glob) || /^[A-Za-z]:[\\/]/.test(glob) || glob.startsWith('/') || glob.startsWith('\\')) {
    return `"${glob}" is an absolute path; include globs are relative to the project folder`;
  }
  // Also inside braces: "{coordination,..}/*.yaml".
  if (glob.split(/[\\/{},]/).includes('..')) {
    return `"${glob}" climbs out of the project folder with ".."; include globs must stay inside it`;
  }
  return undefined;
}

/**
 * Expands include globs (minus excludes) below `root` into absolute file
 * paths, sorted. Directory links are followed only while they stay inside the
 * root; file links are returned and checked when read.
 */
export function expandGlobs(root: string, include: readonly string[], exclude: readonly string[]): Expanded {
  const problems: ExpandProblem[] = [];
  const found = new Set<string>();
  const real = new Map<string, string>();
  // The folders are listed once, however many globs walk them (the default include has two).
  const listings = new Map<string, Dirent[] | undefined>();
  const excluded = exclude.length > 0 ? picomatch(exclude as string[], { dot: false }) : () => false;
  include.forEach((glob, index) => {
    const reason = unsafeGlobReason(glob);
    if (reason) {
      problems.push({ pattern: index, message: reason, rule: 'include-outside-root' });
      return;
    }
    const normalized = glob.replace(/\\/g, '/').replace(/^\.\//, '');
    const scan = picomatch.scan(normalized);
    const isMatch = picomatch(normalized, { dot: false });
    const before = found.size;
    const base = path.join(root, scan.isGlob ? scan.base : path.posix.dirname(normalized));
    if (!scan.isGlob) {
      const candidate = path.join(root, normalized);
      if (exists(candidate) && !excluded(normalized)) found.add(candidate);
    } else {
      walk(
        base,
        root,
        0,
        new Set(),
        (file, realPath) => {
          const rel = toPosix(relativePath(root, file));
          if (isMatch(rel) && !excluded(rel)) {
            found.add(file);
            if (realPath !== undefined) real.set(file, realPath);
          }
          return found.size < MAX_FILES;
        },
        problems,
        listings,
      );
    }
    if (found.size === before) {
      problems.push({ pattern: index, message: `"${glob}" matches no file`, rule: 'include-no-match' });
    }
  });
  return { files: [...found].sort(), real, problems };
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    // a link to nowhere still counts: reading it reports the problem
    try {
      realpathSync(path.dirname(file));
      return readdirSync(path.dirname(file)).includes(path.basename(file));
    } catch {
      return false;
    }
  }
}

function walk(
  dir: string,
  root: string,
  depth: number,
  seen: Set<string>,
  visit: (file: string, realPath?: string) => boolean,
  problems: ExpandProblem[],
  listings: Map<string, Dirent[] | undefined>,
): boolean {
  if (depth > MAX_WALK_DEPTH) return true;
  let real: string;
  try {
    real = realpathSync.native(dir);
  } catch {
    return true;
  }
  if (seen.has(real)) return true;
  seen.add(real);
  let entries = listings.get(dir);
  if (!listings.has(dir)) {
    try {
      entries = readdirSync(dir, { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      entries = undefined;
    }
    listings.set(dir, entries);
  }
  if (!entries) return true;
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.has(entry.name)) continue;
      if (!walk(full, root, depth + 1, seen, visit, problems, listings)) return false;
    } else if (entry.isSymbolicLink()) {
      let target: string;
      let isDir: boolean;
      try {
        target = realpathSync.native(full);
        isDir = statSync(target).isDirectory();
      } catch {
        if (!visit(full)) return false;
        continue;
      }
      if (isDir) {
        if (!isInside(root, target)) {
          problems.push({
            pattern: -1,
            path: full,
            message: `is a link to ${target}, outside the project folder; not followed`,
            rule: 'file-outside-root',
          });
          continue;
        }
        if (!walk(full, root, depth + 1, seen, visit, problems, listings)) return false;
      } else if (!visit(full)) return false;
    } else if (entry.isFile()) {
      if (!visit(full, path.join(real, entry.name))) return false;
    }
  }
  return true;
}

/** YAML files below a folder named on the command line. */
export function yamlFilesIn(dir: string, root: string): Expanded {
  const rel = toPosix(path.relative(root, dir));
  return expandGlobs(root, [rel === '' ? '**/*.{yaml,yml}' : `${rel}/**/*.{yaml,yml}`], []);
}
