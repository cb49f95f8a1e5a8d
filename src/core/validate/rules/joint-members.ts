import { canonicalParty } from '../../model/index-model.js';
import type { Holder } from '../../model/types.js';
import type { Rule, RuleContext } from '../rule.js';

function check(ctx: RuleContext, holder: Holder | undefined, what: string): void {
  if (holder?.kind !== 'joint') return;
  const distinct = new Set(holder.refs.map((r) => canonicalParty(ctx.index, r.id)));
  if (distinct.size < 2) {
    const only = holder.refs[0]?.id;
    ctx.report(
      holder.loc,
      `${what} is held jointly by ${distinct.size === 0 ? 'nobody' : `only ${only ?? ''}`}; a joint holding names at least two teams or roles${only ? ` (or write ${only} alone)` : ''}`,
    );
  }
}

export const jointMembers: Rule = {
  id: 'joint-members',
  severity: 'error',
  description: 'A joint holding (of a duty or a gate) names at least two different teams or roles.',
  check(ctx) {
    for (const area of ctx.model.areas)
      for (const d of area.duties) check(ctx, d.holder, `the duty "${d.name}" of area ${area.id}`);
    for (const w of ctx.model.workflows) {
      for (const p of w.phases) for (const d of p.duties) check(ctx, d.holder, `the duty "${d.name}" of phase ${p.id}`);
    }
    for (const pl of ctx.model.pipelines) for (const s of pl.stages) check(ctx, s.owner, `gate ${s.id}`);
  },
};
