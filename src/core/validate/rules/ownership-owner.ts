import type { Rule } from '../rule.js';

export const ownershipOwner: Rule = {
  id: 'ownership-owner',
  severity: 'error',
  description: 'Every area has at least one owner: an owners entry or a duty with a holder.',
  check(ctx) {
    for (const area of ctx.model.areas) {
      const held = area.duties.some(
        (d) => d.holder.kind !== 'none' && !(d.holder.kind === 'list' && d.holder.refs.length === 0),
      );
      if (area.owners.length === 0 && !held) {
        ctx.report(
          { doc: area.loc.doc, path: [...area.loc.path, 'id'] },
          `area ${area.id} has no owner: add owners (a team and its responsibility) or duties with holders`,
        );
      }
    }
  },
};
