import { findTies } from '../../model/path-ties.js';
import { globKey } from '../../util/glob.js';
import type { Rule } from '../rule.js';

/**
 * Two areas whose globs match the same path with equal specificity shadow
 * each other: who-owns cannot tell which area a file belongs to. Checked on
 * made-up paths and, when the caller lists them, on the project's files.
 */
export const ownershipPathsOverlap: Rule = {
  id: 'ownership-paths-overlap',
  severity: 'warning',
  description: 'Two areas claim the same paths with equally specific globs, so neither wins.',
  check(ctx) {
    const files = ctx.files;
    for (const { first, second, shared, real } of findTies(ctx.model.areas, () => files?.() ?? [])) {
      ctx.report(
        second.path.loc,
        globKey(first.path.glob) === globKey(second.path.glob)
          ? `area ${second.area.id} claims "${second.path.glob}", which area ${first.area.id} claims too; give the path to one area or make one glob more specific`
          : `"${second.path.glob}" (area ${second.area.id}) and "${first.path.glob}" (area ${first.area.id}) both match "${shared}"${real ? ', a file of the project,' : ''} and are equally specific, so neither area wins; make one glob more specific`,
      );
    }
  },
};
