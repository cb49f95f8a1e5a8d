import type { Duty } from '../../model/types.js';
import type { Rule, RuleContext } from '../rule.js';

function check(ctx: RuleContext, duties: readonly Duty[], owner: string): void {
  for (const duty of duties) {
    const h = duty.holder;
    if (h.kind === 'none' || (h.kind === 'list' && h.refs.length === 0)) {
      ctx.report(
        h.loc,
        `the duty "${duty.name}" of ${owner} has no holder: name the one team or role accountable for it`,
      );
    } else if (h.kind === 'list' && h.refs.length === 1) {
      ctx.report(
        h.loc,
        `the duty "${duty.name}" of ${owner} is a list; write the holder as a single id: ${h.refs[0]?.id ?? ''}`,
        {
          suggestion: h.refs[0]?.id ?? '',
        },
      );
    } else if (h.kind === 'list') {
      const ids = h.refs.map((r) => r.id).join(', ');
      ctx.report(
        h.loc,
        `the duty "${duty.name}" of ${owner} lists ${h.refs.length} holders; name one accountable holder, or make the holding explicit with joint: [${ids}]`,
      );
    }
  }
}

export const ownershipDutyHolder: Rule = {
  id: 'ownership-duty-holder',
  severity: 'error',
  description: 'Every duty has exactly one accountable holder; a shared duty says so with joint: [...].',
  check(ctx) {
    for (const area of ctx.model.areas) check(ctx, area.duties, `area ${area.id}`);
    for (const workflow of ctx.model.workflows) {
      for (const phase of workflow.phases) check(ctx, phase.duties, `phase ${phase.id} of workflow ${workflow.id}`);
    }
  },
};
