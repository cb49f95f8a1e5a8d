import path from 'node:path';

/** A path with "/" separators, as perfcoord shows and matches paths everywhere. */
export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/**
 * Whether a relative path climbs out of its base: ".." or "../…" (or another
 * drive). A name that merely starts with two dots, such as "..notes", stays inside.
 */
export function climbsOut(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${path.sep}`) || rel.startsWith('../') || path.isAbsolute(rel);
}

/** A path with no ".", ".." or empty segment and no trailing "/" (POSIX). */
const NOT_NORMAL = /\/\.{0,2}(?:\/|$)/;

/**
 * path.relative(from, to), with a shortcut for the common case of a normal absolute `to`
 * below a normal absolute `from`: path.relative resolves both, which costs more than the
 * reading of a small file when a project has thousands.
 */
export function relativePath(from: string, to: string): string {
  if (
    path.sep === '/' &&
    from.length > 1 &&
    to.length > from.length + 1 &&
    to.charCodeAt(from.length) === 47 &&
    to.startsWith(from) &&
    from.charCodeAt(0) === 47 &&
    !NOT_NORMAL.test(to)
  )
    return to.slice(from.length + 1);
  return path.relative(from, to);
}

/** True when `child` is `parent` or lies below it (both absolute, resolved). */
export function isInside(parent: string, child: string): boolean {
  return !climbsOut(relativePath(parent, child));
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
