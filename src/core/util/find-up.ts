import path from 'node:path';

/** The first folder, from `start` up to the file system's root, for which `test` holds. */
export function findUp(start: string, test: (dir: string) => boolean): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (test(dir)) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
