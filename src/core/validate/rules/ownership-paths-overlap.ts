import type { Area, AreaPath } from '../../model/types.js';
import {
  compareSpecificity,
  globMatcher,
  literalPrefix,
  normalizeGlob,
  specificity,
  witness,
} from '../../util/glob.js';
import type { Rule } from '../rule.js';

interface Claim {
  area: Area;
  path: AreaPath;
  prefix: string;
  spec: [number, number];
  order: number;
}

/**
 * Two areas whose globs match the same path with equal specificity shadow
 * each other: who-owns cannot tell which area a file belongs to. Globs are
 * compared only along their literal folder prefixes, so the cost grows with
 * the number of globs, not its square.
 */
export const ownershipPathsOverlap: Rule = {
  id: 'ownership-paths-overlap',
  severity: 'warning',
  description: 'Two areas claim the same paths with equally specific globs, so neither wins.',
  check(ctx) {
    const buckets = new Map<string, Claim[]>();
    const claims: Claim[] = [];
    for (const area of ctx.model.areas) {
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
    const reported = new Set<string>();
    for (const claim of claims) {
      const parts = claim.prefix === '' ? [] : claim.prefix.split('/');
      for (let n = parts.length; n >= 0; n--) {
        for (const other of buckets.get(parts.slice(0, n).join('/')) ?? []) {
          if (other.area === claim.area) continue;
          if (n === parts.length && other.order >= claim.order) continue; // same bucket: each pair once
          const [first, second] = other.order < claim.order ? [other, claim] : [claim, other];
          if (compareSpecificity(first.spec, second.spec) !== 0) continue;
          const same = normalizeGlob(first.path.glob) === normalizeGlob(second.path.glob);
          const w1 = witness(first.path.glob);
          const w2 = witness(second.path.glob);
          const shared = same
            ? w1
            : globMatcher(first.path.glob)(w2)
              ? w2
              : globMatcher(second.path.glob)(w1)
                ? w1
                : undefined;
          if (shared === undefined) continue;
          const key = `${first.order}:${second.order}`;
          if (reported.has(key)) continue;
          reported.add(key);
          ctx.report(
            second.path.loc,
            same
              ? `area ${second.area.id} claims "${second.path.glob}", which area ${first.area.id} claims too; give the path to one area or make one glob more specific`
              : `"${second.path.glob}" (area ${second.area.id}) and "${first.path.glob}" (area ${first.area.id}) both match "${shared}" and are equally specific, so neither area wins; make one glob more specific`,
          );
        }
      }
    }
  },
};
