import type { Area, AreaPath } from '../../model/types.js';
import { compareSpecificity, globKey, globMatcher, literalPrefix, specificity, witness } from '../../util/glob.js';
import type { RuleContext, Rule } from '../rule.js';

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
 * compared along their literal folder prefixes, then against the project's
 * real files when the caller lists them, so the cost grows with the number
 * of globs and files, not their product.
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
    if (claims.length === 0) return;
    const reported = new Set<string>();
    const report = (a: Claim, b: Claim, shared: string, real: boolean) => {
      const [first, second] = a.order < b.order ? [a, b] : [b, a];
      const key = `${first.order}:${second.order}`;
      if (reported.has(key)) return;
      reported.add(key);
      ctx.report(
        second.path.loc,
        globKey(first.path.glob) === globKey(second.path.glob)
          ? `area ${second.area.id} claims "${second.path.glob}", which area ${first.area.id} claims too; give the path to one area or make one glob more specific`
          : `"${second.path.glob}" (area ${second.area.id}) and "${first.path.glob}" (area ${first.area.id}) both match "${shared}"${real ? ', a file of the project,' : ''} and are equally specific, so neither area wins; make one glob more specific`,
      );
    };
    for (const claim of claims) {
      const parts = claim.prefix === '' ? [] : claim.prefix.split('/');
      for (let n = parts.length; n >= 0; n--) {
        for (const other of buckets.get(parts.slice(0, n).join('/')) ?? []) {
          if (other.area === claim.area) continue;
          if (n === parts.length && other.order >= claim.order) continue; // same bucket: each pair once
          if (compareSpecificity(other.spec, claim.spec) !== 0) continue;
          const w1 = witness(other.path.glob);
          const w2 = witness(claim.path.glob);
          const shared = globMatcher(other.path.glob)(w2) ? w2 : globMatcher(claim.path.glob)(w1) ? w1 : undefined;
          if (shared !== undefined) report(other, claim, shared, false);
        }
      }
    }
    checkFiles(ctx, buckets, (a, b, file) => report(a, b, file, true));
  },
};

/** The pairs no made-up path shows ("config/*.json" and "config/app.j*") tie on a real file. */
function checkFiles(
  ctx: RuleContext,
  buckets: ReadonlyMap<string, readonly Claim[]>,
  tie: (a: Claim, b: Claim, file: string) => void,
): void {
  const files = ctx.files?.() ?? [];
  for (const file of files) {
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
    if (first && other) tie(first, other, file);
  }
}
