import type { Rule } from '../rule.js';

export const planOrder: Rule = {
  id: 'plan-order',
  severity: 'error',
  description: 'Plan phases come in week order, and their weeks do not overlap.',
  check(ctx) {
    for (const plan of ctx.model.plans) {
      let previous: { id: string; to: number } | undefined;
      for (const phase of plan.phases) {
        const weeks = phase.weeks;
        if (!weeks) continue;
        const at = { doc: phase.loc.doc, path: [...phase.loc.path, 'weeks'] };
        if (weeks.to < weeks.from) {
          ctx.report(
            at,
            `phase ${phase.id} runs from week ${weeks.from} back to week ${weeks.to}; write the range as "${weeks.to}-${weeks.from}"`,
          );
          continue;
        }
        if (previous && weeks.from <= previous.to) {
          ctx.report(
            at,
            `phase ${phase.id} starts in week ${weeks.from}, before phase ${previous.id} ends (week ${previous.to}); phases follow one another without overlapping`,
          );
        }
        previous = { id: phase.id, to: Math.max(weeks.to, previous?.to ?? 0) };
      }
    }
  },
};
