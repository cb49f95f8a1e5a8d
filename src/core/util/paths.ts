import path from 'node:path';

/** A path with "/" separators, as perfcoord shows and matches paths everywhere. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Whether a relative path climbs out of its base: ".." or "../…" (or another
 * drive). A name that merely starts with two dots, such as "..notes", stays inside.
 */
export function climbsOut(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${path.sep}`) || rel.startsWith('../') || path.isAbsolute(rel);
}

/** True when `child` is `parent` or lies below it (both absolute, resolved). */
export function isInside(parent: string, child: string): boolean {
  return !climbsOut(path.relative(parent, child));
}

/** `child` relative to `parent` with "/" ("" for the folder itself), or undefined when it lies outside. */
export function relativeInside(parent: string, child: string): string | undefined {
  const rel = path.relative(parent, child);
  return climbsOut(rel) ? undefined : toPosix(rel);
}

/** A path as people see it: relative to the working folder when inside it, else absolute; with "/". */
export function displayPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  if (rel === '') return '.';
  return toPosix(climbsOut(rel) ? file : rel);
}
