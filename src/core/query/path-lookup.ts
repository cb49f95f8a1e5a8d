import type { ModelIndex } from '../model/index-model.js';
import type { Area, AreaPath } from '../model/types.js';
import { compareSpecificity, globMatcher, literalPrefix, specificity } from '../util/glob.js';

/** One area's claim on a path: its most specific glob that matches. */
export interface PathClaim {
  area: string;
  pattern: string;
  /** [literal path segments, literal characters]: larger wins, segments first. */
  specificity: [number, number];
}

export interface PathLookup {
  /** The path relative to the project folder, with "/" separators. */
  path: string;
  /** The area that owns the path, or every area of an equal-specificity tie. */
  winners: PathClaim[];
  /** Areas whose globs match too, less specifically, most specific first. */
  shadowed: PathClaim[];
  /** True when several areas tie for the most specific glob. */
  ambiguous: boolean;
  /** The Ownership document's `unowned:` pattern that leaves the path to nobody on purpose. */
  unowned?: { pattern: string; specificity: [number, number] };
}

/**
 * A query is a path when it has a folder separator or a file extension, or
 * names something that exists and is not an area id: area ids never need
 * either, paths nearly always have one.
 */
export function isPathQuery(query: string, isAreaId: (q: string) => boolean, exists: (q: string) => boolean): boolean {
  if (/[/\\]/.test(query)) return true;
  if (/\.[\p{L}\p{N}_-]+$/u.test(query)) return true;
  return !isAreaId(query) && exists(query);
}

/** "./src//db/" → "src/db". */
export function normalizePath(relPath: string): string {
  return relPath
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}

/** The most specific of an area's globs that matches the path, if any. */
export function claimOf(area: Area, path: string): PathClaim | undefined {
  let best: PathClaim | undefined;
  for (const { glob } of area.paths) {
    if (!globMatcher(glob)(path)) continue;
    const spec = specificity(glob);
    if (!best || compareSpecificity(spec, best.specificity) > 0)
      best = { area: area.id, pattern: glob, specificity: spec };
  }
  return best;
}

/**
 * The areas that claim a path, CODEOWNERS-style, except that the order of
 * the files does not matter: the most specific matching glob wins (more
 * literal folder names, then more literal characters). Areas tied for the
 * most specific glob all come back, flagged as ambiguous.
 */
export function findPathOwners(index: ModelIndex, relPath: string, unowned: readonly AreaPath[] = []): PathLookup {
  const path = normalizePath(relPath);
  const claims: PathClaim[] = [];
  for (const area of index.areas.values()) {
    const claim = claimOf(area, path);
    if (claim) claims.push(claim);
  }
  // A stable sort keeps declaration order among equals.
  claims.sort((a, b) => compareSpecificity(b.specificity, a.specificity));
  const top = claims[0];
  const none = unownedClaim(unowned, path);
  // An unowned pattern wins only when it is more specific than every area's: on a tie the area keeps it.
  if (none && (!top || compareSpecificity(none.specificity, top.specificity) > 0))
    return { path, winners: [], shadowed: claims, ambiguous: false, unowned: none };
  const winners = top ? claims.filter((c) => compareSpecificity(c.specificity, top.specificity) === 0) : [];
  return { path, winners, shadowed: claims.slice(winners.length), ambiguous: winners.length > 1 };
}

function unownedClaim(unowned: readonly AreaPath[], path: string): PathLookup['unowned'] {
  let best: PathLookup['unowned'];
  for (const { glob } of unowned) {
    if (!globMatcher(glob)(path)) continue;
    const spec = specificity(glob);
    if (!best || compareSpecificity(spec, best.specificity) > 0) best = { pattern: glob, specificity: spec };
  }
  return best;
}

/**
 * For a path no area claims: the areas whose globs start in the deepest
 * folder the path shares with them, as hints of where the path might belong.
 */
export function nearbyClaims(index: ModelIndex, relPath: string, limit = 3): PathClaim[] {
  const parts = normalizePath(relPath).split('/');
  const scored: { claim: PathClaim; shared: number }[] = [];
  for (const area of index.areas.values()) {
    let best: { claim: PathClaim; shared: number } | undefined;
    for (const { glob } of area.paths) {
      const prefix = literalPrefix(glob);
      const globParts = prefix === '' ? [] : prefix.split('/');
      let shared = 0;
      while (shared < globParts.length && shared < parts.length - 1 && globParts[shared] === parts[shared]) shared++;
      if (shared > 0 && (!best || shared > best.shared))
        best = { claim: { area: area.id, pattern: glob, specificity: specificity(glob) }, shared };
    }
    if (best) scored.push(best);
  }
  return scored
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map((s) => s.claim);
}
