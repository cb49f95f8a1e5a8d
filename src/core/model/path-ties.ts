import type { Area, AreaPath } from './types.js';
import { compareSpecificity, globMatcher, literalPrefix, specificity, witness } from '../util/glob.js';

export interface TieSide {
  area: Area;
  path: AreaPath;
  /** Position among every area path of the model, in declaration order. */
  order: number;
}

/** Two areas' equally specific patterns that both match `shared`: who-owns cannot pick one. */
export interface Tie {
  /** The one declared first. */
  first: TieSide;
  second: TieSide;
  shared: string;
  /** True when `shared` is a file of the project, not a made-up path. */
  real: boolean;
}

interface Claim extends TieSide {
  prefix: string;
  spec: [number, number];
}

/**
 * Every pair of areas whose patterns tie, once a pair. Patterns are compared
 * along their literal folder prefixes, then on the project's real files, so
 * the cost grows with the number of patterns and files, not their product.
 */
export function findTies(
  areas: readonly Area[],
  /** The project's files, or how to list them: listed only when two claims could tie on a file. */
  files: readonly string[] | (() => readonly string[]) = [],
): Tie[] {
  const buckets = new Map<string, Claim[]>();
  const claims: Claim[] = [];
  for (const area of areas) {
    for (const path of area.paths) {
      const claim = {
        area,
        path,
        prefix: literalPrefix(path.glob),
        spec: specificity(path.glob),
        order: claims.length,
      };
      claims.push(claim);
      const bucket = buckets.get(claim.prefix);
      if (bucket) bucket.push(claim);
      else buckets.set(claim.prefix, [claim]);
    }
  }
  const ties: Tie[] = [];
  if (claims.length === 0) return ties;
  const seen = new Set<string>();
  const add = (a: Claim, b: Claim, shared: string, real: boolean) => {
    const [first, second] = a.order < b.order ? [a, b] : [b, a];
    const key = `${first.order}:${second.order}`;
    if (seen.has(key)) return;
    seen.add(key);
    ties.push({ first: side(first), second: side(second), shared, real });
  };
  // Two claims can tie on a file only if they can meet here: equally specific, of two areas, one's
  // folder prefix within the other's. Without such a pair the files need not be listed.
  let candidates = false;
  for (const claim of claims) {
    // The claim's own folder prefix, then each folder above it, up to "".
    for (
      let cut = claim.prefix.length;
      cut >= 0;
      cut = cut === 0 ? -1 : Math.max(0, claim.prefix.lastIndexOf('/', cut - 1))
    ) {
      const bucket = buckets.get(cut === claim.prefix.length ? claim.prefix : claim.prefix.slice(0, cut));
      if (!bucket) continue;
      for (const other of bucket) {
        if (other.area === claim.area) continue;
        if (cut === claim.prefix.length && other.order >= claim.order) continue; // same bucket: each pair once
        if (compareSpecificity(other.spec, claim.spec) !== 0) continue;
        candidates = true;
        const w1 = witness(other.path.glob);
        const w2 = witness(claim.path.glob);
        const shared = globMatcher(other.path.glob)(w2) ? w2 : globMatcher(claim.path.glob)(w1) ? w1 : undefined;
        if (shared !== undefined) add(other, claim, shared, false);
      }
    }
  }
  if (!candidates) return ties;
  for (const file of typeof files === 'function' ? files() : files) {
    const parts = file.split('/');
    let top: Claim[] = [];
    for (let n = 0; n < parts.length; n++) {
      for (const claim of buckets.get(parts.slice(0, n).join('/')) ?? []) {
        if (!globMatcher(claim.path.glob)(file)) continue;
        const cmp = top[0] ? compareSpecificity(claim.spec, top[0].spec) : 1;
        if (cmp > 0) top = [claim];
        else if (cmp === 0) top.push(claim);
      }
    }
    const first = top[0];
    const other = top.find((c) => c.area !== first?.area);
    if (first && other) add(first, other, file, true);
  }
  return ties;
}

const side = (c: Claim): TieSide => ({ area: c.area, path: c.path, order: c.order });
