/** Paths as the file system resolves them: one file reached by two names, and the folder that holds several. */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../util/paths.js';

/** The real path of a file, or the path as given when it cannot be resolved. */
export function realOr(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

/** The deepest folder that holds every one of `folders`. */
export function commonFolder(folders: readonly string[]): string {
  let common = folders[0] ?? path.sep;
  for (const folder of folders.slice(1)) {
    while (!isInside(common, folder)) {
      const parent = path.dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}
