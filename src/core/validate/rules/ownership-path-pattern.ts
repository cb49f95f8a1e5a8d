import { globOf, isGlobError } from '../../util/glob.js';
import type { Rule } from '../rule.js';

/**
 * Area paths are CODEOWNERS patterns: what CODEOWNERS cannot express (negation,
 * character ranges, braces) would claim one thing here and another on GitHub.
 */
export const ownershipPathPattern: Rule = {
  id: 'ownership-path-pattern',
  severity: 'error',
  description: 'A code path pattern is one CODEOWNERS can express (no "!", "[ ]" or braces).',
  check(ctx) {
    const paths = [...ctx.model.areas.flatMap((a) => a.paths), ...ctx.model.unownedPaths];
    for (const { glob, loc } of paths) {
      const parsed = globOf(glob);
      if (isGlobError(parsed)) ctx.report(loc, `"${glob}" is not a CODEOWNERS pattern: ${parsed.error}`);
    }
  },
};
